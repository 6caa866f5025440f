import { DALOAN_PATHS } from "../calls"
import {
  DaloanAuthenticationError,
  DaloanInvalidRequestError,
  DaloanMalformedResponseError,
  DaloanNotFoundError,
  DaloanRateLimitError,
  DaloanUnavailableError,
} from "../errors"
import { BAD_CHECKSUM, BIRTHDATE, HOLDER, NON_HOLDER } from "./fixtures"
import { clientFor, failureOf, useHarness } from "./sandbox-control"

const PLAN = { loanAmount: 10_000_000, numberOfRepayments: 6 }

describe("DaloanClient against the sandbox: the documented errors", () => {
  const harness = useHarness()

  async function createLoan(): Promise<string> {
    const { loanApplicationRef } = await clientFor(
      harness.url
    ).createLoanApplication({
      nationalCode: HOLDER,
      birthdate: BIRTHDATE,
      ...PLAN,
    })
    return loanApplicationRef
  }

  it("400: an invalid national code, and no account for the code", async () => {
    const client = clientFor(harness.url)

    const badCode = await failureOf(
      client.hasAccount({ nationalCode: BAD_CHECKSUM, birthdate: BIRTHDATE })
    )
    const noAccount = await failureOf(
      client.createLoanApplication({
        nationalCode: NON_HOLDER,
        birthdate: BIRTHDATE,
        ...PLAN,
      })
    )

    for (const error of [badCode, noAccount]) {
      expect(error).toBeInstanceOf(DaloanInvalidRequestError)
      expect(error).toMatchObject({ status: 400, outcomeUnknown: false })
    }
    expect(noAccount.message).toMatch(
      /^Daloan createLoanApplication failed: invalid request \(HTTP 400\)/
    )
    expect(await harness.control.loans()).toEqual([])
  })

  it("400 is not repeated: settlement of a loan that is not established", async () => {
    const ref = await createLoan()
    await harness.control.clearRequests()

    const error = await failureOf(clientFor(harness.url).confirmSettlement(ref))

    expect(error).toBeInstanceOf(DaloanInvalidRequestError)
    expect(
      await harness.control.requests(DALOAN_PATHS.confirmSettlement)
    ).toHaveLength(1)
  })

  it("401: wrong client credentials, without a retry", async () => {
    const client = clientFor(harness.url, { clientSecret: "not-the-secret" })

    const error = await failureOf(client.getLoanApplication("LN_00000000001"))

    expect(error).toBeInstanceOf(DaloanAuthenticationError)
    expect(error).toMatchObject({ status: 401, path: DALOAN_PATHS.token })
    expect(await harness.control.requests(DALOAN_PATHS.token)).toHaveLength(1)
  })

  it("404: an unknown loan reference", async () => {
    const error = await failureOf(
      clientFor(harness.url).getLoanApplication("LN_99999999999")
    )

    expect(error).toBeInstanceOf(DaloanNotFoundError)
    expect(error).toMatchObject({
      status: 404,
      path: DALOAN_PATHS.getLoanApplication,
      outcomeUnknown: false,
    })
  })

  it("429: repeated up to maxRetries, then a rate-limit error", async () => {
    const ref = await createLoan()
    await harness.control.fault({
      path: DALOAN_PATHS.getLoanApplication,
      status: 429,
      count: 10,
    })
    await harness.control.clearRequests()

    const error = await failureOf(
      clientFor(harness.url, { maxRetries: 2 }).getLoanApplication(ref)
    )

    expect(error).toBeInstanceOf(DaloanRateLimitError)
    expect(error).toMatchObject({ status: 429, outcomeUnknown: false })
    expect(
      await harness.control.requests(DALOAN_PATHS.getLoanApplication)
    ).toHaveLength(3)
  })

  it("503: repeated up to maxRetries, then an unavailable error", async () => {
    await harness.control.fault({
      path: DALOAN_PATHS.hasAccount,
      status: 503,
      count: 10,
    })

    const error = await failureOf(
      clientFor(harness.url, { maxRetries: 1 }).hasAccount({
        nationalCode: HOLDER,
        birthdate: BIRTHDATE,
      })
    )

    expect(error).toBeInstanceOf(DaloanUnavailableError)
    expect(error).toMatchObject({ status: 503, outcomeUnknown: false })
    expect(
      await harness.control.requests(DALOAN_PATHS.hasAccount)
    ).toHaveLength(2)
  })

  it.each([
    ["malformed", /not valid JSON/],
    ["html", /HTML/],
    ["empty", /empty/],
  ] as const)(
    "a %s 2xx answer to a read is a clear malformed-response error",
    async (body, reason) => {
      const ref = await createLoan()
      await harness.control.fault({
        path: DALOAN_PATHS.getLoanApplication,
        body,
      })

      const error = await failureOf(
        clientFor(harness.url).getLoanApplication(ref)
      )

      expect(error).toBeInstanceOf(DaloanMalformedResponseError)
      expect(error).toMatchObject({ outcomeUnknown: false })
      expect(error.message).toMatch(
        /^Daloan getLoanApplication failed: malformed response \(HTTP 200\)/
      )
      expect(error.message).toMatch(reason)
    }
  )

  it("a malformed answer to create leaves the outcome unknown and is not repeated", async () => {
    await harness.control.fault({
      path: DALOAN_PATHS.createLoanApplication,
      body: "html",
    })

    const error = await failureOf(
      clientFor(harness.url).createLoanApplication({
        nationalCode: HOLDER,
        birthdate: BIRTHDATE,
        ...PLAN,
      })
    )

    expect(error).toBeInstanceOf(DaloanMalformedResponseError)
    expect(error).toMatchObject({ outcomeUnknown: true })
    expect(
      await harness.control.requests(DALOAN_PATHS.createLoanApplication)
    ).toHaveLength(1)
    expect(await harness.control.loans()).toHaveLength(1)
  })
})
