import { makeNationalCode } from "../../iran/national-code"
import { parseShopperLoanRequest } from "../parse-shopper-details"

const NOW = new Date("2026-06-01T12:00:00Z")
const CODE = makeNationalCode("001234567")
const toPersian = (text: string) =>
  text.replace(/\d/g, (digit) => "۰۱۲۳۴۵۶۷۸۹"[Number(digit)])

describe("parseShopperLoanRequest", () => {
  it("reads Persian digits, a Jalali date and a plan from the shop's options", () => {
    const result = parseShopperLoanRequest(
      {
        national_code: toPersian(CODE),
        birthdate: "۱۳۷۰/۰۶/۳۱",
        number_of_repayments: "۱۲",
      },
      { repaymentOptions: [6, 12], now: NOW }
    )

    expect(result).toEqual({
      ok: true,
      value: {
        nationalCode: CODE,
        birthdate: "1991-09-22",
        numberOfRepayments: 12,
      },
    })
  })

  it("reports every field at once, in English and Persian, without the input", () => {
    const result = parseShopperLoanRequest(
      { national_code: "1234567890", birthdate: "2030-01-01" },
      { repaymentOptions: [6, 12], now: NOW }
    )

    expect(result.ok).toBe(false)
    const errors = result.ok ? [] : result.errors
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ["national_code", "checksum"],
      ["birthdate", "future_date"],
      ["number_of_repayments", "invalid_choice"],
    ])
    expect(errors[2].message_fa).toContain("۶، ۱۲")
    expect(JSON.stringify(errors)).not.toContain("1234567890")
  })

  it("refuses a plan the shop does not offer", () => {
    const result = parseShopperLoanRequest(
      { national_code: CODE, birthdate: "1991-09-22", number_of_repayments: 7 },
      { repaymentOptions: [6, 12], now: NOW }
    )
    expect(result.ok).toBe(false)
  })
})
