import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { syncBaloanLoanWorkflow } from "../../../../../../workflows"
import { resolveBaloan } from "../../../../../utils/resolve-baloan"
import { presentAfterSync } from "../../../helpers/present-after-sync"
import { queryLoan } from "../../../helpers/query-loans"
import type { AdminBaloanLoanResponse } from "../../../types"
import type { AdminSyncBaloanLoanType } from "../validators"

/**
 * Refresh now: reads the loan at the gateway, records what changed and
 * acts on it exactly as the poller would, then answers the loan.
 */
export async function POST(
  req: MedusaRequest<AdminSyncBaloanLoanType>,
  res: MedusaResponse<AdminBaloanLoanResponse>
) {
  const before = await queryLoan(req.scope, req.params.id)

  await syncBaloanLoanWorkflow(req.scope).run({
    input: { loan_id: before.id, source: "admin" },
  })

  const after = await queryLoan(req.scope, before.id)
  const client = resolveBaloan(req.scope).getClient()
  res.json({ loan: await presentAfterSync(client, before, after) })
}
