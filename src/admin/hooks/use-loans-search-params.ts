import { useSearchParams } from "react-router-dom"
import type { AdminBaloanLoanState } from "../../api/admin/baloan/types"
import type { LoansQuery } from "../lib/api"
import { LOAN_STATES } from "../lib/loan-states"

export const LOANS_PAGE_SIZE = 20

/**
 * The loans page's filter, search and page live in the URL, so that a
 * filtered list can be bookmarked or sent to a colleague.
 */
export function useLoansSearchParams() {
  const [params, setParams] = useSearchParams()
  const rawState = params.get("state")
  const state = LOAN_STATES.find((known) => known === rawState)
  const q = params.get("q")?.trim() || undefined
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const query: LoansQuery = { state, q, limit: LOANS_PAGE_SIZE, offset }

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value) {
            next.set(key, value)
          } else {
            next.delete(key)
          }
        }
        return next
      },
      { replace: true }
    )

  return {
    query,
    setState: (next: AdminBaloanLoanState | undefined) =>
      update({ state: next, offset: undefined }),
    setSearch: (next: string) => update({ q: next, offset: undefined }),
    setOffset: (next: number) => update({ offset: next ? String(next) : "" }),
  }
}
