import { isClosedLoanState, type LoanState } from "../loan-status"

export type LoanSyncContext = {
  /** What the ledger knew before this read. */
  ledger: {
    state: LoanState
    settled: boolean
    canceled: boolean
    cancelRequested: boolean
    cancelReason: string | null
    createdAt: Date
  }
  /** What the gateway says now. */
  gatewayState: LoanState
  /** null when the payment session no longer exists. */
  session: { status: string } | null
  order: { status: string; fulfilled: boolean } | null
  now: Date
  pendingApprovalTtlHours: number
}

export type LoanAction =
  | { type: "authorize" }
  | { type: "cancel_loan"; reason: string }
  | { type: "cancel_order"; reason: string }
  | { type: "warn_fulfilled"; reason: string }

const OPEN_SESSION_STATUSES = ["pending", "pending_authorization"]

/**
 * What to do after reading one loan, as a pure decision: the loan moves
 * the order (established: authorize; refused, expired or canceled: cancel
 * the order unless it already shipped) and the order moves the loan
 * (canceled order, abandoned application, orphan: cancel the loan).
 */
export function decideLoanActions(context: LoanSyncContext): LoanAction[] {
  const { ledger, gatewayState, session, order } = context
  if (ledger.settled) {
    return []
  }

  if (isClosedLoanState(gatewayState)) {
    if (!order || order.status === "canceled") {
      return []
    }
    const reason = `loan_${gatewayState}`
    if (order.fulfilled) {
      // Tell the admin once, when the loan closes, not on every poll.
      return ledger.state === gatewayState
        ? []
        : [{ type: "warn_fulfilled", reason }]
    }
    return [{ type: "cancel_order", reason }]
  }

  if (ledger.cancelRequested || order?.status === "canceled") {
    return [
      { type: "cancel_loan", reason: ledger.cancelReason ?? "order_canceled" },
    ]
  }

  const sessionOpen =
    !!session && OPEN_SESSION_STATUSES.includes(session.status)
  if (!order && !sessionOpen) {
    return [{ type: "cancel_loan", reason: "orphan" }]
  }

  if (gatewayState === "established") {
    return sessionOpen ? [{ type: "authorize" }] : []
  }

  const ageHours =
    (context.now.getTime() - ledger.createdAt.getTime()) / 3_600_000
  if (ageHours >= context.pendingApprovalTtlHours) {
    const actions: LoanAction[] = [
      { type: "cancel_loan", reason: "approval_ttl_expired" },
    ]
    if (order) {
      actions.push({ type: "cancel_order", reason: "approval_ttl_expired" })
    }
    return actions
  }
  return []
}
