import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelOrderLoansStep } from "./steps/cancel-order-loans"

export const cancelOrderBaloanLoansWorkflow = createWorkflow(
  "cancel-order-baloan-loans",
  (input: { order_id: string }) => {
    return new WorkflowResponse(cancelOrderLoansStep(input))
  }
)
