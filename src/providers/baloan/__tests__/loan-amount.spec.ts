import { toLoanAmount } from "../loan-amount"

const LIMITS = { minLoanAmount: 1_000_000, maxLoanAmount: 50_000_000 }

describe("toLoanAmount", () => {
  it("asks for whole rials: IRR as is, IRT ten times, rounded half up", () => {
    expect(toLoanAmount(2_500_000, "irr", LIMITS)).toBe(2_500_000)
    expect(toLoanAmount(250_000, "IRT", LIMITS)).toBe(2_500_000)
    expect(toLoanAmount(250_000.05, "irt", LIMITS)).toBe(2_500_001)
    expect(toLoanAmount("250000", "irt", LIMITS)).toBe(2_500_000)
  })

  it("refuses another currency, in English and Persian", () => {
    expect(() => toLoanAmount(100, "usd", LIMITS)).toThrow(/not USD.*نه USD/)
  })

  it("refuses an amount outside the shop's limits, naming them", () => {
    expect(() => toLoanAmount(999_999, "irr", LIMITS)).toThrow(
      "between 1,000,000 and 50,000,000 rials"
    )
    expect(() => toLoanAmount(5_000_001, "irt", LIMITS)).toThrow(/ریال/)
    expect(toLoanAmount(5_000_000, "irt", LIMITS)).toBe(50_000_000)
  })
})
