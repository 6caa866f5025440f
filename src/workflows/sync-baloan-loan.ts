import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loanLockKey } from "./steps/loan-lock"
import type { LoanEventSource } from "../modules/baloan/service"
import { syncLoanStep } from "./steps/sync-loan"

export type SyncBaloanLoanInput = {
  loan_id: string
  source: LoanEventSource
}

/**
 * One loan's sync, under a lock on the loan so that the poller and an
 * admin's refresh never apply the same change twice.
 */
export const syncBaloanLoanWorkflow = createWorkflow(
  "sync-baloan-loan",
  (input: SyncBaloanLoanInput) => {
    const key = transform({ input }, ({ input }) => loanLockKey(input.loan_id))
    acquireLockStep({ key, timeout: 10, ttl: 120 })
    const result = syncLoanStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(result)
  }
)
