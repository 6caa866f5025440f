export * from "./sealer"
