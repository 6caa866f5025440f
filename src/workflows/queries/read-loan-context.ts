import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BaloanSessionData } from "../../providers/baloan/session-data"

export type LoanSession = {
  id: string
  status: string
  amount: number
  currency_code: string
  data: BaloanSessionData
}

export type LoanOrder = {
  id: string
  status: string
  fulfilled: boolean
}

type OrderRow = {
  id: string
  status: string
  fulfillments?: Array<{ canceled_at: string | null } | null> | null
} | null

/**
 * The store's side of one loan: its payment session (gone when Medusa
 * deleted it) and the order it paid for, found through the session's
 * payment collection or, once the session is gone, the ledger's link.
 */
export async function readLoanStoreSide(
  container: MedusaContainer,
  loan: { id: string; payment_session_id: string | null }
): Promise<{ session: LoanSession | null; order: LoanOrder | null }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderFields = ["id", "status", "fulfillments.canceled_at"]

  let session: LoanSession | null = null
  let order: OrderRow = null
  if (loan.payment_session_id) {
    const { data } = await query.graph({
      entity: "payment_session",
      fields: [
        "id",
        "status",
        "amount",
        "currency_code",
        "data",
        ...orderFields.map((field) => `payment_collection.order.${field}`),
      ],
      filters: { id: loan.payment_session_id },
    })
    const row = data[0]
    if (row) {
      session = {
        id: row.id,
        status: row.status,
        amount: Number(row.amount),
        currency_code: row.currency_code,
        data: (row.data ?? {}) as BaloanSessionData,
      }
      order =
        (row.payment_collection as { order?: OrderRow } | null)?.order ?? null
    }
  }

  if (!order) {
    const { data } = await query.graph({
      entity: "baloan_loan",
      fields: orderFields.map((field) => `order.${field}`),
      filters: { id: loan.id },
    })
    order = (data[0] as { order?: OrderRow } | undefined)?.order ?? null
  }

  return {
    session,
    order: order
      ? {
          id: order.id,
          status: order.status,
          fulfilled: (order.fulfillments ?? []).some(
            (fulfillment) => fulfillment && !fulfillment.canceled_at
          ),
        }
      : null,
  }
}
