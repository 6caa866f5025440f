import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordSettlementStep } from "./steps/record-settlement"

export const recordSettlementWorkflow = createWorkflow(
  "record-baloan-settlement",
  (input: { payment_id: string }) => {
    return new WorkflowResponse(recordSettlementStep(input))
  }
)
