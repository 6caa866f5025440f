import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"

type CaptureBody = { amount?: unknown }

/**
 * Medusa passes no amount to a provider's capture, so a partial capture
 * would settle the whole loan while the order records a part of it. The
 * gateway settles whole loans only: refuse any amount below the payment's.
 */
export async function refusePartialBaloanCapture(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> {
  const amount = (req.body as CaptureBody | undefined)?.amount
  // Anything but a number is left to the core validator to refuse.
  if (typeof amount !== "number") {
    return next()
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "provider_id", "amount"],
    filters: { id: req.params.id },
  })
  const payment = payments[0]
  if (!payment || !isBaloanProviderId(payment.provider_id)) {
    return next()
  }

  if (MathBN.lt(MathBN.convert(amount), payment.amount)) {
    return next(
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Baloan settles whole loans only: capture the payment's full amount (leave the amount out), or cancel the order to cancel the loan."
      )
    )
  }
  next()
}
