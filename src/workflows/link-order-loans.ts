import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { linkOrderLoansStep } from "./steps/link-order-loans"

export const linkOrderLoansWorkflow = createWorkflow(
  "link-baloan-loans-to-order",
  (input: { order_id: string }) => {
    return new WorkflowResponse(linkOrderLoansStep(input))
  }
)
