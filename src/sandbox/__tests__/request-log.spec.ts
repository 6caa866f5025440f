import { isAxiosError } from "axios"

import {
  applicationBody,
  CLIENT_ID,
  CLIENT_SECRET,
  PATHS,
  startHarness,
  type Harness,
} from "./support"

describe("the sandbox's request log", () => {
  const lines: string[] = []
  let harness: Harness

  beforeAll(async () => {
    harness = await startHarness({
      logger: { info: (line) => lines.push(line) },
    })
  })
  afterAll(() => harness.sandbox.close())
  beforeEach(() => {
    harness.reset()
    lines.length = 0
  })

  /** The printed lines come when each exchange has closed. */
  async function printedLines(count: number): Promise<string[]> {
    for (let i = 0; i < 50 && lines.length < count; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    return lines
  }

  it("shows each call as the gateway received it", async () => {
    const body = applicationBody()
    const token = await harness.token()
    await harness.call(PATHS.create, body)

    const answer = await harness.control("get", "/requests")

    expect(answer.data).toEqual([
      expect.objectContaining({
        method: "POST",
        path: PATHS.token,
        contentType: expect.stringMatching(
          /^application\/x-www-form-urlencoded\b/
        ),
        authorization: null,
        body: {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          grant_type: "client_credentials",
        },
        status: 200,
      }),
      expect.objectContaining({
        method: "POST",
        path: PATHS.create,
        contentType: expect.stringMatching(/^application\/json\b/),
        authorization: token,
        body,
        status: 200,
      }),
    ])
    expect(answer.data[0].at).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it("keeps a body that is not JSON as text, and refused calls too", async () => {
    await harness.http.post(PATHS.get, "loanApplicationRef=LN_1", {
      headers: { "Content-Type": "application/json", Authorization: "Basic x" },
    })
    await harness.http.get("/v1/daloan/loans/")

    const [refused, unknownPath] = harness.sandbox.requests()

    expect(refused).toMatchObject({
      body: "loanApplicationRef=LN_1",
      authorization: "Basic x",
      status: 401,
    })
    expect(unknownPath).toMatchObject({
      method: "GET",
      status: 404,
      body: null,
    })
  })

  it("has no status for a call whose connection was dropped", async () => {
    harness.sandbox.addFault({ path: PATHS.create, drop: "after" })

    const failed = await harness.call(PATHS.create, applicationBody()).then(
      () => false,
      (error) => isAxiosError(error)
    )

    expect(failed).toBe(true)
    const entry = harness.sandbox.requests().at(-1)
    expect(entry).toMatchObject({
      path: PATHS.create,
      status: null,
      faultId: 1,
    })
  })

  it("prints one line per call with no body, token, code or date in it", async () => {
    const body = applicationBody()
    const token = await harness.token()
    await harness.call(PATHS.create, body)
    await harness.call(PATHS.hasAccount, {
      nationalCode: body.nationalCode,
      birthdate: body.birthdate,
    })

    const printed = await printedLines(3)

    expect(printed).toHaveLength(3)
    for (const line of printed) {
      expect(line).toMatch(/^POST \/\S+ \d{3} \d+ms$/)
      for (const secret of [
        token,
        CLIENT_SECRET,
        body.nationalCode,
        body.birthdate,
      ]) {
        expect(line).not.toContain(secret)
      }
    }
    expect(printed[1]).toMatch(new RegExp(`^POST ${PATHS.create} 200 `))
  })

  it("forgets the log when told to", async () => {
    await harness.token()

    const cleared = await harness.control("delete", "/requests")

    expect(cleared.status).toBe(204)
    expect(harness.sandbox.requests()).toEqual([])
  })
})
