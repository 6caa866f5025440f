import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentActions,
} from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  processPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DaloanLoanApplication } from "../../lib/daloan"
import { decideLoanActions, type LoanAction } from "../../lib/loan-sync"
import { toLoanState, type LoanState } from "../../lib/loan-status"
import type { LoanEventSource } from "../../modules/baloan/service"
import {
  readLoanStoreSide,
  type LoanOrder,
  type LoanSession,
} from "../queries/read-loan-context"
import { cancelLoanAtGateway } from "./cancel-loan-at-gateway"
import { resolveBaloanModule } from "./resolve-baloan"

export const LOAN_EVENTS = {
  STATUS_CHANGED: "baloan.loan.status_changed",
  REFUSED: "baloan.loan.refused",
  EXPIRED: "baloan.loan.expired",
  CANCELED_BY_BANK: "baloan.loan.canceled_by_bank",
} as const

export type SyncLoanResult = {
  loan_id: string
  read: boolean
  status_changed: boolean
  actions: LoanAction["type"][]
  rate_limited?: boolean
}

/**
 * Reads one loan at the gateway, records what changed, and carries the
 * change across to the store (and the store's changes back to the loan).
 */
export const syncLoanStep = createStep(
  "sync-baloan-loan",
  async (
    input: { loan_id: string; source: LoanEventSource },
    { container }
  ) => {
    return new StepResponse(await syncLoan(container, input))
  }
)

async function syncLoan(
  container: MedusaContainer,
  { loan_id, source }: { loan_id: string; source: LoanEventSource }
): Promise<SyncLoanResult> {
  const baloan = resolveBaloanModule(container)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const loan = await baloan.retrieveBaloanLoan(loan_id)
  const ref = loan.loan_application_ref
  const result: SyncLoanResult = {
    loan_id,
    read: false,
    status_changed: false,
    actions: [],
  }
  if (!ref || loan.settled_at || loan.canceled_at) {
    return result
  }

  let record: DaloanLoanApplication
  try {
    record = await baloan.getClient().getLoanApplication(ref)
  } catch (error) {
    await baloan.updateBaloanLoans({
      id: loan_id,
      sync_failures: loan.sync_failures + 1,
    })
    logger.warn(
      `Baloan: could not read loan ${ref}: ${(error as Error).message}`
    )
    return {
      ...result,
      rate_limited: (error as { type?: string }).type === "rate_limited",
    }
  }

  const { session, order } = await readLoanStoreSide(container, loan)
  const approvalRequestId = session?.data.approval_request_id
  const recorded = await baloan.recordLoanChange(
    loan_id,
    {
      gateway_status: record.loanApplicationStatus,
      gateway_record: { ...record },
      last_synced_at: new Date(),
      sync_failures: 0,
      ...(approvalRequestId && !loan.approval_request_id
        ? {
            approval_request_id: approvalRequestId,
            approval_requested_at: session?.data.approval_requested_at
              ? new Date(session.data.approval_requested_at)
              : new Date(),
          }
        : {}),
    },
    source
  )
  if (recorded.status_changed) {
    await emitStatusEvents(container, loan_id, ref, recorded)
  }

  const actions = decideLoanActions({
    ledger: {
      state: loan.state as LoanState,
      settled: false,
      canceled: false,
      cancelRequested: !!loan.cancel_requested_at,
      cancelReason: loan.cancel_reason,
      createdAt: new Date(loan.created_at),
    },
    gatewayState: toLoanState(record.loanApplicationStatus),
    session,
    order,
    now: new Date(),
    pendingApprovalTtlHours: baloan.getOptions().pendingApprovalTtlHours,
  })

  for (const action of actions) {
    await applyAction(container, { loan, session, order, action, source })
  }
  return {
    ...result,
    read: true,
    status_changed: recorded.status_changed,
    actions: actions.map((action) => action.type),
  }
}

async function applyAction(
  container: MedusaContainer,
  input: {
    loan: { id: string; loan_application_ref: string | null }
    session: LoanSession | null
    order: LoanOrder | null
    action: LoanAction
    source: LoanEventSource
  }
): Promise<void> {
  const { loan, session, order, action, source } = input
  const baloan = resolveBaloanModule(container)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)

  switch (action.type) {
    case "authorize":
      await processPaymentWorkflow(container).run({
        input: {
          action: PaymentActions.AUTHORIZED,
          data: { session_id: session!.id, amount: session!.amount },
        },
      })
      await baloan.recordLoanChange(
        loan.id,
        {},
        source,
        "Loan established: payment authorized"
      )
      logger.info(
        `Baloan: loan ${loan.loan_application_ref} is established; payment session ${session!.id} authorized`
      )
      return
    case "cancel_loan":
      await cancelLoanAtGateway(container, {
        loan,
        session,
        reason: action.reason,
        source,
      })
      return
    case "cancel_order":
      await cancelOrderWorkflow(container).run({
        input: { order_id: order!.id },
      })
      await baloan.recordLoanChange(
        loan.id,
        { cancel_reason: action.reason },
        source,
        `Order ${order!.id} canceled (${action.reason})`
      )
      return
    case "warn_fulfilled":
      await baloan.recordLoanChange(
        loan.id,
        {},
        source,
        `The loan is ${action.reason.replace("loan_", "")} but order ${order!.id} was already fulfilled: the admin must settle this with the customer and Baloan.`
      )
      logger.warn(
        `Baloan: loan ${loan.loan_application_ref} closed (${action.reason}) after order ${order!.id} was fulfilled; the admin must act.`
      )
      return
  }
}

async function emitStatusEvents(
  container: MedusaContainer,
  loanId: string,
  ref: string,
  change: {
    from_state: string | null
    to_state: string
    from_status: string | null
    to_status: string | null
  }
): Promise<void> {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const data = { id: loanId, loan_application_ref: ref, ...change }
  const specific: Partial<Record<string, string>> = {
    refused: LOAN_EVENTS.REFUSED,
    expired: LOAN_EVENTS.EXPIRED,
    canceled: LOAN_EVENTS.CANCELED_BY_BANK,
  }
  const events: Array<{ name: string; data: typeof data }> = [
    { name: LOAN_EVENTS.STATUS_CHANGED, data },
  ]
  const specificName = specific[change.to_state]
  if (specificName) {
    events.push({ name: specificName, data })
  }
  await eventBus.emit(events)
}
