import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveBaloan } from "../../../utils/resolve-baloan"

export const BALOAN_CURRENCIES = ["irr", "irt"]

/** What the storefront needs to offer the loan: nothing secret. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { repaymentOptions, minLoanAmount, maxLoanAmount } = resolveBaloan(
    req.scope
  ).getOptions()

  res.json({
    currencies: BALOAN_CURRENCIES,
    repayment_options: repaymentOptions,
    min_loan_amount: minLoanAmount,
    max_loan_amount: maxLoanAmount,
    amount_unit: "rial",
  })
}
