import { presentStoredRecord } from "../present-record"
import { gatewayRecord } from "./loan-builders"

describe("presentStoredRecord", () => {
  it("renames every field the admin shows", () => {
    expect(presentStoredRecord({ ...gatewayRecord() })).toEqual({
      status: "ESTABLISHED",
      status_descriptions: [],
      request_date: "2026-12-01T07:59:00.000Z",
      disbursement_date: "2026-12-02T00:00:00.000Z",
      next_repayment_date: "2027-01-02T00:00:00.000Z",
      loan_amount: 255_000_000,
      outstanding_amount: 255_000_000,
      number_of_repayments: 12,
      number_of_paid_repayments: 1,
      has_partial_paid: false,
      interest_rate: 22,
      first_repayment_amount: 23_866_071,
      automatic_repayment_status: "A",
      last_inquiry_date: "2026-12-02T09:00:00.000Z",
      credit_line_code: "10",
      credit_line_name: "وام خرید کالا بالون",
    })
  })

  it("reads empty strings and numbers in strings the way the gateway sends them", () => {
    const record = presentStoredRecord({
      loanApplicationStatus: "WAITING_FOR_CUSTOMER",
      disbursementDate: "",
      loanAmount: "255000000",
      firstRepaymentAmount: "",
      whiteListCode: 10,
    })
    expect(record).toMatchObject({
      disbursement_date: null,
      loan_amount: 255_000_000,
      first_repayment_amount: null,
      credit_line_code: "10",
    })
  })

  it("answers nothing for a stored value that is not a record", () => {
    expect(presentStoredRecord(null)).toBeNull()
    expect(presentStoredRecord("ESTABLISHED")).toBeNull()
    expect(presentStoredRecord({ loanAmount: 1 })).toBeNull()
  })
})
