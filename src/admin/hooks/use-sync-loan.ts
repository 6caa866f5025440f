import { useMutation, useQueryClient } from "@tanstack/react-query"
import { baloanApi } from "../lib/api"
import { baloanKeys, DASHBOARD_ORDER_KEY } from "../lib/query-keys"

/** Refresh now; every Baloan view and the order page reload after it. */
export function useSyncLoan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (loanId: string) => baloanApi.sync(loanId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: baloanKeys.all }),
        queryClient.invalidateQueries({ queryKey: DASHBOARD_ORDER_KEY }),
      ]),
  })
}
