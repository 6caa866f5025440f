import type { BaloanSessionData } from "../../../../../providers/baloan/session-data"

/** The storefront's view of a session: the loan's progress, nothing personal. */
export function presentBaloanSession(session: {
  id: string
  status: string
  data: BaloanSessionData
}) {
  const { data } = session
  return {
    id: session.id,
    status: session.status,
    loan_application_ref: data.loan_application_ref ?? null,
    loan_status: data.loan_status ?? null,
    loan_state: data.loan_state ?? null,
    amount_rials: data.amount_rials ?? null,
    number_of_repayments: data.number_of_repayments ?? null,
    approval_requested: Boolean(data.approval_requested_at),
    requires_details: Boolean(data.requires_details),
  }
}
