/** One place for the react-query keys, so that a refresh finds them all. */
export const baloanKeys = {
  all: ["baloan"] as const,
  orderLoans: (orderId: string) => ["baloan", "order-loans", orderId] as const,
  loans: (params: Record<string, unknown>) =>
    ["baloan", "loans", params] as const,
}

/**
 * The dashboard's own order queries start with this key: a sync can
 * authorize or cancel an order, so the order page reloads after one.
 */
export const DASHBOARD_ORDER_KEY = ["orders"] as const
