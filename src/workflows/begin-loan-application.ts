import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createLedgerLoanStep,
  type CreateLedgerLoanInput,
} from "./steps/create-ledger-loan"

export const beginLoanApplicationWorkflow = createWorkflow(
  "begin-baloan-loan-application",
  (input: CreateLedgerLoanInput) => {
    return new WorkflowResponse(createLedgerLoanStep(input))
  }
)
