import type { AdminBaloanLoan } from "../../api/admin/baloan/types"
import { isClosedState } from "./loan-states"

export type LoanNotice = {
  /** Under `baloan.notices` in the translations. */
  key:
    | "unknownCreate"
    | "unknownSettlement"
    | "cancelPending"
    | "unreachable"
    | "neverRead"
    | "notYetRecorded"
    | "closed"
    | "captureBlocked"
    | "captureSettles"
    | "refundsThroughBaloan"
  variant: "info" | "warning" | "error"
  /** The notice offers to retry the cancellation. */
  retryCancel?: boolean
}

/**
 * What the admin must know about a loan, most urgent first: an outcome
 * nobody knows, a cancellation waiting for the gateway, a stale view, and
 * then what the loan's state means for capturing and refunding the order.
 */
export function loanNotices(loan: AdminBaloanLoan): LoanNotice[] {
  const notices: LoanNotice[] = []

  if (loan.outcome_unknown === "create") {
    notices.push({ key: "unknownCreate", variant: "warning" })
  }
  if (loan.outcome_unknown === "settlement") {
    notices.push({ key: "unknownSettlement", variant: "warning" })
  }
  if (loan.cancel_requested_at && !loan.canceled_at) {
    notices.push({
      key: "cancelPending",
      variant: "warning",
      retryCancel: true,
    })
  }
  if (loan.gateway.unreachable) {
    notices.push({
      key: loan.gateway.as_of ? "unreachable" : "neverRead",
      variant: "warning",
    })
  }
  if (loan.gateway.live && loan.state !== loan.recorded_state) {
    notices.push({ key: "notYetRecorded", variant: "info" })
  }

  if (loan.settled_at) {
    notices.push({ key: "refundsThroughBaloan", variant: "info" })
  } else if (isClosedState(loan.state)) {
    notices.push({ key: "closed", variant: "error" })
  } else if (loan.state === "established") {
    if (loan.outcome_unknown !== "settlement") {
      notices.push({ key: "captureSettles", variant: "info" })
    }
  } else if (loan.loan_application_ref) {
    notices.push({ key: "captureBlocked", variant: "info" })
  }
  return notices
}
