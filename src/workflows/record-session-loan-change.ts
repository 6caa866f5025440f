import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  recordSessionLoanChangeStep,
  type RecordSessionLoanChangeInput,
} from "./steps/record-session-loan-change"

export const recordSessionLoanChangeWorkflow = createWorkflow(
  "record-baloan-session-loan-change",
  (input: RecordSessionLoanChangeInput) => {
    return new WorkflowResponse(recordSessionLoanChangeStep(input))
  }
)
