import { useQuery } from "@tanstack/react-query"
import { baloanApi } from "../lib/api"
import { baloanKeys } from "../lib/query-keys"

export function useOrderLoans(orderId: string) {
  return useQuery({
    queryKey: baloanKeys.orderLoans(orderId),
    queryFn: () => baloanApi.orderLoans(orderId),
    // Each load reads the gateway: no refetch on every window focus.
    refetchOnWindowFocus: false,
  })
}
