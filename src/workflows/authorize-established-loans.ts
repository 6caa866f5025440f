import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  PaymentActions,
} from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { toLoanState } from "../lib/loan-status"
import { BALOAN_MODULE, type BaloanModuleService } from "../modules/baloan"
import {
  listAwaitingBaloanSessions,
  type AwaitingBaloanSession,
} from "./queries/list-awaiting-baloan-sessions"

export type AuthorizeEstablishedLoansResult = {
  checked: number
  authorized: number
  failed: number
}

/**
 * The gateway sends no webhooks: for every session whose loan went to the
 * customer, read the loan and, once it is ESTABLISHED, authorize the
 * payment the way Medusa does for a webhook. A session whose order was
 * canceled is never authorized.
 */
export async function authorizeEstablishedLoans(
  container: MedusaContainer
): Promise<AuthorizeEstablishedLoansResult> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const client = container
    .resolve<BaloanModuleService>(BALOAN_MODULE)
    .getClient()

  const sessions = (await listAwaitingBaloanSessions(container)).filter(
    (session) => session.order_status !== "canceled"
  )
  const result = { checked: sessions.length, authorized: 0, failed: 0 }

  for (const session of sessions) {
    const ref = session.data.loan_application_ref as string
    try {
      const loan = await client.getLoanApplication(ref)
      if (toLoanState(loan.loanApplicationStatus) !== "established") {
        continue
      }
      await authorize(container, session)
      result.authorized++
      logger.info(
        `Baloan: loan ${ref} is established; payment session ${session.id} authorized`
      )
    } catch (error) {
      result.failed++
      logger.warn(
        `Baloan: could not sync loan ${ref} of payment session ${session.id}: ${(error as Error).message}`
      )
    }
  }
  return result
}

async function authorize(
  container: MedusaContainer,
  session: AwaitingBaloanSession
): Promise<void> {
  await processPaymentWorkflow(container).run({
    input: {
      action: PaymentActions.AUTHORIZED,
      data: { session_id: session.id, amount: session.amount },
    },
  })
}
