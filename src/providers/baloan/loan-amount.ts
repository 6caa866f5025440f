import { MedusaError } from "@medusajs/framework/utils"
import { BALOAN_ERROR_CODES, bilingual } from "../../lib/gateway-errors"
import { IranInputError, toRials } from "../../lib/iran"

/**
 * The loan amount the gateway is asked for: the cart's total in whole
 * rials (IRR as is, IRT ×10), within the shop's limits. Refusals say so in
 * English and Persian, and mark the create as never made.
 */
export function toLoanAmount(
  amount: unknown,
  currencyCode: string,
  limits: { minLoanAmount: number; maxLoanAmount: number }
): number {
  let rials: number
  try {
    rials = toRials(Number(amount), currencyCode)
  } catch (error) {
    if (error instanceof IranInputError) {
      const code = currencyCode.toUpperCase()
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        bilingual({
          en: `Baloan loans are paid in Iranian rials (IRR) or tomans (IRT), not ${code}`,
          fa: `وام بالون فقط برای سبد خرید به ریال (IRR) یا تومان (IRT) است، نه ${code}`,
        }),
        BALOAN_ERROR_CODES.CREATE_NOT_MADE
      )
    }
    throw error
  }

  const { minLoanAmount, maxLoanAmount } = limits
  if (rials < minLoanAmount || rials > maxLoanAmount) {
    const en = new Intl.NumberFormat("en-US")
    const fa = new Intl.NumberFormat("fa-IR")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      bilingual({
        en: `A Baloan loan must be between ${en.format(minLoanAmount)} and ${en.format(maxLoanAmount)} rials`,
        fa: `مبلغ وام بالون باید بین ${fa.format(minLoanAmount)} و ${fa.format(maxLoanAmount)} ریال باشد`,
      }),
      BALOAN_ERROR_CODES.CREATE_NOT_MADE
    )
  }
  return rials
}
