export * from "./baloan-loan"
export * from "./baloan-loan-event"
