export * from "./cancel-loan"
