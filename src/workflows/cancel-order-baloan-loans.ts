import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelAwaitingBaloanLoansStep } from "./steps/cancel-awaiting-baloan-loans"

export const cancelOrderBaloanLoansWorkflow = createWorkflow(
  "cancel-order-baloan-loans",
  (input: { order_id: string }) => {
    return new WorkflowResponse(cancelAwaitingBaloanLoansStep(input))
  }
)
