import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoanChange, LoanEventSource } from "../../modules/baloan/service"
import { resolveBaloanModule } from "./resolve-baloan"

export type RecordLoanChangeInput = {
  loan_id: string
  change: LoanChange
  source: LoanEventSource
  note?: string
}

export const recordLoanChangeStep = createStep(
  "record-baloan-loan-change",
  async (input: RecordLoanChangeInput, { container }) => {
    const recorded = await resolveBaloanModule(container).recordLoanChange(
      input.loan_id,
      input.change,
      input.source,
      input.note
    )
    return new StepResponse(recorded)
  }
)
