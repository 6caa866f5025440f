import { toJalaali } from "jalaali-js"
import { formatDualDate, formatMoment, tehranDay } from "../format-date"
import { localesFor } from "../locales"

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
const toPersianDigits = (value: number) =>
  String(value).replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)])

describe("formatDualDate", () => {
  it("writes the Jalali day that jalaali-js computes, in Persian digits", () => {
    const date = formatDualDate("2026-12-04T00:00:00.000Z", localesFor("en"))
    const { jy, jm, jd } = toJalaali(2026, 12, 4)

    expect(date?.iso).toBe("2026-12-04")
    expect(date?.jalali).toContain(toPersianDigits(jy))
    expect(date?.jalali).toContain(toPersianDigits(jd))
    expect(jm).toBe(9)
    expect(date?.jalali).toContain("آذر")
  })

  it("writes the Gregorian day in the admin's language", () => {
    expect(
      formatDualDate("2026-12-04T00:00:00.000Z", localesFor("en"))?.gregorian
    ).toMatch(/Dec.*4.*2026/)
    const persian = formatDualDate(
      "2026-12-04T00:00:00.000Z",
      localesFor("fa")
    )?.gregorian
    expect(persian).toContain(toPersianDigits(2026))
    expect(persian).not.toContain(toPersianDigits(1405))
  })

  it("reads the day in Tehran, where the bank is", () => {
    // 21:00 UTC is half past midnight of the next day in Tehran.
    expect(tehranDay(new Date("2026-12-03T21:00:00Z"))).toBe("2026-12-04")
    expect(tehranDay(new Date("2026-12-03T20:00:00Z"))).toBe("2026-12-03")
  })

  it("answers nothing for an absent or unreadable date", () => {
    expect(formatDualDate(null, localesFor("en"))).toBeNull()
    expect(formatDualDate("", localesFor("en"))).toBeNull()
    expect(formatDualDate("not a date", localesFor("en"))).toBeNull()
  })
})

describe("formatMoment", () => {
  it("uses the Jalali calendar in Persian and the Gregorian one otherwise", () => {
    const value = "2026-12-04T10:00:00.000Z"
    expect(formatMoment(value, localesFor("fa"))).toContain(
      toPersianDigits(1405)
    )
    expect(formatMoment(value, localesFor("en"))).toContain("2026")
  })
})
