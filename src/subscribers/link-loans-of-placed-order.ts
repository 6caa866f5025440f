import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkOrderLoansWorkflow } from "../workflows/link-order-loans"

export default async function linkLoansOfPlacedOrder({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  try {
    await linkOrderLoansWorkflow(container).run({
      input: { order_id: event.data.id },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Baloan: could not link the loans of order ${event.data.id}: ${(error as Error).message}`
      )
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
