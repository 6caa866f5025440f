import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { cancelLoan } from "../../lib/loan-actions"
import type { LoanEventSource } from "../../modules/baloan/service"
import type { LoanSession } from "../queries/read-loan-context"
import { resolveBaloanModule } from "./resolve-baloan"

export type CancelLoanOutcome = "canceled" | "requested"

/**
 * Cancels a loan at the gateway and records it. When the gateway cannot be
 * reached the loan is marked for cancellation instead, and the poller
 * finishes the job later: a loan marked so is never settled or authorized.
 */
export async function cancelLoanAtGateway(
  container: MedusaContainer,
  input: {
    loan: { id: string; loan_application_ref: string | null }
    session: LoanSession | null
    reason: string
    source: LoanEventSource
  }
): Promise<CancelLoanOutcome> {
  const baloan = resolveBaloanModule(container)
  const { loan, session, reason, source } = input

  if (
    session &&
    ["pending", "pending_authorization"].includes(session.status)
  ) {
    // Close the session first so that nothing authorizes it meanwhile.
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      status: PaymentSessionStatus.CANCELED,
      data: session.data,
    })
  }

  if (!loan.loan_application_ref) {
    return "requested"
  }
  try {
    const status = await cancelLoan(
      baloan.getClient(),
      loan.loan_application_ref
    )
    await baloan.recordLoanChange(
      loan.id,
      {
        gateway_status: status,
        canceled_at: new Date(),
        cancel_requested_at: null,
        cancel_reason: reason,
      },
      source,
      `Loan canceled at the gateway (${reason})`
    )
    return "canceled"
  } catch (error) {
    const current = await baloan.retrieveBaloanLoan(loan.id)
    if (current.cancel_requested_at) {
      // Already marked: count the failure instead of writing the same
      // history entry on every poll until the gateway takes the cancel.
      await baloan.updateBaloanLoans({
        id: loan.id,
        sync_failures: current.sync_failures + 1,
      })
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Baloan: loan ${loan.loan_application_ref} still not canceled at the gateway; the poller retries: ${(error as Error).message}`
        )
      return "requested"
    }
    await baloan.recordLoanChange(
      loan.id,
      { cancel_requested_at: new Date(), cancel_reason: reason },
      source,
      `Cancel (${reason}) not confirmed by the gateway yet: ${(error as Error).message}`
    )
    return "requested"
  }
}
