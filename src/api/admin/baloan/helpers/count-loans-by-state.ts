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

  const [
    all,
    created,
    awaiting_customer,
    established,
    refused,
    expired,
    canceled,
    pending,
  ] = await Promise.all([
    count(),
    count("created"),
    count("awaiting_customer"),
    count("established"),
    count("refused"),
    count("expired"),
    count("canceled"),
    count("pending"),
  ])
  return {
    all,
    created,
    awaiting_customer,
    established,
    refused,
    expired,
    canceled,
    pending,
  }
}
