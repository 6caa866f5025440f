import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toLoanState } from "../../../../../lib/loan-status"
import { findCartBaloanSession } from "../../../../../workflows/queries/find-cart-baloan-session"
import { resolveBaloan } from "../../../../utils/resolve-baloan"
import { presentBaloanSession } from "./present-session"
import type { StoreBaloanSessionParamsType } from "./validators"

/**
 * Where the shopper's loan stands, read live from the gateway so that a
 * storefront waiting for the approval in the Blu app sees it at once. When
 * the gateway cannot be reached, the last known state is answered with
 * `live: false`.
 */
export async function GET(
  req: MedusaRequest<unknown, StoreBaloanSessionParamsType>,
  res: MedusaResponse
) {
  const session = await findCartBaloanSession(req.scope, {
    session_id: req.params.id,
    cart_id: req.validatedQuery.cart_id,
  })

  const ref = session.data.loan_application_ref
  const loan = ref
    ? await resolveBaloan(req.scope)
        .getClient()
        .getLoanApplication(ref)
        .catch(() => null)
    : null

  const data = loan
    ? {
        ...session.data,
        loan_status: loan.loanApplicationStatus,
        loan_state: toLoanState(loan.loanApplicationStatus),
      }
    : session.data
  res.json({
    payment_session: {
      ...presentBaloanSession({ ...session, data }),
      live: Boolean(loan),
    },
  })
}
