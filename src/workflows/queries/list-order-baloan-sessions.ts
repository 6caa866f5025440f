import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"
import type { BaloanSessionData } from "../../providers/baloan/session-data"

export type OrderBaloanSession = {
  id: string
  status: string
  amount: number
  currency_code: string
  data: BaloanSessionData
}

/** Every Baloan payment session of the order's payment collections. */
export async function listOrderBaloanSessions(
  container: MedusaContainer,
  orderId: string
): Promise<OrderBaloanSession[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payment_sessions.*"],
    filters: { id: orderId },
  })

  const collections = (orders[0]?.payment_collections ?? []) as Array<{
    payment_sessions?: Array<Record<string, unknown> | null>
  } | null>
  return collections
    .flatMap((collection) => collection?.payment_sessions ?? [])
    .filter((session) => session && isBaloanProviderId(session.provider_id))
    .map((session) => ({
      id: session!.id as string,
      status: session!.status as string,
      amount: Number(session!.amount),
      currency_code: session!.currency_code as string,
      data: (session!.data ?? {}) as BaloanSessionData,
    }))
}
