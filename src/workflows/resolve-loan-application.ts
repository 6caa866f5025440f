import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  resolveLoanApplicationStep,
  type ResolveLoanApplicationInput,
} from "./steps/resolve-loan-application"

export const resolveLoanApplicationWorkflow = createWorkflow(
  "resolve-baloan-loan-application",
  (input: ResolveLoanApplicationInput) => {
    return new WorkflowResponse(resolveLoanApplicationStep(input))
  }
)
