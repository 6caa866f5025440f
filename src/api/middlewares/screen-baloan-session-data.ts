import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"
import { parseShopperLoanRequest } from "../../lib/shopper-details"
import { respondInvalidFields } from "../utils/invalid-fields"
import { resolveBaloan } from "../utils/resolve-baloan"

const SESSION_ROUTE =
  /^\/store\/payment-collections\/[^/]+\/payment-sessions\/?$/

/**
 * Registered on a wildcard so that it runs before Medusa's own body check
 * on the session route: that check echoes a value it refuses (a national
 * code sent as `data: ["…"]`, say) into its answer and its log. Baloan
 * session data is checked here first and refused with our own messages.
 */
export function screenBaloanSessionData(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): void {
  const body = (req.body ?? {}) as { provider_id?: unknown; data?: unknown }
  if (!SESSION_ROUTE.test(req.path) || !isBaloanProviderId(body.provider_id)) {
    return next()
  }

  const parsed = parseShopperLoanRequest(body.data, {
    repaymentOptions: resolveBaloan(req.scope).getOptions().repaymentOptions,
  })
  if (!parsed.ok) {
    return respondInvalidFields(res, parsed.errors)
  }
  next()
}
