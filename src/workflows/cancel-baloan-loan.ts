import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loanLockKey } from "./steps/loan-lock"
import {
  cancelLedgerLoanStep,
  type CancelLedgerLoanInput,
} from "./steps/cancel-ledger-loan"

/**
 * Cancels one loan (an admin's retry of a cancellation the gateway has not
 * confirmed, for instance), under the same lock as the loan's sync.
 */
export const cancelBaloanLoanWorkflow = createWorkflow(
  "cancel-baloan-loan",
  (input: CancelLedgerLoanInput) => {
    const key = transform({ input }, ({ input }) => loanLockKey(input.loan_id))
    acquireLockStep({ key, timeout: 10, ttl: 120 })
    const outcome = cancelLedgerLoanStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(outcome)
  }
)
