export * from "./loan-state"
