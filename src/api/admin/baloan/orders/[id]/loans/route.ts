import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveBaloan } from "../../../../../utils/resolve-baloan"
import { presentLoan } from "../../../helpers/present-loan"
import { queryOrderLoans } from "../../../helpers/query-loans"
import { readLiveRecord } from "../../../helpers/read-live-record"
import type { AdminBaloanOrderLoansResponse } from "../../../types"

/**
 * The loans behind an order, each read live from the gateway and merged
 * with the ledger and its history. When the gateway does not answer in
 * time, the ledger's last known record is answered with the time it was
 * read (`gateway.as_of`). An order not paid with Baloan has no loans.
 */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<AdminBaloanOrderLoansResponse>
) {
  const orderId = req.params.id
  const loans = await queryOrderLoans(req.scope, orderId)

  const client = resolveBaloan(req.scope).getClient()
  const live = await Promise.all(
    loans.map((loan) => readLiveRecord(client, loan.loan_application_ref))
  )

  res.json({
    order_id: orderId,
    loans: loans.map((loan, index) => presentLoan(loan, live[index])),
  })
}
