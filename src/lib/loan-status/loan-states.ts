/**
 * What a loan's raw gateway status means to the store, in one list shared
 * by the ledger, the admin routes and the admin UI (it imports nothing, so
 * the admin bundle can use it). The gateway documents only two statuses:
 * anything it does not name counts as "pending" and keeps its raw value.
 */
export const LOAN_STATES = [
  "created",
  "awaiting_customer",
  "established",
  "refused",
  "expired",
  "canceled",
  "pending",
] as const

export type LoanState = (typeof LOAN_STATES)[number]
