import {
  approveAnswerSchema,
  cancelAnswerSchema,
  createAnswerSchema,
  describeSchemaFailure,
  hasAccountAnswerSchema,
  loanApplicationSchema,
  settlementAnswerSchema,
  tokenAnswerSchema,
} from "../schemas"
import { HOLDER } from "./fixtures"

// Shaped like the document's `get` sample: amounts as strings, whiteListCode
// as a number.
const established = {
  loanApplicationReference: "LN_00000000042",
  loanApplicationRequestDate: "2024-02-01T08:00:00.000Z",
  loanAccountNumber: "100200300400500600",
  loanApplicationStatus: "ESTABLISHED",
  loanApplicationStatusDescList: [],
  disbursementDate: "2024-02-01T00:00:00.000Z",
  nextRepaymentDate: "2024-03-01T00:00:00.000Z",
  loanOutstandingAmount: "120000000",
  loanAmount: "120000000",
  numberOfRepayments: 12,
  numberOfPaidRepayments: 0,
  hasPartialPaid: false,
  interestRate: 22,
  firstRepaymentAmount: 11200000,
  automaticRepaymentStatus: "A",
  lastInquiryDate: "2024-02-01T08:10:00.000Z",
  whiteListCode: 10,
  whiteListName: "وام خرید کالا بالون",
}

// Before the loan is established the same fields come as empty strings.
const created = {
  ...established,
  loanApplicationStatus: "APPLICATION_CREATED",
  loanAccountNumber: "",
  disbursementDate: "",
  nextRepaymentDate: "",
  firstRepaymentAmount: "",
  loanOutstandingAmount: "",
  automaticRepaymentStatus: "",
  hasPartialPaid: null,
}

describe("loanApplicationSchema", () => {
  it("turns numbers sent as strings into numbers", () => {
    const record = loanApplicationSchema.parse(established)
    expect(record.loanAmount).toBe(120_000_000)
    expect(record.loanOutstandingAmount).toBe(120_000_000)
    expect(record.whiteListCode).toBe("10")
    expect(record.loanAccountNumber).toBe("100200300400500600")
  })

  it("turns empty fields of a loan not yet established into null", () => {
    const record = loanApplicationSchema.parse(created)
    expect(record).toMatchObject({
      loanAccountNumber: null,
      disbursementDate: null,
      nextRepaymentDate: null,
      firstRepaymentAmount: null,
      loanOutstandingAmount: null,
      automaticRepaymentStatus: null,
      hasPartialPaid: null,
    })
  })

  it("answers null for fields the gateway leaves out", () => {
    const record = loanApplicationSchema.parse({
      loanApplicationReference: "LN_00000000042",
      loanApplicationStatus: "SOMETHING_NEW",
    })
    expect(record.loanApplicationStatus).toBe("SOMETHING_NEW")
    expect(record.loanAmount).toBeNull()
    expect(record.loanApplicationStatusDescList).toEqual([])
  })

  it("drops fields it does not know", () => {
    const record = loanApplicationSchema.parse({ ...established, extra: 1 })
    expect(Object.keys(record)).not.toContain("extra")
  })

  it("refuses an amount that is not a number and names only the field", () => {
    const result = loanApplicationSchema.safeParse({
      ...established,
      loanAmount: `about ${HOLDER}`,
    })
    expect(result.success).toBe(false)
    if (!result.success) {
      const message = describeSchemaFailure(result.error)
      expect(message).toContain("loanAmount")
      expect(message).not.toContain(HOLDER)
    }
  })

  it("refuses a record without a status or a reference", () => {
    const { loanApplicationStatus: _status, ...noStatus } = established
    expect(loanApplicationSchema.safeParse(noStatus).success).toBe(false)
    expect(
      loanApplicationSchema.safeParse({
        ...established,
        loanApplicationReference: "",
      }).success
    ).toBe(false)
  })
})

describe("the other answers", () => {
  it("reads a token answer with expires_in as a number or a string", () => {
    const answer = {
      access_token: "tok",
      expires_in: "1800",
      token_type: "Bearer",
    }
    expect(tokenAnswerSchema.parse(answer).expires_in).toBe(1800)
    expect(
      tokenAnswerSchema.safeParse({ ...answer, access_token: "a b" }).success
    ).toBe(false)
    expect(
      tokenAnswerSchema.safeParse({ ...answer, expires_in: 0 }).success
    ).toBe(false)
  })

  it("reads hasBluAccount as a boolean only", () => {
    expect(hasAccountAnswerSchema.parse({ hasBluAccount: "false" })).toEqual({
      hasBluAccount: false,
    })
    expect(hasAccountAnswerSchema.safeParse({ hasBluAccount: 1 }).success).toBe(
      false
    )
  })

  it("reads whiteListCode of create as text and ignores the echoed national code", () => {
    const answer = createAnswerSchema.parse({
      nationalCode: HOLDER,
      whiteListCode: "71",
      loanApplicationRef: "LN_00000000042",
    })
    expect(answer).toEqual({
      whiteListCode: "71",
      loanApplicationRef: "LN_00000000042",
    })
  })

  it("reads approve, cancel and settlement answers", () => {
    expect(
      approveAnswerSchema.parse({
        requestId: "r-1",
        loanApplicationRef: "LN_1",
      })
    ).toEqual({ requestId: "r-1", loanApplicationRef: "LN_1" })
    expect(
      cancelAnswerSchema.parse({
        loanApplicationStatus: "APPLICATION_CANCELED",
        loanApplicationReference: "LN_1",
        interestRate: 22,
      })
    ).toEqual({
      loanApplicationStatus: "APPLICATION_CANCELED",
      loanApplicationReference: "LN_1",
    })
    expect(settlementAnswerSchema.safeParse({}).success).toBe(true)
    expect(settlementAnswerSchema.safeParse([]).success).toBe(false)
    expect(settlementAnswerSchema.safeParse(null).success).toBe(false)
  })
})
