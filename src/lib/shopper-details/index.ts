export * from "./parse-shopper-details"
