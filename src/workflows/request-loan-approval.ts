import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findCartBaloanSessionStep } from "./steps/find-cart-baloan-session"
import { requestLoanApprovalStep } from "./steps/request-loan-approval"
import { recordSessionLoanChangeStep } from "./steps/record-session-loan-change"
import { updateBaloanSessionDataStep } from "./steps/update-baloan-session-data"

export type RequestLoanApprovalInput = {
  session_id: string
  cart_id: string
}

/** Approval first: the shopper confirms in the Blu app before ordering. */
export const requestLoanApprovalWorkflow = createWorkflow(
  "request-baloan-loan-approval",
  (input: RequestLoanApprovalInput) => {
    const session = findCartBaloanSessionStep(input)
    const changes = requestLoanApprovalStep({ data: session.data })

    const update = transform({ session, changes }, ({ session, changes }) => ({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: session.data,
      changes,
    }))
    const updated = updateBaloanSessionDataStep(update)

    const ledgerChange = transform(
      { session, changes },
      ({ session, changes }) => ({
        payment_session_id: session.id,
        change: {
          gateway_status: changes.loan_status ?? undefined,
          approval_request_id: changes.approval_request_id ?? undefined,
          approval_requested_at: changes.approval_requested_at
            ? new Date(changes.approval_requested_at)
            : undefined,
        },
        source: "storefront" as const,
      })
    )
    recordSessionLoanChangeStep(ledgerChange)

    return new WorkflowResponse(updated)
  }
)
