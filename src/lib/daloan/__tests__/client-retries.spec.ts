import { DALOAN_PATHS } from "../calls"
import { DaloanConnectionError, DaloanUnavailableError } from "../errors"
import { RETRY_AFTER_CAP_MS } from "../retry-policy"
import { DALOAN_STATUS } from "../statuses"
import { BIRTHDATE, HOLDER } from "./fixtures"
import {
  clientFor,
  failureOf,
  recordingSleep,
  startHarness,
  type Harness,
  useHarness,
} from "./sandbox-control"

const NEW_LOAN = {
  nationalCode: HOLDER,
  birthdate: BIRTHDATE,
  loanAmount: 40_000_000,
  numberOfRepayments: 18,
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

describe("DaloanClient against the sandbox: repeating calls", () => {
  const harness = useHarness()

  async function establishedLoan(): Promise<string> {
    const client = clientFor(harness.url)
    const { loanApplicationRef } = await client.createLoanApplication(NEW_LOAN)
    await client.approveLoanApplication(loanApplicationRef)
    await harness.control.customerApprove(loanApplicationRef)
    return loanApplicationRef
  }

  it("repeats a read after a 503 and a dropped connection, with jittered backoff", async () => {
    const ref = (await clientFor(harness.url).createLoanApplication(NEW_LOAN))
      .loanApplicationRef
    await harness.control.fault({
      path: DALOAN_PATHS.getLoanApplication,
      status: 503,
    })
    await harness.control.fault({
      path: DALOAN_PATHS.getLoanApplication,
      drop: "before",
    })
    const { delays, sleep } = recordingSleep()

    const record = await clientFor(
      harness.url,
      {},
      { sleep, random: () => 0.5 }
    ).getLoanApplication(ref)

    expect(record.loanApplicationReference).toBe(ref)
    // Full jitter at 0.5: half of 200 ms, then half of 400 ms.
    expect(delays).toEqual([100, 200])
    expect(
      await harness.control.requests(DALOAN_PATHS.getLoanApplication)
    ).toHaveLength(3)
  })

  it("never repeats a create whose answer was lost: one loan, outcome unknown", async () => {
    await harness.control.fault({
      path: DALOAN_PATHS.createLoanApplication,
      drop: "after",
    })
    const { delays, sleep } = recordingSleep()

    const error = await failureOf(
      clientFor(harness.url, {}, { sleep }).createLoanApplication(NEW_LOAN)
    )

    expect(error).toBeInstanceOf(DaloanConnectionError)
    expect(error).toMatchObject({ outcomeUnknown: true })
    expect(delays).toEqual([])
    expect(
      await harness.control.requests(DALOAN_PATHS.createLoanApplication)
    ).toHaveLength(1)
    expect(await harness.control.loans()).toHaveLength(1)
  })

  it("never repeats a create dropped before the gateway acted either: it cannot tell", async () => {
    await harness.control.fault({
      path: DALOAN_PATHS.createLoanApplication,
      drop: "before",
    })

    const error = await failureOf(
      clientFor(harness.url).createLoanApplication(NEW_LOAN)
    )

    expect(error).toMatchObject({ type: "connection", outcomeUnknown: true })
    expect(await harness.control.loans()).toHaveLength(0)
  })

  it("never repeats a create answered 503: outcome unknown", async () => {
    await harness.control.fault({
      path: DALOAN_PATHS.createLoanApplication,
      status: 503,
    })

    const error = await failureOf(
      clientFor(harness.url).createLoanApplication(NEW_LOAN)
    )

    expect(error).toBeInstanceOf(DaloanUnavailableError)
    expect(error).toMatchObject({ outcomeUnknown: true })
    expect(
      await harness.control.requests(DALOAN_PATHS.createLoanApplication)
    ).toHaveLength(1)
  })

  it("repeats a create answered 429, after the Retry-After it asked for", async () => {
    await harness.control.fault({
      path: DALOAN_PATHS.createLoanApplication,
      status: 429,
      retryAfter: 3,
    })
    const { delays, sleep } = recordingSleep()

    const created = await clientFor(
      harness.url,
      {},
      { sleep }
    ).createLoanApplication(NEW_LOAN)

    expect(created.loanApplicationRef).toMatch(/^LN_/)
    expect(delays).toEqual([3_000])
    expect(await harness.control.loans()).toHaveLength(1)
  })

  it("caps a long Retry-After on a 503 read", async () => {
    await harness.control.fault({
      path: DALOAN_PATHS.hasAccount,
      status: 503,
      retryAfter: 3_600,
    })
    const { delays, sleep } = recordingSleep()

    await clientFor(harness.url, {}, { sleep }).hasAccount({
      nationalCode: HOLDER,
      birthdate: BIRTHDATE,
    })

    expect(delays).toEqual([RETRY_AFTER_CAP_MS])
  })

  it("repeats a create refused before it was sent, and creates one loan", async () => {
    const own = await startHarness()
    const port = Number(new URL(own.url).port)
    let revived: Harness | undefined
    // Closing the sandbox makes the create meet a refused connection; the
    // "sleep" before the retry brings a sandbox back on the same port.
    const client = clientFor(
      own.url,
      {},
      {
        sleep: async () => {
          revived ??= await startHarness({ port })
        },
      }
    )
    await client.hasAccount({ nationalCode: HOLDER, birthdate: BIRTHDATE })
    await own.close()

    try {
      const created = await client.createLoanApplication(NEW_LOAN)

      expect(created.loanApplicationRef).toMatch(/^LN_/)
      const loans = await own.control.loans()
      expect(loans.map((loan) => loan.loanApplicationReference)).toEqual([
        created.loanApplicationRef,
      ])
    } finally {
      await revived?.close()
    }
  })

  it("reports a refused connection as such when the gateway stays down", async () => {
    const own = await startHarness()
    await own.close()
    const { delays, sleep } = recordingSleep()

    const error = await failureOf(
      clientFor(own.url, { maxRetries: 2 }, { sleep }).hasAccount({
        nationalCode: HOLDER,
        birthdate: BIRTHDATE,
      })
    )

    expect(error).toBeInstanceOf(DaloanConnectionError)
    expect(error).toMatchObject({
      failure: "refused",
      outcomeUnknown: false,
      path: DALOAN_PATHS.token,
    })
    expect(delays).toHaveLength(2)
  })

  it("never repeats a settlement whose answer was lost: settled once", async () => {
    const ref = await establishedLoan()
    await harness.control.fault({
      path: DALOAN_PATHS.confirmSettlement,
      drop: "after",
    })

    const error = await failureOf(clientFor(harness.url).confirmSettlement(ref))

    expect(error).toBeInstanceOf(DaloanConnectionError)
    expect(error).toMatchObject({ outcomeUnknown: true })
    expect(error.message).toMatch(/outcome unknown/)
    const stored = await harness.control.loan(ref)
    expect(stored.settled).toBe(true)
    expect(stored.settlementCount).toBe(1)
  })

  it("never repeats a settlement answered 500", async () => {
    const ref = await establishedLoan()
    await harness.control.fault({
      path: DALOAN_PATHS.confirmSettlement,
      status: 500,
    })

    const error = await failureOf(clientFor(harness.url).confirmSettlement(ref))

    expect(error).toMatchObject({ type: "unavailable", outcomeUnknown: true })
    expect(
      await harness.control.requests(DALOAN_PATHS.confirmSettlement)
    ).toHaveLength(1)
  })

  it("times out a slow read and repeats it", async () => {
    const ref = (await clientFor(harness.url).createLoanApplication(NEW_LOAN))
      .loanApplicationRef
    await harness.control.fault({
      path: DALOAN_PATHS.getLoanApplication,
      delayMs: 1_000,
    })

    const record = await clientFor(harness.url, {
      timeoutMs: 200,
    }).getLoanApplication(ref)

    expect(record.loanApplicationStatus).toBe(DALOAN_STATUS.CREATED)
    await pause(1_000)
    expect(
      await harness.control.requests(DALOAN_PATHS.getLoanApplication)
    ).toHaveLength(2)
  })

  it("never repeats an approve that timed out: outcome unknown", async () => {
    const client = clientFor(harness.url, { timeoutMs: 200 })
    const { loanApplicationRef } = await client.createLoanApplication(NEW_LOAN)
    await harness.control.fault({
      path: DALOAN_PATHS.approveLoanApplication,
      delayMs: 1_000,
    })

    const error = await failureOf(
      client.approveLoanApplication(loanApplicationRef)
    )

    expect(error).toBeInstanceOf(DaloanConnectionError)
    expect(error).toMatchObject({ failure: "timeout", outcomeUnknown: true })
    // Let the delayed request reach the gateway before counting.
    await pause(1_000)
    expect(
      await harness.control.requests(DALOAN_PATHS.approveLoanApplication)
    ).toHaveLength(1)
  })

  it("repeats a cancel whose answer was lost, and counts it done", async () => {
    const client = clientFor(harness.url)
    const { loanApplicationRef } = await client.createLoanApplication(NEW_LOAN)
    await harness.control.fault({
      path: DALOAN_PATHS.cancelLoanApplication,
      drop: "after",
    })

    const answer = await client.cancelLoanApplication(loanApplicationRef)

    expect(answer.loanApplicationStatus).toBe(DALOAN_STATUS.CANCELED)
    expect(
      await harness.control.requests(DALOAN_PATHS.cancelLoanApplication)
    ).toHaveLength(2)
  })
})
