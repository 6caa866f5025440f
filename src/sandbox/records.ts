import type { Loan } from "./loans"
import { LOAN_STATUSES } from "./statuses"

/*
 * The gateway's answers, field for field as the document's samples show
 * them, quirks included: `whiteListCode` is a string in the create answer and
 * a number elsewhere; `loanAmount` and `loanOutstandingAmount` are strings in
 * the loan record. The document shows only an established loan: before that,
 * the fields that have no value yet are empty strings.
 */

const WHITE_LIST_CODE = 10
const WHITE_LIST_NAME = "وام خرید کالا بالون"
const INTEREST_RATE = 22

export function createAnswer(loan: Loan) {
  return {
    nationalCode: loan.nationalCode,
    whiteListCode: String(WHITE_LIST_CODE),
    loanApplicationRef: loan.ref,
  }
}

export function approveAnswer(loan: Loan) {
  return { requestId: loan.requestId, loanApplicationRef: loan.ref }
}

export function loanRecord(loan: Loan, now: number) {
  const disbursed = loan.establishedAt
  const outstanding =
    loan.status === LOAN_STATUSES.canceled ? 0 : loan.loanAmount

  return {
    loanApplicationReference: loan.ref,
    loanApplicationRequestDate: new Date(loan.createdAt).toISOString(),
    loanAccountNumber: loan.accountNumber ?? "",
    loanApplicationStatus: loan.status,
    loanApplicationStatusDescList: [],
    disbursementDate: disbursed === null ? "" : dayStart(disbursed, 0),
    nextRepaymentDate: disbursed === null ? "" : dayStart(disbursed, 1),
    loanOutstandingAmount: disbursed === null ? "" : String(outstanding),
    loanAmount: String(loan.loanAmount),
    numberOfRepayments: loan.numberOfRepayments,
    numberOfPaidRepayments: 0,
    hasPartialPaid: false,
    interestRate: INTEREST_RATE,
    firstRepaymentAmount: disbursed === null ? "" : firstRepayment(loan),
    automaticRepaymentStatus: disbursed === null ? "" : "A",
    lastInquiryDate: new Date(now).toISOString(),
    whiteListCode: WHITE_LIST_CODE,
    whiteListName: WHITE_LIST_NAME,
  }
}

export function cancelAnswer(loan: Loan) {
  return {
    interestRate: INTEREST_RATE,
    whiteListCode: WHITE_LIST_CODE,
    whiteListName: WHITE_LIST_NAME,
    hasPartialPaid: false,
    numberOfRepayments: loan.numberOfRepayments,
    loanApplicationStatus: loan.status,
    loanApplicationReference: loan.ref,
  }
}

/**
 * The first instalment of an annuity at the yearly rate: the formula that
 * gives the document's sample (585,000,000 over 18 months at 22 %:
 * 38,451,262).
 */
export function firstRepayment(loan: Loan): number {
  const monthlyRate = INTEREST_RATE / 100 / 12
  const n = loan.numberOfRepayments
  return Math.round(
    (loan.loanAmount * monthlyRate) / (1 - Math.pow(1 + monthlyRate, -n))
  )
}

/** Midnight UTC of the day `months` calendar months after `ms`. */
function dayStart(ms: number, months: number): string {
  const d = new Date(ms)
  const day = Date.UTC(
    d.getUTCFullYear(),
    d.getUTCMonth() + months,
    d.getUTCDate()
  )
  return new Date(day).toISOString()
}
