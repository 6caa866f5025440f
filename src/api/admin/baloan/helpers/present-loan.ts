import { LOAN_STATES, toLoanState } from "../../../../lib/loan-status"
import type {
  AdminBaloanGatewayView,
  AdminBaloanLoan,
  AdminBaloanLoanEvent,
  AdminBaloanLoanState,
} from "../types"
import type { DateLike, LedgerLoan, LedgerLoanEvent } from "./ledger-loan"
import type { LiveRead } from "./read-live-record"
import { presentRecord, presentStoredRecord } from "./present-record"

const STATES: readonly AdminBaloanLoanState[] = LOAN_STATES

/**
 * One loan for the admin: the ledger's fields, and the gateway's record,
 * live when `live` holds one, else the one the ledger kept from its last
 * sync, with the time it was read.
 */
export function presentLoan(
  loan: LedgerLoan,
  live: LiveRead = { kind: "not_asked" }
): AdminBaloanLoan {
  const recordedState = asState(loan.state)
  const isLive = live.kind === "live"
  const gateway: AdminBaloanGatewayView = {
    live: isLive || live.kind === "synced",
    as_of: isLive ? live.at.toISOString() : toIso(loan.last_synced_at),
    unreachable: live.kind === "unreachable",
  }

  return {
    id: loan.id,
    loan_application_ref: loan.loan_application_ref,
    state: isLive
      ? toLoanState(live.record.loanApplicationStatus)
      : recordedState,
    recorded_state: recordedState,
    gateway_status: isLive
      ? live.record.loanApplicationStatus
      : loan.gateway_status,
    amount_rials: toNumber(loan.amount_rials),
    currency_code: loan.currency_code,
    number_of_repayments: loan.number_of_repayments,
    national_code_masked: maskedOnly(loan.national_code_masked),
    payment_session_id: loan.payment_session_id,
    approval_requested_at: toIso(loan.approval_requested_at),
    settled_at: toIso(loan.settled_at),
    canceled_at: toIso(loan.canceled_at),
    cancel_requested_at: toIso(loan.cancel_requested_at),
    cancel_reason: loan.cancel_reason,
    last_synced_at: toIso(loan.last_synced_at),
    sync_failures: loan.sync_failures ?? 0,
    outcome_unknown:
      loan.outcome_unknown === "create" || loan.outcome_unknown === "settlement"
        ? loan.outcome_unknown
        : null,
    created_at: toIso(loan.created_at) ?? new Date(0).toISOString(),
    order: loan.order
      ? { id: loan.order.id, display_id: loan.order.display_id ?? null }
      : null,
    gateway,
    record: isLive
      ? presentRecord(live.record)
      : presentStoredRecord(loan.gateway_record),
    ...(loan.events ? { events: presentEvents(loan.events) } : {}),
  }
}

function presentEvents(events: LedgerLoanEvent[]): AdminBaloanLoanEvent[] {
  return events
    .map((event) => ({
      id: event.id,
      source: event.source,
      from_status: event.from_status,
      to_status: event.to_status,
      from_state: event.from_state,
      to_state: event.to_state,
      note: event.note,
      created_at: toIso(event.created_at) ?? new Date(0).toISOString(),
    }))
    .sort(
      (a, b) =>
        a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id)
    )
}

function asState(value: string): AdminBaloanLoanState {
  return STATES.find((state) => state === value) ?? "pending"
}

/**
 * The ledger keeps only a masked code; should anything else ever sit in
 * that column, it is not passed on.
 */
function maskedOnly(value: string | null): string | null {
  return value && /\*/.test(value) && !/\d{5}/.test(value) ? value : null
}

function toIso(value: DateLike): string | null {
  if (!value) {
    return null
  }
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** A bigNumber column reads as a number, a numeric string or a BigNumber. */
function toNumber(value: unknown): number {
  if (typeof value === "number") {
    return value
  }
  if (typeof value === "string") {
    return Number(value)
  }
  if (value && typeof value === "object" && "numeric" in value) {
    return Number(value.numeric)
  }
  return Number(value)
}
