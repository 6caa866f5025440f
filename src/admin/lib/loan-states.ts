import type { AdminBaloanLoanState } from "../../api/admin/baloan/types"
import { LOAN_STATES as ALL_STATES } from "../../lib/loan-status/loan-states"

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const LOAN_STATES: readonly AdminBaloanLoanState[] = ALL_STATES

const COLORS: Record<AdminBaloanLoanState, BadgeColor> = {
  created: "grey",
  awaiting_customer: "orange",
  established: "green",
  refused: "red",
  expired: "red",
  canceled: "grey",
  pending: "blue",
}

export function stateColor(state: AdminBaloanLoanState): BadgeColor {
  return COLORS[state]
}

/** The loan can no longer become established. */
export function isClosedState(state: AdminBaloanLoanState): boolean {
  return state === "refused" || state === "expired" || state === "canceled"
}
