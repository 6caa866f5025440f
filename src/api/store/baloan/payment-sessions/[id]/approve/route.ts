import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLoanApprovalWorkflow } from "../../../../../../workflows/request-loan-approval"
import { presentBaloanSession } from "../present-session"
import type { StoreApproveBaloanSessionType } from "../validators"

/** Sends the loan to the shopper's Blu app before the order is placed. */
export async function POST(
  req: MedusaRequest<StoreApproveBaloanSessionType>,
  res: MedusaResponse
) {
  const { result } = await requestLoanApprovalWorkflow(req.scope).run({
    input: { session_id: req.params.id, cart_id: req.validatedBody.cart_id },
  })
  res.json({
    payment_session: presentBaloanSession({
      id: result.id,
      status: result.status,
      data: result.data ?? {},
    }),
  })
}
