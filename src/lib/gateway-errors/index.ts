export * from "./error-codes"
export * from "./to-medusa-error"
