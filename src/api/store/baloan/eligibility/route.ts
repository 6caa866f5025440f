import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toMedusaError } from "../../../../lib/gateway-errors"
import { parseShopperDetails } from "../../../../lib/shopper-details"
import { respondInvalidFields } from "../../../utils/invalid-fields"
import { resolveBaloan } from "../../../utils/resolve-baloan"

/**
 * Whether the shopper has the Blu Bank account a Baloan loan needs. The
 * answer says something about a person, so the route is rate-limited per
 * client (see middlewares.ts) and echoes nothing of the input.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const parsed = parseShopperDetails(req.body)
  if (!parsed.ok) {
    return respondInvalidFields(res, parsed.errors)
  }

  try {
    const { hasBluAccount } = await resolveBaloan(req.scope)
      .getClient()
      .hasAccount(parsed.value)
    res.json({ has_blu_account: hasBluAccount })
  } catch (error) {
    throw toMedusaError(error, "check account")
  }
}
