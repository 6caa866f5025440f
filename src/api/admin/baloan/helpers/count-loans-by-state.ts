import { LOAN_STATES } from "../../../../lib/loan-status/loan-states"
import type { BaloanModuleService } from "../../../../modules/baloan"
import type { AdminBaloanLoanStateCounts } from "../types"
import { toFilters, type LoanSearch } from "./query-loans"

/**
 * How many loans are in each state, within the same search but whatever
 * state the list is filtered on, so that every filter shows what it holds.
 */
export async function countLoansByState(
  baloan: Pick<BaloanModuleService, "listAndCountBaloanLoans">,
  search: Pick<LoanSearch, "q">
): Promise<AdminBaloanLoanStateCounts> {
  const base = toFilters({ q: search.q })
  const count = async (state?: string) => {
    const [, total] = await baloan.listAndCountBaloanLoans(
      state ? { ...base, state } : base,
      { select: ["id"], take: 1 }
    )
    return total
  }

  const [all, ...perState] = await Promise.all([
    count(),
    ...LOAN_STATES.map((state) => count(state)),
  ])
  const counts = { all } as AdminBaloanLoanStateCounts
  LOAN_STATES.forEach((state, index) => {
    counts[state] = perState[index]
  })
  return counts
}
