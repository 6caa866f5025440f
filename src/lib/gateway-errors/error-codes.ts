/**
 * Codes on the MedusaErrors whose outcome at the gateway is unknown, so that
 * the routes wrapping Medusa's workflows can record them in the ledger.
 */
export const BALOAN_ERROR_CODES = {
  CREATE_OUTCOME_UNKNOWN: "baloan_create_outcome_unknown",
  SETTLEMENT_OUTCOME_UNKNOWN: "baloan_settlement_outcome_unknown",
} as const

export function hasErrorCode(error: unknown, code: string): boolean {
  return (
    !!error &&
    typeof error === "object" &&
    (error as { code?: unknown }).code === code
  )
}
