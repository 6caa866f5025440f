/**
 * Loan statuses. The gateway's document names only ESTABLISHED and
 * APPLICATION_CANCELED; the others are the project's placeholders, kept in
 * this one table so that they are easy to correct once the real values are
 * known. A status outside the table is still a valid answer: callers treat
 * it as pending and keep the raw value.
 */
export const DALOAN_STATUS = {
  CREATED: "APPLICATION_CREATED",
  WAITING_FOR_CUSTOMER: "WAITING_FOR_CUSTOMER",
  ESTABLISHED: "ESTABLISHED",
  REJECTED: "APPLICATION_REJECTED",
  EXPIRED: "APPLICATION_EXPIRED",
  CANCELED: "APPLICATION_CANCELED",
} as const

export type DaloanStatus = (typeof DALOAN_STATUS)[keyof typeof DALOAN_STATUS]
