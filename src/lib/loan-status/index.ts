export * from "./loan-state"
export * from "./loan-states"
