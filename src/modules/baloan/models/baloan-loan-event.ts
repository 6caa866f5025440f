import { model } from "@medusajs/framework/utils"
import { BaloanLoan } from "./baloan-loan"

export const LOAN_EVENT_SOURCES = [
  "storefront",
  "provider",
  "poller",
  "admin",
  "subscriber",
] as const

/** One change of a loan: what it was, what it became, and who saw it. */
export const BaloanLoanEvent = model.define("baloan_loan_event", {
  id: model.id({ prefix: "bloanev" }).primaryKey(),
  source: model.enum([...LOAN_EVENT_SOURCES]),
  from_status: model.text().nullable(),
  to_status: model.text().nullable(),
  from_state: model.text().nullable(),
  to_state: model.text().nullable(),
  note: model.text().nullable(),
  loan: model.belongsTo(() => BaloanLoan, { mappedBy: "events" }),
})
