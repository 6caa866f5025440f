import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"
import { resolveBaloanModule } from "./resolve-baloan"

/** A captured Baloan payment is a confirmed settlement: note it in the ledger. */
export const recordSettlementStep = createStep(
  "record-baloan-settlement",
  async (input: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: ["id", "provider_id", "data", "payment_session_id"],
      filters: { id: input.payment_id },
    })
    const payment = data[0]
    if (!payment || !isBaloanProviderId(payment.provider_id)) {
      return new StepResponse(null)
    }
    const baloan = resolveBaloanModule(container)
    const [loan] = await baloan.listBaloanLoans({
      payment_session_id: payment.payment_session_id as string,
    })
    const settledAt = (payment.data as { settled_at?: string } | null)
      ?.settled_at
    if (!loan || loan.settled_at || !settledAt) {
      return new StepResponse(null)
    }
    return new StepResponse(
      await baloan.recordLoanChange(
        loan.id,
        { settled_at: new Date(settledAt), outcome_unknown: null },
        "provider",
        "Settlement confirmed at the gateway"
      )
    )
  }
)
