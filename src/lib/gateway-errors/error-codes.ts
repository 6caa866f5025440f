/**
 * Codes on the MedusaErrors whose outcome at the gateway is unknown, so that
 * the routes wrapping Medusa's workflows can record them in the ledger.
 */
export const BALOAN_ERROR_CODES = {
  CREATE_OUTCOME_UNKNOWN: "baloan_create_outcome_unknown",
  /** The gateway certainly made no application (refused, or never reached). */
  CREATE_NOT_MADE: "baloan_create_not_made",
  SETTLEMENT_OUTCOME_UNKNOWN: "baloan_settlement_outcome_unknown",
} as const

export function hasErrorCode(error: unknown, code: string): boolean {
  return (
    !!error &&
    typeof error === "object" &&
    (error as { code?: unknown }).code === code
  )
}

/**
 * A failure that says nothing about the loan itself: the gateway was down,
 * busy, unreachable or unreadable. A cancel that meets one is left to the
 * poller rather than allowed to block the store.
 */
export function isTransientGatewayError(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type
  return (
    type === "unavailable" ||
    type === "connection" ||
    type === "rate_limited" ||
    type === "malformed_response" ||
    type === "authentication"
  )
}
