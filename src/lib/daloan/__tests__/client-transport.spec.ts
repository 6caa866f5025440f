import { readFileSync } from "fs"
import { join } from "path"

import { DaloanClient } from "../client"
import { DALOAN_PATHS } from "../calls"
import {
  DaloanInvalidRequestError,
  DaloanMalformedResponseError,
} from "../errors"
import { BIRTHDATE, HOLDER, SILENT_LOGGER } from "./fixtures"
import { failureOf } from "./sandbox-control"
import { startRawGateway } from "./raw-gateway"

const PERSON = { nationalCode: HOLDER, birthdate: BIRTHDATE }

const TOKEN = JSON.stringify({ access_token: "tok-1", expires_in: 1800 })

function clientOf(url: string, userAgent?: string): DaloanClient {
  return new DaloanClient(
    { baseUrl: url, clientId: "id", clientSecret: "secret", userAgent },
    { logger: SILENT_LOGGER, sleep: async () => undefined }
  )
}

describe("DaloanClient: the HTTP edge", () => {
  it("names the package and its version in the user agent", async () => {
    const pkg = JSON.parse(
      readFileSync(join(__dirname, "../../../../package.json"), "utf8")
    )
    const raw = await startRawGateway((request) =>
      request.path === DALOAN_PATHS.token
        ? { status: 200, body: TOKEN }
        : { status: 200, body: '{"hasBluAccount":true}' }
    )

    await clientOf(raw.url).hasAccount(PERSON)
    await raw.close()

    const agents = new Set(raw.seen.map((r) => r.headers["user-agent"]))
    expect(Array.from(agents)).toEqual([`${pkg.name}/${pkg.version}`])
  })

  it("keeps a base URL's own path prefix", async () => {
    const raw = await startRawGateway((request) =>
      request.path.endsWith(DALOAN_PATHS.token)
        ? { status: 200, body: TOKEN }
        : { status: 200, body: '{"hasBluAccount":false}' }
    )

    await clientOf(`${raw.url}/gateway/`).hasAccount(PERSON)
    await raw.close()

    expect(raw.seen.map((r) => r.path)).toEqual([
      `/gateway${DALOAN_PATHS.token}`,
      `/gateway${DALOAN_PATHS.hasAccount}`,
    ])
  })

  it("does not follow a redirect, which would carry the token away", async () => {
    const raw = await startRawGateway((request) => {
      if (request.path === DALOAN_PATHS.token) {
        return { status: 200, body: TOKEN }
      }
      if (request.path === "/elsewhere") {
        return { status: 200, body: '{"hasBluAccount":true}' }
      }
      return { status: 307, body: "" }
    })

    const error = await failureOf(clientOf(raw.url).hasAccount(PERSON))
    await raw.close()

    expect(error).toBeInstanceOf(DaloanMalformedResponseError)
    expect(raw.seen.map((r) => r.path)).not.toContain("/elsewhere")
  })

  it("refuses a get record of another loan than the one asked for", async () => {
    const raw = await startRawGateway((request) =>
      request.path === DALOAN_PATHS.token
        ? { status: 200, body: TOKEN }
        : {
            status: 200,
            body: JSON.stringify({
              loanApplicationReference: "LN_00000000002",
              loanApplicationStatus: "ESTABLISHED",
            }),
          }
    )

    const error = await failureOf(
      clientOf(raw.url).getLoanApplication("LN_00000000001")
    )
    await raw.close()

    expect(error).toBeInstanceOf(DaloanMalformedResponseError)
    expect(error.message).toContain("loanApplicationReference")
  })

  it("refuses options it cannot work with, naming the option only", () => {
    const build =
      (options: Partial<ConstructorParameters<typeof DaloanClient>[0]>) => () =>
        new DaloanClient({
          baseUrl: "http://127.0.0.1:9",
          clientId: "id",
          clientSecret: "hidden-value",
          ...options,
        })

    expect(build({ baseUrl: "not a url" })).toThrow(/baseUrl/)
    expect(build({ clientSecret: "" })).toThrow(/clientSecret/)
    expect(build({ timeoutMs: 0 })).toThrow(/timeoutMs/)
    expect(build({ maxRetries: -1 })).toThrow(/maxRetries/)
    expect(build({ baseUrl: "ftp://127.0.0.1" })).toThrow(
      DaloanInvalidRequestError
    )
    expect(build({})).not.toThrow()
  })
})
