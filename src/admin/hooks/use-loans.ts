import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { baloanApi, type LoansQuery } from "../lib/api"
import { baloanKeys } from "../lib/query-keys"

export function useLoans(query: LoansQuery) {
  return useQuery({
    queryKey: baloanKeys.loans(query),
    queryFn: () => baloanApi.loans(query),
    // The table keeps its rows while the next page or filter loads.
    placeholderData: keepPreviousData,
  })
}
