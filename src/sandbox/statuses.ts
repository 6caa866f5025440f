/**
 * The loan application statuses of the sandbox. The gateway's document names
 * only ESTABLISHED and APPLICATION_CANCELED; the others are the project's own
 * placeholders for states the real gateway surely has but does not document.
 * Change a name here and nowhere else.
 */
export const LOAN_STATUSES = {
  /** Created; the shop has not asked for approval yet (placeholder). */
  created: "APPLICATION_CREATED",
  /** Approval asked; the shopper must confirm in the Blu app (placeholder). */
  waitingForCustomer: "WAITING_FOR_CUSTOMER",
  /** Granted and disbursed (documented). */
  established: "ESTABLISHED",
  /** Refused by the shopper or the bank (placeholder). */
  rejected: "APPLICATION_REJECTED",
  /** Nobody confirmed in time (placeholder). */
  expired: "APPLICATION_EXPIRED",
  /** Canceled by the shop or the bank (documented). */
  canceled: "APPLICATION_CANCELED",
} as const

export type LoanStatus = (typeof LOAN_STATUSES)[keyof typeof LOAN_STATUSES]
