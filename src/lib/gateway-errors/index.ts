export * from "./to-medusa-error"
