import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"
import type { BaloanSessionData } from "../../providers/baloan/session-data"

export type AwaitingBaloanSession = {
  id: string
  amount: number
  data: BaloanSessionData
  order_id: string | null
  order_status: string | null
}

/**
 * The Baloan sessions whose loan was sent to the customer for approval and
 * that are not authorized yet: the only ones the gateway can still move
 * forward without the store asking.
 */
export async function listAwaitingBaloanSessions(
  container: MedusaContainer
): Promise<AwaitingBaloanSession[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: [
      "id",
      "amount",
      "data",
      "provider_id",
      "payment_collection.order.id",
      "payment_collection.order.status",
    ],
    filters: {
      status: [
        PaymentSessionStatus.PENDING,
        PaymentSessionStatus.PENDING_AUTHORIZATION,
      ],
    },
  })

  return sessions
    .filter((session) => isBaloanProviderId(session.provider_id))
    .map((session) => {
      const order = (
        session.payment_collection as {
          order?: { id: string; status: string } | null
        } | null
      )?.order
      return {
        id: session.id,
        amount: Number(session.amount),
        data: (session.data ?? {}) as BaloanSessionData,
        order_id: order?.id ?? null,
        order_status: order?.status ?? null,
      }
    })
    .filter(
      (session) =>
        session.data.loan_application_ref &&
        session.data.approval_requested_at &&
        !session.data.canceled_at
    )
}
