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
    if (result.length) {
      logger.info(
        `Baloan: order ${event.data.id} canceled; loan(s) ${result.join(", ")} canceled at the gateway`
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
