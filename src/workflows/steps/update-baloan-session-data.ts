import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { PaymentSessionStatus } from "@medusajs/framework/utils"
import type { BaloanSessionData } from "../../providers/baloan/session-data"

export type UpdateBaloanSessionDataInput = {
  id: string
  amount: number
  currency_code: string
  data: BaloanSessionData
  changes: Partial<BaloanSessionData>
  status?: PaymentSessionStatus
}

/**
 * Records what the plugin learned about a loan on its payment session.
 * Medusa passes the update through the provider's updatePayment, which
 * accepts it without a gateway call because the amount is unchanged.
 */
export const updateBaloanSessionDataStep = createStep(
  "update-baloan-session-data",
  async (input: UpdateBaloanSessionDataInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const updated = await payment.updatePaymentSession({
      id: input.id,
      amount: input.amount,
      currency_code: input.currency_code,
      data: { ...input.data, ...input.changes },
      ...(input.status ? { status: input.status } : {}),
    })
    return new StepResponse(updated, {
      id: input.id,
      amount: input.amount,
      currency_code: input.currency_code,
      data: input.data,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(Modules.PAYMENT).updatePaymentSession(previous)
  }
)
