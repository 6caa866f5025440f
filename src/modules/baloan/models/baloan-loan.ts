import { model } from "@medusajs/framework/utils"
import { LOAN_STATES } from "../../../lib/loan-status/loan-states"
import { BaloanLoanEvent } from "./baloan-loan-event"

/**
 * One loan application as the store knows it: the gateway has no list call,
 * so this ledger is the only place that remembers every application the
 * store created, including one whose create answer was lost. It holds no
 * personal data beyond a masked national code.
 */
export const BaloanLoan = model
  .define("baloan_loan", {
    id: model.id({ prefix: "bloan" }).primaryKey(),
    loan_application_ref: model.text().nullable(),
    payment_session_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    amount_rials: model.bigNumber(),
    currency_code: model.text(),
    number_of_repayments: model.number(),
    national_code_masked: model.text().nullable(),
    gateway_status: model.text().nullable(),
    state: model.enum([...LOAN_STATES]).default("created"),
    approval_request_id: model.text().nullable(),
    approval_requested_at: model.dateTime().nullable(),
    settled_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    cancel_requested_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    last_synced_at: model.dateTime().nullable(),
    sync_failures: model.number().default(0),
    outcome_unknown: model.enum(["create", "settlement"]).nullable(),
    gateway_record: model.json().nullable(),
    events: model.hasMany(() => BaloanLoanEvent, { mappedBy: "loan" }),
  })
  .indexes([
    {
      on: ["loan_application_ref"],
      unique: true,
      where: "loan_application_ref IS NOT NULL",
    },
    { on: ["payment_session_id"] },
    { on: ["state"] },
  ])
