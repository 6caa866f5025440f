import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listOrderLedgerLoans } from "../queries/list-order-ledger-loans"
import { cancelLoanAtGateway } from "./cancel-loan-at-gateway"
import { withLoanLock } from "./loan-lock"

/**
 * An order canceled in the store cancels its loans at the gateway. Medusa
 * cancels authorized payments through the provider, but never calls it for
 * a payment still waiting for authorization; either way the ledger learns
 * it here. When the gateway is down the loan is marked for cancellation
 * and the poller finishes the job: the order's cancel never fails for it.
 */
export const cancelOrderLoansStep = createStep(
  "cancel-baloan-loans-of-order",
  async (input: { order_id: string }, { container }) => {
    const open = (await listOrderLedgerLoans(container, input.order_id)).filter(
      ({ loan }) => !loan.settled_at && !loan.canceled_at
    )

    const outcomes: Array<{ ref: string | null; outcome: string }> = []
    for (const { loan, session } of open) {
      const outcome = await withLoanLock(container, loan.id, () =>
        cancelLoanAtGateway(container, {
          loan,
          session,
          reason: "order_canceled",
          source: "subscriber",
        })
      )
      outcomes.push({ ref: loan.loan_application_ref, outcome })
    }
    return new StepResponse(outcomes)
  }
)
