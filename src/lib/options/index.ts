export * from "./plugin-options"
