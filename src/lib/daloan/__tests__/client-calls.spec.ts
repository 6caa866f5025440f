import { DALOAN_PATHS } from "../calls"
import { DaloanInvalidRequestError } from "../errors"
import { DALOAN_STATUS } from "../statuses"
import { BIRTHDATE, HOLDER, NON_HOLDER } from "./fixtures"
import {
  CLIENT_ID,
  CLIENT_SECRET,
  clientFor,
  failureOf,
  useHarness,
} from "./sandbox-control"

const PLAN = { loanAmount: 25_000_000, numberOfRepayments: 12 }

describe("DaloanClient against the sandbox: every call", () => {
  const harness = useHarness()

  it("tells whether a shopper has a Blu account", async () => {
    const client = clientFor(harness.url)

    const holder = await client.hasAccount({
      nationalCode: HOLDER,
      birthdate: BIRTHDATE,
    })
    const stranger = await client.hasAccount({
      nationalCode: NON_HOLDER,
      birthdate: BIRTHDATE,
    })

    expect(holder).toEqual({ hasBluAccount: true })
    expect(stranger).toEqual({ hasBluAccount: false })
  })

  it("creates, approves, reads and settles a loan", async () => {
    const client = clientFor(harness.url)

    const created = await client.createLoanApplication({
      nationalCode: HOLDER,
      birthdate: BIRTHDATE,
      ...PLAN,
    })
    const fresh = await client.getLoanApplication(created.loanApplicationRef)
    const approval = await client.approveLoanApplication(
      created.loanApplicationRef
    )
    const waiting = await client.getLoanApplication(created.loanApplicationRef)
    await harness.control.customerApprove(created.loanApplicationRef)
    const established = await client.getLoanApplication(
      created.loanApplicationRef
    )
    await client.confirmSettlement(created.loanApplicationRef)

    expect(created.loanApplicationRef).toMatch(/^LN_\d+$/)
    expect(created.whiteListCode).toEqual(expect.any(String))
    expect(fresh.loanApplicationStatus).toBe(DALOAN_STATUS.CREATED)
    expect(fresh.disbursementDate).toBeNull()
    expect(approval.loanApplicationRef).toBe(created.loanApplicationRef)
    expect(approval.requestId).not.toBe("")
    expect(waiting.loanApplicationStatus).toBe(
      DALOAN_STATUS.WAITING_FOR_CUSTOMER
    )
    expect(established).toMatchObject({
      loanApplicationReference: created.loanApplicationRef,
      loanApplicationStatus: DALOAN_STATUS.ESTABLISHED,
      loanAmount: PLAN.loanAmount,
      numberOfRepayments: PLAN.numberOfRepayments,
    })
    expect(typeof established.loanOutstandingAmount).toBe("number")
    expect(typeof established.whiteListCode).toBe("string")
    const stored = await harness.control.loan(created.loanApplicationRef)
    expect(stored.settled).toBe(true)
    expect(stored.settlementCount).toBe(1)
  })

  it("cancels a loan, and counts a second cancel as done", async () => {
    const client = clientFor(harness.url)
    const { loanApplicationRef } = await client.createLoanApplication({
      nationalCode: HOLDER,
      birthdate: BIRTHDATE,
      ...PLAN,
    })

    const first = await client.cancelLoanApplication(loanApplicationRef)
    const second = await client.cancelLoanApplication(loanApplicationRef)
    const record = await client.getLoanApplication(loanApplicationRef)

    const canceled = {
      loanApplicationRef,
      loanApplicationStatus: DALOAN_STATUS.CANCELED,
    }
    expect(first).toEqual(canceled)
    expect(second).toEqual(canceled)
    expect(record.loanApplicationStatus).toBe(DALOAN_STATUS.CANCELED)
  })

  it("sends exactly what the document describes", async () => {
    const client = clientFor(harness.url)
    await harness.control.clearRequests()

    const { loanApplicationRef } = await client.createLoanApplication({
      nationalCode: HOLDER,
      birthdate: BIRTHDATE,
      ...PLAN,
    })
    await client.approveLoanApplication(loanApplicationRef)
    await client.getLoanApplication(loanApplicationRef)
    await client.cancelLoanApplication(loanApplicationRef)
    const log = await harness.control.requests()

    const [token, ...calls] = log
    expect(token.method).toBe("POST")
    expect(token.path).toBe(DALOAN_PATHS.token)
    expect(token.contentType).toMatch(/^application\/x-www-form-urlencoded/)
    expect(token.authorization).toBeNull()
    expect(token.body).toEqual({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: "client_credentials",
    })
    expect(calls.map((entry) => entry.path)).toEqual([
      DALOAN_PATHS.createLoanApplication,
      DALOAN_PATHS.approveLoanApplication,
      DALOAN_PATHS.getLoanApplication,
      DALOAN_PATHS.cancelLoanApplication,
    ])
    const bearers = new Set(calls.map((entry) => entry.authorization))
    expect(bearers.size).toBe(1)
    expect(Array.from(bearers)[0]).toMatch(/^\S+$/)
    for (const entry of calls) {
      expect(entry.method).toBe("POST")
      expect(entry.contentType).toMatch(/^application\/json/)
    }
    const create = calls[0].body as Record<string, unknown>
    expect(create).toEqual({
      birthdate: BIRTHDATE,
      nationalCode: HOLDER,
      loanAmount: PLAN.loanAmount,
      numberOfRepayments: PLAN.numberOfRepayments,
      customerContributionAmount: 0,
    })
    expect(Number.isInteger(create.loanAmount)).toBe(true)
    for (const entry of calls.slice(1)) {
      expect(entry.body).toEqual({ loanApplicationRef })
    }
  })

  it("uses the documented paths: a trailing slash on all but approve", () => {
    const withoutSlash = Object.entries(DALOAN_PATHS)
      .filter(([, path]) => !path.endsWith("/"))
      .map(([call]) => call)
    expect(withoutSlash).toEqual(["approveLoanApplication"])
  })

  it.each([
    ["zero", 0],
    ["negative", -5],
    ["fractional", 1000.5],
    ["unsafe", Number.MAX_SAFE_INTEGER + 1],
    ["not a number", Number.NaN],
  ])("refuses a %s loanAmount before any call", async (_label, loanAmount) => {
    const client = clientFor(harness.url)
    await harness.control.clearRequests()

    const error = await failureOf(
      client.createLoanApplication({
        nationalCode: HOLDER,
        birthdate: BIRTHDATE,
        loanAmount,
        numberOfRepayments: 12,
      })
    )

    expect(error).toBeInstanceOf(DaloanInvalidRequestError)
    expect(await harness.control.requests()).toEqual([])
  })

  it("refuses a malformed national code, birth date or reference before any call", async () => {
    const client = clientFor(harness.url)
    await harness.control.clearRequests()

    const errors = await Promise.all([
      failureOf(
        client.hasAccount({ nationalCode: "12345", birthdate: BIRTHDATE })
      ),
      failureOf(
        client.hasAccount({ nationalCode: HOLDER, birthdate: "1369/11/11" })
      ),
      failureOf(client.getLoanApplication("")),
      failureOf(client.cancelLoanApplication("LN 1")),
    ])

    for (const error of errors) {
      expect(error).toBeInstanceOf(DaloanInvalidRequestError)
    }
    expect(await harness.control.requests()).toEqual([])
  })
})
