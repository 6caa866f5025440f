import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  maskNationalCode,
  parseShopperLoanRequest,
} from "../../lib/shopper-details"
import { SEALED_DETAILS_TTL_MS } from "../../providers/baloan/session-data"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"
import { respondInvalidFields } from "../utils/invalid-fields"
import { resolveBaloan } from "../utils/resolve-baloan"

type SessionBody = {
  provider_id?: unknown
  data?: Record<string, unknown>
}

/**
 * Runs on Medusa's session route before its handler. Medusa writes the
 * request's `data` to the session row and to the workflow's records before
 * the provider sees it, so the shopper's national code and birth date are
 * checked here and replaced by a sealed copy that only the provider opens.
 * Bad input is refused before Medusa touches the cart's existing sessions.
 */
export async function sealBaloanSessionData(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> {
  const body = (req.body ?? {}) as SessionBody
  if (!isBaloanProviderId(body.provider_id)) {
    return next()
  }

  const baloan = resolveBaloan(req.scope)
  const parsed = parseShopperLoanRequest(body.data, {
    repaymentOptions: baloan.getOptions().repaymentOptions,
  })
  if (!parsed.ok) {
    return respondInvalidFields(res, parsed.errors)
  }

  const { nationalCode, birthdate, numberOfRepayments } = parsed.value
  const data = {
    baloan_details: baloan
      .getSealer()
      .seal({ nationalCode, birthdate }, SEALED_DETAILS_TTL_MS),
    number_of_repayments: numberOfRepayments,
    national_code_masked: maskNationalCode(nationalCode),
  }

  // Core handlers read `req.body` on this route; Medusa's validator may
  // already have copied it to `validatedBody`, so both get the sealed data.
  req.body = { ...body, data }
  const validated = (req as { validatedBody?: SessionBody }).validatedBody
  if (validated) {
    ;(req as { validatedBody?: SessionBody }).validatedBody = {
      ...validated,
      data,
    }
  }
  next()
}
