import type { LoanState } from "../../lib/loan-status"

/**
 * What a Baloan payment session keeps in its `data`. Medusa shows this to
 * anyone holding the cart id, so it never holds the national code or the
 * birth date: only the loan's reference, its state and a masked code.
 */
export type BaloanSessionData = {
  session_id?: string
  loan_application_ref?: string | null
  loan_status?: string | null
  loan_state?: LoanState | null
  amount_rials?: number
  currency_code?: string
  number_of_repayments?: number
  national_code_masked?: string | null
  white_list_code?: string | null
  approval_request_id?: string | null
  approval_requested_at?: string | null
  settled_at?: string | null
  canceled_at?: string | null
  requires_details?: boolean
  /** The shopper's details, sealed by the store middleware; blanked once used. */
  baloan_details?: string | null
}

/** Sealed by the middleware, opened only by the provider for the create call. */
export type SealedShopperDetails = {
  nationalCode: string
  birthdate: string
}

export const SEALED_DETAILS_TTL_MS = 15 * 60 * 1000

/**
 * Keys the storefront may have sent that must not survive on the session:
 * Medusa stores `{ ...request data, ...provider data }`, so the provider's
 * answer overwrites them with null.
 */
export const BLANKED_REQUEST_FIELDS = {
  baloan_details: null,
  national_code: null,
  birthdate: null,
} as const

export function readSessionData(
  data: Record<string, unknown> | undefined
): BaloanSessionData {
  return (data ?? {}) as BaloanSessionData
}
