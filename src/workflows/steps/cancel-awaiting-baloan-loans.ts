import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { toLoanState } from "../../lib/loan-status"
import { cancelLoan } from "../../lib/loan-actions"
import { BALOAN_MODULE, type BaloanModuleService } from "../../modules/baloan"
import { listOrderBaloanSessions } from "../queries/list-order-baloan-sessions"

/**
 * Medusa cancels an order's authorized payments through the provider, but
 * never calls the provider for a payment still waiting for authorization:
 * those loans are canceled here, and their sessions marked canceled so
 * that the poller never authorizes them.
 */
export const cancelAwaitingBaloanLoansStep = createStep(
  "cancel-awaiting-baloan-loans",
  async (input: { order_id: string }, { container }) => {
    const client = container
      .resolve<BaloanModuleService>(BALOAN_MODULE)
      .getClient()
    const payment = container.resolve(Modules.PAYMENT)

    const sessions = (
      await listOrderBaloanSessions(container, input.order_id)
    ).filter(
      (session) =>
        session.data.loan_application_ref &&
        !session.data.canceled_at &&
        !session.data.settled_at &&
        (session.status === PaymentSessionStatus.PENDING_AUTHORIZATION ||
          session.status === PaymentSessionStatus.PENDING)
    )

    const canceled: string[] = []
    for (const session of sessions) {
      const ref = session.data.loan_application_ref as string
      const status = await cancelLoan(client, ref)
      await payment.updatePaymentSession({
        id: session.id,
        amount: session.amount,
        currency_code: session.currency_code,
        status: PaymentSessionStatus.CANCELED,
        data: {
          ...session.data,
          loan_status: status,
          loan_state: toLoanState(status),
          canceled_at: new Date().toISOString(),
        },
      })
      canceled.push(ref)
    }
    return new StepResponse(canceled)
  }
)
