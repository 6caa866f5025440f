export * from "./request-loan-approval"
export * from "./cancel-order-baloan-loans"
export * from "./authorize-established-loans"
