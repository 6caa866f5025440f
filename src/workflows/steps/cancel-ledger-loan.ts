import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { LoanEventSource } from "../../modules/baloan/service"
import { readLoanStoreSide } from "../queries/read-loan-context"
import { cancelLoanAtGateway } from "./cancel-loan-at-gateway"
import { resolveBaloanModule } from "./resolve-baloan"

export type CancelLedgerLoanInput = {
  loan_id: string
  source: LoanEventSource
  reason: string
}

/** Cancels one ledger loan at the gateway, or marks it for cancellation. */
export const cancelLedgerLoanStep = createStep(
  "cancel-baloan-ledger-loan",
  async (input: CancelLedgerLoanInput, { container }) => {
    const loan = await resolveBaloanModule(container).retrieveBaloanLoan(
      input.loan_id
    )
    if (loan.settled_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Loan ${loan.loan_application_ref} is settled; Baloan cannot cancel it any more. Arrange a refund with Baloan.`
      )
    }
    if (loan.canceled_at) {
      return new StepResponse("canceled" as const)
    }
    const { session } = await readLoanStoreSide(container, loan)
    return new StepResponse(
      await cancelLoanAtGateway(container, {
        loan,
        session,
        reason: input.reason,
        source: input.source,
      })
    )
  }
)
