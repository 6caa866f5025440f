import type { MedusaResponse } from "@medusajs/framework/http"
import type { ShopperFieldError } from "../../lib/shopper-details"

/**
 * Answers 400 with one error per field, in English and Persian, in the
 * shape of Medusa's own validation errors plus the per-field list.
 */
export function respondInvalidFields(
  res: MedusaResponse,
  errors: ShopperFieldError[]
): void {
  res.status(400).json({
    type: "invalid_data",
    message: errors.map((error) => error.message).join(" "),
    message_fa: errors.map((error) => error.message_fa).join(" "),
    errors,
  })
}
