import fs from "node:fs/promises"
import { deploy, type Deployment } from "./deployment"
import { extraReads, longestSilence, pollWindows } from "./poll-windows"
import {
  GET_PATH,
  POLLS_TO_APPLY,
  runScenario,
  type ScenarioResult,
} from "./scenario"

// scripts/test.mjs sets it empty for the PostgreSQL run.
const REDIS_URL = process.env.REDIS_URL || undefined
const VARIANT = REDIS_URL
  ? "Redis locking, event bus and workflow engine"
  : "PostgreSQL locking"
const CANCEL_PATH = "/v1/daloan/loan/applications/cancel/"
const FINAL_STATUS = {
  approve: "ESTABLISHED",
  refuse: "APPLICATION_REJECTED",
  expire: "APPLICATION_EXPIRED",
}

describe(`one server and two workers on one database (${VARIANT})`, () => {
  let deployment: Deployment | undefined
  let result: ScenarioResult
  const startedAt = Date.now()

  beforeAll(async () => {
    deployment = await deploy({ redisUrl: REDIS_URL })
    const scenarioStartedAt = Date.now()
    result = await runScenario(deployment)
    deployment.timings.scenario = (Date.now() - scenarioStartedAt) / 1000
  }, 360_000)

  afterAll(async () => {
    await deployment?.stop()
    const timings = Object.entries(deployment?.timings ?? {})
      .map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`)
      .join(", ")
    process.stdout.write(
      `[multi] ${VARIANT}: ${((Date.now() - startedAt) / 1000).toFixed(0)} s` +
        ` in all (${timings})\n`
    )
  }, 120_000)

  const ordersWith = (outcome: string) =>
    result.orders.filter((order) => order.outcome === outcome)
  const factsOf = (orderId: string) =>
    result.facts.orders.find((order) => order.id === orderId)
  const ledgerOf = (ref: string) =>
    result.facts.loans.find((loan) => loan.ref === ref)
  // Every read of a loan at the gateway after the checkouts, by any
  // instance. Reads of one poll come within milliseconds of each other and
  // the next poll's an interval later, give or take the timers' drift.
  const readWindows = () =>
    pollWindows(gatewayReads(), deployment!.pollIntervalMs * 0.75)
  const gatewayReads = () =>
    result.requests
      .filter((entry) => entry.path === GET_PATH)
      .map((entry) => ({
        ref: String(
          (entry.body as { loanApplicationRef?: string })?.loanApplicationRef
        ),
        at: Date.parse(entry.at),
      }))
      .filter((read) => read.at >= result.placedAt)

  it(`shows each loan's change on its order within ${POLLS_TO_APPLY} polls`, () => {
    expect(result.pending).toEqual([])
  })

  it("reads each loan at most once per poll interval across the workers", () => {
    const windows = readWindows()
    // Authorizing the payment makes the provider read the loan once more,
    // in the same poll (design: authorizePayment answers from the gateway).
    const authorizeReads = Object.fromEntries(
      ordersWith("approve").map((order) => [order.ref, 1])
    )

    expect(windows.size).toBe(result.orders.length)
    expect(extraReads(windows, authorizeReads)).toEqual([])
  })

  it("keeps reading an established loan every poll while it is not settled", () => {
    const interval = deployment!.pollIntervalMs
    const windows = readWindows()

    for (const { ref } of ordersWith("approve")) {
      expect(
        longestSilence(windows, ref, result.placedAt, result.endedAt)
      ).toBeLessThan(interval * 2.5)
    }
  })

  it("records each status change of a loan once", () => {
    for (const { ref, outcome } of result.orders) {
      const loan = ledgerOf(ref)
      const changes = (loan?.events ?? [])
        .filter((event) => event.from_status !== event.to_status)
        .map((event) => `${event.from_status} -> ${event.to_status}`)

      expect(loan?.gateway_status).toBe(FINAL_STATUS[outcome])
      expect(new Set(changes).size).toBe(changes.length)
      expect(
        changes.filter((change) =>
          change.endsWith(`-> ${FINAL_STATUS[outcome]}`)
        )
      ).toHaveLength(1)
    }
  })

  it("authorizes each approved order's payment once", () => {
    for (const { ref, orderId } of ordersWith("approve")) {
      const order = factsOf(orderId)
      const payments = (order?.payment_collections ?? []).flatMap(
        (collection) => collection.payments
      )
      const sessions = (order?.payment_collections ?? []).flatMap(
        (collection) => collection.payment_sessions
      )
      const authorizations = (ledgerOf(ref)?.events ?? []).filter((event) =>
        event.note?.includes("payment authorized")
      )

      expect(order?.status).not.toBe("canceled")
      expect(payments.map((payment) => payment.canceled_at)).toEqual([null])
      expect(sessions.map((session) => session.status)).toEqual(["authorized"])
      expect(authorizations).toHaveLength(1)
    }
  })

  it("cancels each refused or expired order once and sends no cancel for its loan", () => {
    const closed = [...ordersWith("refuse"), ...ordersWith("expire")]
    for (const { ref, orderId } of closed) {
      const cancellations = (ledgerOf(ref)?.events ?? []).filter((event) =>
        event.note?.startsWith(`Order ${orderId} canceled`)
      )
      const cancelCalls = result.requests.filter(
        (entry) =>
          entry.path === CANCEL_PATH &&
          (entry.body as { loanApplicationRef?: string })
            ?.loanApplicationRef === ref
      )

      expect(factsOf(orderId)?.status).toBe("canceled")
      expect(cancellations).toHaveLength(1)
      expect(cancelCalls).toHaveLength(0)
    }
  })

  it("logs no failed sync in any worker", async () => {
    for (const worker of deployment!.workers) {
      const log = await fs.readFile(worker.logFile, "utf8")
      const failures = log
        .split("\n")
        .filter((line) => /sync of ledger loan \S+ failed/.test(line))

      expect(failures).toEqual([])
    }
  })

  it("leaves no loan open at the gateway without an order or a session", () => {
    expect(result.facts.stray).toEqual([])
  })
})
