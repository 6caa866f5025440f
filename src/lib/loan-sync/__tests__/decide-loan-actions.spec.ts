import { decideLoanActions, type LoanSyncContext } from "../decide-loan-actions"

const NOW = new Date("2026-06-01T12:00:00Z")

function context(overrides: Partial<LoanSyncContext> = {}): LoanSyncContext {
  return {
    ledger: {
      state: "awaiting_customer",
      settled: false,
      canceled: false,
      cancelRequested: false,
      cancelReason: null,
      createdAt: new Date(NOW.getTime() - 3_600_000),
    },
    gatewayState: "awaiting_customer",
    session: { status: "pending_authorization" },
    order: { status: "pending", fulfilled: false },
    now: NOW,
    pendingApprovalTtlHours: 72,
    ...overrides,
  }
}

describe("decideLoanActions", () => {
  it("authorizes an established loan whose session waits", () => {
    expect(decideLoanActions(context({ gatewayState: "established" }))).toEqual(
      [{ type: "authorize" }]
    )
  })

  it("does nothing for an established loan whose session is already authorized", () => {
    expect(
      decideLoanActions(
        context({
          gatewayState: "established",
          session: { status: "authorized" },
        })
      )
    ).toEqual([])
  })

  it.each(["refused", "expired", "canceled"] as const)(
    "cancels the unfulfilled order of a %s loan",
    (state) => {
      expect(decideLoanActions(context({ gatewayState: state }))).toEqual([
        { type: "cancel_order", reason: `loan_${state}` },
      ])
    }
  )

  it("warns once, without canceling, when the order was already fulfilled", () => {
    const fulfilled = { status: "pending", fulfilled: true }
    expect(
      decideLoanActions(context({ gatewayState: "refused", order: fulfilled }))
    ).toEqual([{ type: "warn_fulfilled", reason: "loan_refused" }])
    expect(
      decideLoanActions(
        context({
          gatewayState: "refused",
          order: fulfilled,
          ledger: { ...context().ledger, state: "refused" },
        })
      )
    ).toEqual([])
  })

  it("cancels the loan of a canceled order, also when it is established", () => {
    for (const gatewayState of ["awaiting_customer", "established"] as const) {
      expect(
        decideLoanActions(
          context({
            gatewayState,
            order: { status: "canceled", fulfilled: false },
          })
        )
      ).toEqual([{ type: "cancel_loan", reason: "order_canceled" }])
    }
  })

  it("finishes a cancellation the gateway has not confirmed", () => {
    expect(
      decideLoanActions(
        context({
          ledger: {
            ...context().ledger,
            cancelRequested: true,
            cancelReason: "order_canceled",
          },
        })
      )
    ).toEqual([{ type: "cancel_loan", reason: "order_canceled" }])
  })

  it("cancels an orphan: no open session and no order", () => {
    expect(decideLoanActions(context({ session: null, order: null }))).toEqual([
      { type: "cancel_loan", reason: "orphan" },
    ])
    expect(
      decideLoanActions(
        context({ session: { status: "pending" }, order: null })
      )
    ).toEqual([])
  })

  it("cancels an application past the approval TTL, with its order", () => {
    const old = new Date(NOW.getTime() - 72 * 3_600_000)
    expect(
      decideLoanActions(
        context({ ledger: { ...context().ledger, createdAt: old } })
      )
    ).toEqual([
      { type: "cancel_loan", reason: "approval_ttl_expired" },
      { type: "cancel_order", reason: "approval_ttl_expired" },
    ])
    expect(
      decideLoanActions(
        context({
          ledger: {
            ...context().ledger,
            createdAt: new Date(old.getTime() + 60_000),
          },
        })
      )
    ).toEqual([])
  })

  it("never acts on a settled loan", () => {
    expect(
      decideLoanActions(
        context({
          gatewayState: "canceled",
          ledger: { ...context().ledger, settled: true },
        })
      )
    ).toEqual([])
  })
})
