import { useMutation, useQueryClient } from "@tanstack/react-query"
import { baloanApi } from "../lib/api"
import { baloanKeys, DASHBOARD_ORDER_KEY } from "../lib/query-keys"

export function useRetryCancel() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (loanId: string) => baloanApi.retryCancel(loanId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: baloanKeys.all }),
        queryClient.invalidateQueries({ queryKey: DASHBOARD_ORDER_KEY }),
      ]),
  })
}
