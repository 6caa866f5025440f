import type { LoanState } from "../../../lib/loan-status/loan-states"

/*
 * What the plugin's admin routes answer. The admin extensions import these
 * types too (type-only, so nothing of the server reaches the browser): one
 * contract for both sides. Nothing here may ever carry a national code in
 * full or a birth date.
 */

export type AdminBaloanLoanState = LoanState

/** The gateway's `get` record as the admin needs it, in snake_case. */
export type AdminBaloanLoanRecord = {
  status: string
  status_descriptions: string[]
  request_date: string | null
  disbursement_date: string | null
  next_repayment_date: string | null
  loan_amount: number | null
  outstanding_amount: number | null
  number_of_repayments: number | null
  number_of_paid_repayments: number | null
  has_partial_paid: boolean | null
  interest_rate: number | null
  first_repayment_amount: number | null
  automatic_repayment_status: string | null
  last_inquiry_date: string | null
  credit_line_code: string | null
  credit_line_name: string | null
}

/** Where the record shown comes from, and from when. */
export type AdminBaloanGatewayView = {
  /** Read from the gateway while answering this request. */
  live: boolean
  /** When the record shown was read; null when it never was. */
  as_of: string | null
  /** The gateway was asked and did not answer in time or refused. */
  unreachable: boolean
}

export type AdminBaloanLoanEvent = {
  id: string
  source: string
  from_status: string | null
  to_status: string | null
  from_state: string | null
  to_state: string | null
  note: string | null
  created_at: string
}

export type AdminBaloanLoan = {
  id: string
  loan_application_ref: string | null
  /** The live status's meaning when the gateway answered, else the ledger's. */
  state: AdminBaloanLoanState
  /** What the store's ledger records, which the next sync brings in line. */
  recorded_state: AdminBaloanLoanState
  gateway_status: string | null
  amount_rials: number
  currency_code: string
  number_of_repayments: number
  national_code_masked: string | null
  payment_session_id: string | null
  approval_requested_at: string | null
  settled_at: string | null
  canceled_at: string | null
  cancel_requested_at: string | null
  cancel_reason: string | null
  last_synced_at: string | null
  sync_failures: number
  outcome_unknown: "create" | "settlement" | null
  created_at: string
  order: { id: string; display_id: number | null } | null
  gateway: AdminBaloanGatewayView
  record: AdminBaloanLoanRecord | null
  /** Oldest first; only in the answers about one order or one loan. */
  events?: AdminBaloanLoanEvent[]
}

export type AdminBaloanOrderLoansResponse = {
  order_id: string
  loans: AdminBaloanLoan[]
}

export type AdminBaloanLoanResponse = {
  loan: AdminBaloanLoan
}

export type AdminBaloanLoanStateCounts = Record<
  AdminBaloanLoanState | "all",
  number
>

export type AdminBaloanLoansResponse = {
  loans: AdminBaloanLoan[]
  count: number
  offset: number
  limit: number
  /** Per state, within the same search, whatever state is filtered on. */
  counts: AdminBaloanLoanStateCounts
}
