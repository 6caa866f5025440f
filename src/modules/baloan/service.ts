import type { Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { DaloanClient } from "../../lib/daloan"
import {
  isClosedLoanState,
  toLoanState,
  type LoanState,
} from "../../lib/loan-status"
import { parsePluginOptions, type BaloanPluginOptions } from "../../lib/options"
import { createSealer, type Sealer } from "../../lib/seal"
import { BaloanLoan, BaloanLoanEvent } from "./models"
import type { LOAN_EVENT_SOURCES } from "./models/baloan-loan-event"

type InjectedDependencies = {
  logger: Logger
}

export type LoanEventSource = (typeof LOAN_EVENT_SOURCES)[number]

export type LoanChange = {
  gateway_status?: string | null
  approval_request_id?: string | null
  approval_requested_at?: Date | null
  settled_at?: Date | null
  canceled_at?: Date | null
  cancel_requested_at?: Date | null
  cancel_reason?: string | null
  last_synced_at?: Date | null
  sync_failures?: number
  outcome_unknown?: "create" | "settlement" | null
  gateway_record?: Record<string, unknown> | null
  payment_session_id?: string | null
  loan_application_ref?: string | null
}

export type RecordedChange = {
  id: string
  from_state: string | null
  to_state: string
  from_status: string | null
  to_status: string | null
  status_changed: boolean
}

/**
 * The plugin's own module. A payment provider lives inside the payment
 * module's container, out of reach of routes, jobs and subscribers; this
 * module gives them the same gateway client, options and sealing key, and
 * keeps the ledger of every loan application the store made.
 */
export default class BaloanModuleService extends MedusaService({
  BaloanLoan,
  BaloanLoanEvent,
}) {
  protected readonly options_: BaloanPluginOptions
  protected readonly client_: DaloanClient
  protected readonly sealer_: Sealer

  constructor(container: InjectedDependencies, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
    this.sealer_ = createSealer(this.options_.clientSecret)
    this.client_ = new DaloanClient(
      {
        baseUrl: this.options_.baseUrl,
        clientId: this.options_.clientId,
        clientSecret: this.options_.clientSecret,
        timeoutMs: this.options_.timeoutMs,
        maxRetries: this.options_.maxRetries,
      },
      { logger: container.logger }
    )
  }

  getOptions(): BaloanPluginOptions {
    return this.options_
  }

  getClient(): DaloanClient {
    return this.client_
  }

  getSealer(): Sealer {
    return this.sealer_
  }

  /**
   * Applies a change to a loan and writes one history entry when its
   * status or its meaning changed, or when a note explains the change.
   */
  async recordLoanChange(
    loanId: string,
    change: LoanChange,
    source: LoanEventSource,
    note?: string
  ): Promise<RecordedChange> {
    const loan = await this.retrieveBaloanLoan(loanId)
    const toStatus =
      change.gateway_status === undefined
        ? loan.gateway_status
        : change.gateway_status
    const toState: LoanState =
      change.canceled_at && !toStatus
        ? "canceled"
        : toStatus
          ? toLoanState(toStatus)
          : (loan.state as LoanState)
    const statusChanged =
      toStatus !== loan.gateway_status || toState !== loan.state

    // A loan refused, expired or canceled at the gateway is closed for
    // good: the poller stops reading it and no cancel is sent for it.
    const closedAt =
      !loan.canceled_at && !change.canceled_at && isClosedLoanState(toState)
        ? { canceled_at: new Date() }
        : {}
    await this.updateBaloanLoans({
      id: loanId,
      ...change,
      ...closedAt,
      state: toState,
    })
    if (statusChanged || note) {
      await this.createBaloanLoanEvents({
        loan_id: loanId,
        source,
        from_status: loan.gateway_status,
        to_status: toStatus,
        from_state: loan.state,
        to_state: toState,
        note: note ?? null,
      })
    }
    return {
      id: loanId,
      from_state: loan.state,
      to_state: toState,
      from_status: loan.gateway_status,
      to_status: toStatus,
      status_changed: statusChanged,
    }
  }
}
