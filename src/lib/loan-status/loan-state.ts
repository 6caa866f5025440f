import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { DALOAN_STATUS } from "../daloan"

import type { LoanState } from "./loan-states"

export type { LoanState }

const STATES: Record<string, LoanState> = {
  [DALOAN_STATUS.CREATED]: "created",
  [DALOAN_STATUS.WAITING_FOR_CUSTOMER]: "awaiting_customer",
  [DALOAN_STATUS.ESTABLISHED]: "established",
  [DALOAN_STATUS.REJECTED]: "refused",
  [DALOAN_STATUS.EXPIRED]: "expired",
  [DALOAN_STATUS.CANCELED]: "canceled",
}

export function toLoanState(rawStatus: string | null | undefined): LoanState {
  return (rawStatus && STATES[rawStatus]) || "pending"
}

/** The loan can no longer become established. */
export function isClosedLoanState(state: LoanState): boolean {
  return state === "refused" || state === "expired" || state === "canceled"
}

export function toPaymentSessionStatus(state: LoanState): PaymentSessionStatus {
  if (state === "established") {
    return PaymentSessionStatus.AUTHORIZED
  }
  if (isClosedLoanState(state)) {
    return PaymentSessionStatus.CANCELED
  }
  return PaymentSessionStatus.PENDING_AUTHORIZATION
}
