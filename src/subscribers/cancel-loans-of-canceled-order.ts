import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderBaloanLoansWorkflow } from "../workflows/cancel-order-baloan-loans"

export default async function cancelLoansOfCanceledOrder({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await cancelOrderBaloanLoansWorkflow(container).run({
      input: { order_id: event.data.id },
    })
    for (const { ref, outcome } of result) {
      logger.info(
        outcome === "canceled"
          ? `Baloan: order ${event.data.id} canceled; loan ${ref} canceled at the gateway`
          : `Baloan: order ${event.data.id} canceled; loan ${ref} marked for cancellation until the gateway confirms it`
      )
    }
  } catch (error) {
    logger.error(
      `Baloan: order ${event.data.id} was canceled but its loan could not be canceled at the gateway: ${(error as Error).message}`
    )
  }
}

export const config: SubscriberConfig = {
  event: "order.canceled",
}
