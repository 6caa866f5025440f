export * from "./decide-loan-actions"
