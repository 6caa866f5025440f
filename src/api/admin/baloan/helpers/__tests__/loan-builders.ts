import type { DaloanLoanApplication } from "../../../../../lib/daloan"
import { makeNationalCode } from "../../../../../lib/iran/national-code"
import type { LedgerLoan } from "../ledger-loan"

/** An obviously fake, checksum-valid code: it starts with 00. */
export const FAKE_NATIONAL_CODE = makeNationalCode("001122334")
export const FAKE_BIRTHDATE = "1991-09-22"

export function ledgerLoan(overrides: Partial<LedgerLoan> = {}): LedgerLoan {
  return {
    id: "bloan_01",
    loan_application_ref: "LN_00000000042",
    state: "awaiting_customer",
    gateway_status: "WAITING_FOR_CUSTOMER",
    amount_rials: 255_000_000,
    currency_code: "irr",
    number_of_repayments: 12,
    national_code_masked: "00******34",
    payment_session_id: "payses_01",
    approval_requested_at: new Date("2026-12-01T08:00:00Z"),
    settled_at: null,
    canceled_at: null,
    cancel_requested_at: null,
    cancel_reason: null,
    last_synced_at: new Date("2026-12-01T08:05:00Z"),
    sync_failures: 0,
    outcome_unknown: null,
    gateway_record: null,
    created_at: new Date("2026-12-01T07:59:00Z"),
    ...overrides,
  }
}

export function gatewayRecord(
  overrides: Partial<DaloanLoanApplication> = {}
): DaloanLoanApplication {
  return {
    loanApplicationReference: "LN_00000000042",
    loanApplicationRequestDate: "2026-12-01T07:59:00.000Z",
    loanAccountNumber: "0201234567001",
    loanApplicationStatus: "ESTABLISHED",
    loanApplicationStatusDescList: [],
    disbursementDate: "2026-12-02T00:00:00.000Z",
    nextRepaymentDate: "2027-01-02T00:00:00.000Z",
    loanOutstandingAmount: 255_000_000,
    loanAmount: 255_000_000,
    numberOfRepayments: 12,
    numberOfPaidRepayments: 1,
    hasPartialPaid: false,
    interestRate: 22,
    firstRepaymentAmount: 23_866_071,
    automaticRepaymentStatus: "A",
    lastInquiryDate: "2026-12-02T09:00:00.000Z",
    whiteListCode: "10",
    whiteListName: "وام خرید کالا بالون",
    ...overrides,
  }
}
