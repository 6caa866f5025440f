import { formatPercent, formatRials, formatTomans } from "../format-money"

describe("money formats", () => {
  it("groups rials by thousands", () => {
    expect(formatRials(255_000_000, "en")).toBe("255,000,000")
  })

  it("writes Persian digits and separators in Persian", () => {
    expect(formatRials(1_500_000, "fa-IR")).toBe("۱٬۵۰۰٬۰۰۰")
  })

  it("shows ten rials as one toman", () => {
    expect(formatTomans(255_000_000, "en")).toBe("25,500,000")
    expect(formatTomans(15, "en")).toBe("1.5")
  })

  it("writes a yearly rate as a percentage", () => {
    expect(formatPercent(22, "en")).toBe("22%")
    expect(formatPercent(18.5, "en")).toBe("18.5%")
  })
})
