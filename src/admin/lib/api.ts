import type {
  AdminBaloanLoanResponse,
  AdminBaloanLoansResponse,
  AdminBaloanLoanState,
  AdminBaloanOrderLoansResponse,
} from "../../api/admin/baloan/types"
import { sdk } from "./sdk"

export type LoansQuery = {
  state?: AdminBaloanLoanState
  q?: string
  limit: number
  offset: number
}

/** The plugin's admin routes; the browser never talks to the gateway. */
export const baloanApi = {
  orderLoans: (orderId: string) =>
    sdk.client.fetch<AdminBaloanOrderLoansResponse>(
      `/admin/baloan/orders/${encodeURIComponent(orderId)}/loans`
    ),
  loans: ({ state, q, limit, offset }: LoansQuery) =>
    sdk.client.fetch<AdminBaloanLoansResponse>("/admin/baloan/loans", {
      query: {
        limit,
        offset,
        ...(state ? { state } : {}),
        ...(q ? { q } : {}),
      },
    }),
  sync: (loanId: string) =>
    sdk.client.fetch<AdminBaloanLoanResponse>(
      `/admin/baloan/loans/${encodeURIComponent(loanId)}/sync`,
      { method: "POST", body: {} }
    ),
  retryCancel: (loanId: string) =>
    sdk.client.fetch<AdminBaloanLoanResponse>(
      `/admin/baloan/loans/${encodeURIComponent(loanId)}/cancel`,
      { method: "POST", body: {} }
    ),
}
