import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordSettlementWorkflow } from "../workflows/record-settlement"

export default async function recordCapturedSettlement({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  try {
    await recordSettlementWorkflow(container).run({
      input: { payment_id: event.data.id },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Baloan: could not record the settlement of payment ${event.data.id}: ${(error as Error).message}`
      )
  }
}

export const config: SubscriberConfig = { event: "payment.captured" }
