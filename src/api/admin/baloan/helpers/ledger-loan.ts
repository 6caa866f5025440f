/**
 * A loan as `query.graph` reads it from the ledger, with the order linked
 * to it and its history when those were asked for. Only the fields the
 * admin routes pass on are named: the presenter picks, never spreads.
 */
export type LedgerLoan = {
  id: string
  loan_application_ref: string | null
  state: string
  gateway_status: string | null
  amount_rials: unknown
  currency_code: string
  number_of_repayments: number
  national_code_masked: string | null
  payment_session_id: string | null
  approval_requested_at: DateLike
  settled_at: DateLike
  canceled_at: DateLike
  cancel_requested_at: DateLike
  cancel_reason: string | null
  last_synced_at: DateLike
  sync_failures: number | null
  outcome_unknown: string | null
  gateway_record: unknown
  created_at: DateLike
  order?: { id: string; display_id?: number | null } | null
  events?: LedgerLoanEvent[] | null
}

export type LedgerLoanEvent = {
  id: string
  source: string
  from_status: string | null
  to_status: string | null
  from_state: string | null
  to_state: string | null
  note: string | null
  created_at: DateLike
}

export type DateLike = Date | string | null | undefined

/** The ledger's fields the admin routes read, for `query.graph`. */
export const LEDGER_LOAN_FIELDS = [
  "id",
  "loan_application_ref",
  "state",
  "gateway_status",
  "amount_rials",
  "currency_code",
  "number_of_repayments",
  "national_code_masked",
  "payment_session_id",
  "approval_requested_at",
  "settled_at",
  "canceled_at",
  "cancel_requested_at",
  "cancel_reason",
  "last_synced_at",
  "sync_failures",
  "outcome_unknown",
  "gateway_record",
  "created_at",
]

export const LEDGER_EVENT_FIELDS = [
  "id",
  "source",
  "from_status",
  "to_status",
  "from_state",
  "to_state",
  "note",
  "created_at",
]
