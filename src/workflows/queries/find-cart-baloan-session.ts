import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"
import type { BaloanSessionData } from "../../providers/baloan/session-data"

export type CartBaloanSession = {
  id: string
  status: string
  amount: number
  currency_code: string
  data: BaloanSessionData
}

/**
 * The Baloan session `session_id`, only if it belongs to the cart
 * `cart_id`: a session id alone is not proof of who is asking.
 */
export async function findCartBaloanSession(
  container: MedusaContainer,
  input: { session_id: string; cart_id: string }
): Promise<CartBaloanSession> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "payment_collection.payment_sessions.*"],
    filters: { id: input.cart_id },
  })
  const sessions = (carts[0]?.payment_collection?.payment_sessions ??
    []) as Array<Record<string, unknown> | null>
  const session = sessions.find(
    (candidate) =>
      candidate?.id === input.session_id &&
      isBaloanProviderId(candidate.provider_id)
  )
  if (!session) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No Baloan payment session with this id belongs to this cart."
    )
  }
  return {
    id: session.id as string,
    status: session.status as string,
    amount: Number(session.amount),
    currency_code: session.currency_code as string,
    data: (session.data ?? {}) as BaloanSessionData,
  }
}
