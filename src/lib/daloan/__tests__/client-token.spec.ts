import { inspect } from "util"

import { DALOAN_PATHS } from "../calls"
import { DaloanAuthenticationError } from "../errors"
import { BIRTHDATE, HOLDER } from "./fixtures"
import {
  CLIENT_SECRET,
  clientFor,
  failureOf,
  type Harness,
  startHarness,
} from "./sandbox-control"

const NEW_LOAN = {
  nationalCode: HOLDER,
  birthdate: BIRTHDATE,
  loanAmount: 15_000_000,
  numberOfRepayments: 6,
}

describe("DaloanClient against the sandbox: the token", () => {
  let harness: Harness
  let ref: string

  beforeAll(async () => {
    harness = await startHarness({ tokenTtlSeconds: 1800 })
  })
  afterAll(async () => {
    await harness.close()
  })
  beforeEach(async () => {
    await harness.control.reset()
    ref = (await clientFor(harness.url).createLoanApplication(NEW_LOAN))
      .loanApplicationRef
    await harness.control.clearRequests()
  })

  const tokenRequests = async () =>
    (await harness.control.requests(DALOAN_PATHS.token)).length

  it("fetches one token for many calls", async () => {
    const client = clientFor(harness.url)

    for (let i = 0; i < 5; i++) {
      await client.getLoanApplication(ref)
    }

    expect(await tokenRequests()).toBe(1)
  })

  it("fetches a single token for 50 concurrent first callers", async () => {
    const client = clientFor(harness.url)

    const records = await Promise.all(
      Array.from({ length: 50 }, () => client.getLoanApplication(ref))
    )

    expect(records).toHaveLength(50)
    expect(await tokenRequests()).toBe(1)
  })

  it("renews the token 60 s before it expires, by the injected clock", async () => {
    let now = 1_000_000
    const client = clientFor(harness.url, {}, { now: () => now })
    await client.getLoanApplication(ref)

    now += (1800 - 60) * 1000 - 1
    await client.getLoanApplication(ref)
    const beforeMargin = await tokenRequests()
    now += 1
    await Promise.all(
      Array.from({ length: 50 }, () => client.getLoanApplication(ref))
    )

    expect(beforeMargin).toBe(1)
    expect(await tokenRequests()).toBe(2)
  })

  it("after the gateway expires every token, 50 concurrent callers share one refresh", async () => {
    const client = clientFor(harness.url)
    await client.getLoanApplication(ref)
    await harness.control.expireTokens()
    await harness.control.clearRequests()

    const records = await Promise.all(
      Array.from({ length: 50 }, () => client.getLoanApplication(ref))
    )

    expect(records.every((r) => r.loanApplicationReference === ref)).toBe(true)
    expect(await tokenRequests()).toBe(1)
    const gets = await harness.control.requests(DALOAN_PATHS.getLoanApplication)
    expect(gets.filter((entry) => entry.status === 401)).toHaveLength(50)
    expect(gets.filter((entry) => entry.status === 200)).toHaveLength(50)
  })

  it("repeats a create refused with 401 once, with a fresh token", async () => {
    const client = clientFor(harness.url)
    await client.getLoanApplication(ref)
    await harness.control.expireTokens()

    const created = await client.createLoanApplication(NEW_LOAN)

    const creates = await harness.control.requests(
      DALOAN_PATHS.createLoanApplication
    )
    expect(creates.map((entry) => entry.status)).toEqual([401, 200])
    expect(creates[0].authorization).not.toBe(creates[1].authorization)
    expect(created.loanApplicationRef).not.toBe(ref)
  })

  it("gives up after one refresh when the gateway keeps answering 401", async () => {
    await harness.control.fault({
      path: DALOAN_PATHS.getLoanApplication,
      status: 401,
      count: 5,
    })

    const error = await failureOf(
      clientFor(harness.url).getLoanApplication(ref)
    )

    expect(error).toBeInstanceOf(DaloanAuthenticationError)
    expect(await tokenRequests()).toBe(2)
    expect(
      await harness.control.requests(DALOAN_PATHS.getLoanApplication)
    ).toHaveLength(2)
  })

  it("never shows the secret or the token when serialised or inspected", async () => {
    const client = clientFor(harness.url)
    await client.getLoanApplication(ref)
    const [entry] = await harness.control.requests(DALOAN_PATHS.token)
    const [call] = await harness.control.requests(
      DALOAN_PATHS.getLoanApplication
    )
    const token = String(call.authorization).replace(/^Bearer\s+/i, "")
    expect(entry).toBeDefined()

    const shown = [
      JSON.stringify(client),
      inspect(client, { depth: 10, showHidden: true }),
      String(client),
    ]

    for (const text of shown) {
      expect(text).not.toContain(CLIENT_SECRET)
      expect(text).not.toContain(token)
    }
  })
})
