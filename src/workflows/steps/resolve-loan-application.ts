import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveBaloanModule } from "./resolve-baloan"

export type ResolveLoanApplicationInput = {
  loan_id: string
  outcome: "created" | "refused" | "unknown"
  loan_application_ref?: string | null
  payment_session_id?: string | null
}

/**
 * Closes the "creating" ledger entry once the create call's outcome is
 * known: a reference and its session, no application at all, or still
 * unknown (the answer was lost).
 */
export const resolveLoanApplicationStep = createStep(
  "resolve-baloan-loan-application",
  async (input: ResolveLoanApplicationInput, { container }) => {
    const baloan = resolveBaloanModule(container)
    if (input.outcome === "refused") {
      await baloan.deleteBaloanLoans(input.loan_id)
      return new StepResponse(null)
    }
    if (input.outcome === "unknown") {
      return new StepResponse(
        await baloan.recordLoanChange(
          input.loan_id,
          { outcome_unknown: "create" },
          "storefront",
          "The gateway's answer to the create call was lost: check at Baloan whether an application exists for this cart."
        )
      )
    }
    return new StepResponse(
      await baloan.recordLoanChange(
        input.loan_id,
        {
          outcome_unknown: null,
          loan_application_ref: input.loan_application_ref ?? null,
          payment_session_id: input.payment_session_id ?? null,
          gateway_status: null,
        },
        "storefront",
        "Loan application created"
      )
    )
  }
)
