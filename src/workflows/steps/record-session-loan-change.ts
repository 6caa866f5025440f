import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoanChange, LoanEventSource } from "../../modules/baloan/service"
import { resolveBaloanModule } from "./resolve-baloan"

export type RecordSessionLoanChangeInput = {
  payment_session_id: string
  change: LoanChange
  source: LoanEventSource
  note?: string
}

/** Records a change on the ledger's loan behind a payment session, if any. */
export const recordSessionLoanChangeStep = createStep(
  "record-baloan-session-loan-change",
  async (input: RecordSessionLoanChangeInput, { container }) => {
    const baloan = resolveBaloanModule(container)
    const [loan] = await baloan.listBaloanLoans({
      payment_session_id: input.payment_session_id,
    })
    if (!loan) {
      return new StepResponse(null)
    }
    return new StepResponse(
      await baloan.recordLoanChange(
        loan.id,
        input.change,
        input.source,
        input.note
      )
    )
  }
)
