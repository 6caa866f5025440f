import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { AdminBaloanLoanState } from "../types"
import {
  LEDGER_EVENT_FIELDS,
  LEDGER_LOAN_FIELDS,
  type LedgerLoan,
} from "./ledger-loan"

const ORDER_FIELDS = ["order.id", "order.display_id"]

export type LoanSearch = {
  state?: AdminBaloanLoanState[]
  q?: string
}

/** The ledger's loans linked to an order, with their history. */
export async function queryOrderLoans(
  scope: MedusaContainer,
  orderId: string
): Promise<LedgerLoan[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      ...LEDGER_LOAN_FIELDS.map((field) => `baloan_loans.${field}`),
      ...LEDGER_EVENT_FIELDS.map((field) => `baloan_loans.events.${field}`),
    ],
    filters: { id: orderId },
  })
  const order = data[0] as
    | { id: string; baloan_loans?: (LedgerLoan | null)[] | null }
    | undefined
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${orderId} was not found`
    )
  }
  return (order.baloan_loans ?? [])
    .filter((loan): loan is LedgerLoan => Boolean(loan))
    .map((loan) => ({ ...loan, order: { id: order.id } }))
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
}

/** One loan with its order and its history. */
export async function queryLoan(
  scope: MedusaContainer,
  loanId: string
): Promise<LedgerLoan> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "baloan_loan",
    fields: [
      ...LEDGER_LOAN_FIELDS,
      ...ORDER_FIELDS,
      ...LEDGER_EVENT_FIELDS.map((field) => `events.${field}`),
    ],
    filters: { id: loanId },
  })
  const loan = data[0] as LedgerLoan | undefined
  if (!loan) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Baloan loan ${loanId} was not found`
    )
  }
  return loan
}

/** A page of loans, newest first, with the number that match. */
export async function queryLoanPage(
  scope: MedusaContainer,
  search: LoanSearch,
  page: { limit: number; offset: number }
): Promise<{ loans: LedgerLoan[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "baloan_loan",
    fields: [...LEDGER_LOAN_FIELDS, ...ORDER_FIELDS],
    filters: toFilters(search),
    pagination: {
      skip: page.offset,
      take: page.limit,
      order: { created_at: "DESC" },
    },
  })
  return {
    loans: data as LedgerLoan[],
    count: metadata?.count ?? data.length,
  }
}

export function toFilters(search: LoanSearch): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (search.state?.length) {
    filters.state = search.state
  }
  if (search.q) {
    // The search is a piece of a loan reference, taken literally.
    const literal = search.q.replace(/[\\%_]/g, (char) => `\\${char}`)
    filters.loan_application_ref = { $ilike: `%${literal}%` }
  }
  return filters
}
