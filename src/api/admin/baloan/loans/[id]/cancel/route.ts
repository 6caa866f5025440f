import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cancelBaloanLoanWorkflow } from "../../../../../../workflows"
import { resolveBaloan } from "../../../../../utils/resolve-baloan"
import { presentAfterSync } from "../../../helpers/present-after-sync"
import { queryLoan } from "../../../helpers/query-loans"
import type { AdminBaloanLoanResponse } from "../../../types"
import type { AdminRetryBaloanLoanCancelType } from "../validators"

/**
 * Retries a cancellation the gateway has not confirmed yet (it was down
 * when the order was canceled). Only such a loan can be canceled here: any
 * other cancellation goes through the order, so that the order and its
 * loan never disagree.
 */
export async function POST(
  req: MedusaRequest<AdminRetryBaloanLoanCancelType>,
  res: MedusaResponse<AdminBaloanLoanResponse>
) {
  const before = await queryLoan(req.scope, req.params.id)
  if (!before.cancel_requested_at || before.canceled_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This loan has no cancellation waiting for Baloan's confirmation; cancel the order to cancel its loan."
    )
  }

  await cancelBaloanLoanWorkflow(req.scope).run({
    input: {
      loan_id: before.id,
      source: "admin",
      reason: before.cancel_reason ?? "admin_retry",
    },
  })

  const after = await queryLoan(req.scope, before.id)
  const client = resolveBaloan(req.scope).getClient()
  res.json({ loan: await presentAfterSync(client, before, after) })
}
