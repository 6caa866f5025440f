import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveBaloan } from "../../../utils/resolve-baloan"
import { countLoansByState } from "../helpers/count-loans-by-state"
import { presentLoan } from "../helpers/present-loan"
import { queryLoanPage } from "../helpers/query-loans"
import type { AdminBaloanLoansResponse } from "../types"
import type { AdminBaloanLoansParamsType } from "./validators"

/**
 * Every loan the store made, newest first, from the ledger alone: reading
 * each at the gateway would cost a call per row, and the poller keeps the
 * ledger current. Counts per state come with the page.
 */
export async function GET(
  req: MedusaRequest<unknown, AdminBaloanLoansParamsType>,
  res: MedusaResponse<AdminBaloanLoansResponse>
) {
  const { state, q, limit, offset } = req.validatedQuery

  const [page, counts] = await Promise.all([
    queryLoanPage(req.scope, { state, q }, { limit, offset }),
    countLoansByState(resolveBaloan(req.scope), { q }),
  ])

  res.json({
    loans: page.loans.map((loan) => presentLoan(loan)),
    count: page.count,
    offset,
    limit,
    counts,
  })
}
