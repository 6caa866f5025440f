/** Every gateway call the client makes, by the name its method carries. */
export type DaloanCall =
  | "token"
  | "hasAccount"
  | "createLoanApplication"
  | "approveLoanApplication"
  | "getLoanApplication"
  | "confirmSettlement"
  | "cancelLoanApplication"

/**
 * Paths exactly as the document's curl samples spell them: a trailing slash
 * on every call but `approve`.
 */
export const DALOAN_PATHS: Record<DaloanCall, string> = {
  token: "/auth/token/",
  hasAccount: "/v1/daloan/account/has-account/",
  createLoanApplication: "/v1/daloan/loan/applications/create/",
  approveLoanApplication: "/v1/daloan/loan/applications/approve",
  getLoanApplication: "/v1/daloan/loan/applications/get/",
  confirmSettlement: "/v1/daloan/loan/applications/settlement/confirm/",
  cancelLoanApplication: "/v1/daloan/loan/applications/cancel/",
}

/** Calls after which the gateway may have changed something. */
const MUTATING: ReadonlySet<DaloanCall> = new Set<DaloanCall>([
  "createLoanApplication",
  "approveLoanApplication",
  "confirmSettlement",
  "cancelLoanApplication",
])

/**
 * Calls that are safe to send twice: reads, and cancel, whose second answer
 * for an already canceled loan is the canceled record again.
 */
const IDEMPOTENT: ReadonlySet<DaloanCall> = new Set<DaloanCall>([
  "token",
  "hasAccount",
  "getLoanApplication",
  "cancelLoanApplication",
])

export function isMutatingCall(call: DaloanCall): boolean {
  return MUTATING.has(call)
}

export function isIdempotentCall(call: DaloanCall): boolean {
  return IDEMPOTENT.has(call)
}
