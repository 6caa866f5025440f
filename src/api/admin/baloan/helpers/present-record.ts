import type { DaloanLoanApplication } from "../../../../lib/daloan"
import type { AdminBaloanLoanRecord } from "../types"

/** The live `get` record, renamed for the admin; nothing else passes. */
export function presentRecord(
  record: DaloanLoanApplication
): AdminBaloanLoanRecord {
  return {
    status: record.loanApplicationStatus,
    status_descriptions: [...record.loanApplicationStatusDescList],
    request_date: record.loanApplicationRequestDate,
    disbursement_date: record.disbursementDate,
    next_repayment_date: record.nextRepaymentDate,
    loan_amount: record.loanAmount,
    outstanding_amount: record.loanOutstandingAmount,
    number_of_repayments: record.numberOfRepayments,
    number_of_paid_repayments: record.numberOfPaidRepayments,
    has_partial_paid: record.hasPartialPaid,
    interest_rate: record.interestRate,
    first_repayment_amount: record.firstRepaymentAmount,
    automatic_repayment_status: record.automaticRepaymentStatus,
    last_inquiry_date: record.lastInquiryDate,
    credit_line_code: record.whiteListCode,
    credit_line_name: record.whiteListName,
  }
}

/**
 * The record the ledger stored at its last sync. It is JSON written by an
 * earlier version of the plugin perhaps, so every field is checked and a
 * field of the wrong kind reads as absent rather than breaking the page.
 */
export function presentStoredRecord(
  stored: unknown
): AdminBaloanLoanRecord | null {
  if (!isObject(stored) || typeof stored.loanApplicationStatus !== "string") {
    return null
  }
  const text = (key: string) =>
    typeof stored[key] === "string" && stored[key] !== ""
      ? (stored[key] as string)
      : null
  const number = (key: string) => {
    const value = stored[key]
    const parsed = typeof value === "string" ? Number(value) : value
    return typeof parsed === "number" && Number.isFinite(parsed) && value !== ""
      ? parsed
      : null
  }
  const descriptions = stored.loanApplicationStatusDescList

  return {
    status: stored.loanApplicationStatus,
    status_descriptions: Array.isArray(descriptions)
      ? descriptions.filter((entry) => typeof entry === "string")
      : [],
    request_date: text("loanApplicationRequestDate"),
    disbursement_date: text("disbursementDate"),
    next_repayment_date: text("nextRepaymentDate"),
    loan_amount: number("loanAmount"),
    outstanding_amount: number("loanOutstandingAmount"),
    number_of_repayments: number("numberOfRepayments"),
    number_of_paid_repayments: number("numberOfPaidRepayments"),
    has_partial_paid:
      typeof stored.hasPartialPaid === "boolean" ? stored.hasPartialPaid : null,
    interest_rate: number("interestRate"),
    first_repayment_amount: number("firstRepaymentAmount"),
    automatic_repayment_status: text("automaticRepaymentStatus"),
    last_inquiry_date: text("lastInquiryDate"),
    credit_line_code:
      typeof stored.whiteListCode === "number"
        ? String(stored.whiteListCode)
        : text("whiteListCode"),
    credit_line_name: text("whiteListName"),
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
