import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveBaloanModule } from "./resolve-baloan"

export type CreateLedgerLoanInput = {
  cart_id: string | null
  amount_rials: number
  currency_code: string
  number_of_repayments: number
  national_code_masked: string
}

/**
 * Writes the ledger entry before the gateway is asked, marked as an
 * unknown create: if the process dies before the answer is recorded, the
 * entry still tells the admin that an application may exist.
 */
export const createLedgerLoanStep = createStep(
  "create-baloan-ledger-loan",
  async (input: CreateLedgerLoanInput, { container }) => {
    const loan = await resolveBaloanModule(container).createBaloanLoans({
      ...input,
      outcome_unknown: "create",
    })
    return new StepResponse(loan, loan.id)
  },
  async (loanId, { container }) => {
    if (loanId) {
      await resolveBaloanModule(container).deleteBaloanLoans(loanId)
    }
  }
)
