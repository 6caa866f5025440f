import { toGregorian } from "jalaali-js"

import { parseBirthdate, type BirthdateOptions } from "../birthdate"
import { DIGIT_SCRIPTS, writeDigitsIn } from "./digit-scripts"

const TEHRAN_OFFSET_MS = 3.5 * 60 * 60 * 1000

// The instant a Tehran wall clock shows the given Jalali day and time.
function tehranInstant(jy: number, jm: number, jd: number, hh = 12, mm = 0) {
  const { gy, gm, gd } = toGregorian(jy, jm, jd)

  return new Date(Date.UTC(gy, gm - 1, gd, hh, mm) - TEHRAN_OFFSET_MS)
}

// An independent reading of a Gregorian day in the Jalali calendar, to check
// conversions without trusting the library the code uses.
const PERSIAN_CALENDAR = new Intl.DateTimeFormat("en-US-u-ca-persian-nu-latn", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
})

function readInPersianCalendar(isoDay: string): string {
  const parts = PERSIAN_CALENDAR.formatToParts(new Date(`${isoDay}T12:00Z`))
  const read = (type: string) =>
    parts.find((part) => part.type === type)?.value ?? "?"

  return `${read("year")}/${read("month")}/${read("day")}`
}

const NOW = tehranInstant(1404, 6, 15)

function parseAt(input: unknown, options: BirthdateOptions = {}) {
  return parseBirthdate(input, { now: NOW, ...options })
}

function problemOf(input: unknown, options: BirthdateOptions = {}) {
  const result = parseAt(input, options)

  return result.ok ? "accepted" : result.error.code
}

describe("parseBirthdate", () => {
  describe.each(DIGIT_SCRIPTS)("with %s digits", (script) => {
    const write = (text: string) => writeDigitsIn(script, text)

    it.each([
      ["1370/05/24", "1991-08-15"],
      ["1370/5/24", "1991-08-15"],
      ["1370/1/1", "1991-03-21"],
      ["1369/12/29", "1991-03-20"],
      ["1380/06/31", "2001-09-22"],
    ])("reads the Jalali date %s as %s", (input, expected) => {
      expect(parseAt(write(input))).toEqual({
        ok: true,
        value: expected,
        calendar: "jalali",
      })
      expect(readInPersianCalendar(expected)).toBe(input.replace(/\/0/g, "/"))
    })

    it.each(["1991-08-15", "2000-02-29", "1960-12-31"])(
      "reads the Gregorian date %s as itself",
      (input) => {
        expect(parseAt(write(input))).toEqual({
          ok: true,
          value: input,
          calendar: "gregorian",
        })
      }
    )

    it.each([
      ["1403/12/30", "accepted", "1403 is a leap year"],
      ["1399/12/30", "accepted", "1399 is a leap year"],
      ["1402/12/30", "invalid_date", "1402 is not a leap year"],
      ["1400/12/30", "invalid_date", "1400 is not a leap year"],
      ["1403/12/31", "invalid_date", "Esfand never has 31 days"],
      ["1370/06/31", "accepted", "the first six months have 31 days"],
      ["1370/07/31", "invalid_date", "months 7 to 11 have 30 days"],
      ["1370/13/01", "invalid_date", "there are 12 months"],
      ["1370/00/10", "invalid_date", "months start at 1"],
      ["1370/05/00", "invalid_date", "days start at 1"],
      ["2024-02-29", "accepted", "2024 is a leap year"],
      ["2000-02-29", "accepted", "2000 is a leap year"],
      ["2023-02-29", "invalid_date", "2023 is not a leap year"],
      ["1900-02-29", "invalid_date", "1900 is not a leap year"],
      ["2023-02-30", "invalid_date", "February never has 30 days"],
      ["2023-04-31", "invalid_date", "April has 30 days"],
      ["2023-13-01", "invalid_date", "there are 12 months"],
    ])("judges %s %s: %s", (input, expected) => {
      expect(problemOf(write(input), { minAgeYears: 0 })).toBe(expected)
    })

    it.each([
      ["1370-5-24", "a Gregorian date needs two-digit month and day"],
      ["70/05/24", "a two-digit year"],
      ["1370/05/24/", "a trailing slash"],
      ["1370/005/24", "a three-digit month"],
      ["1370.05.24", "dots"],
      ["1370/05-24", "mixed separators"],
      ["15/08/1991", "the year last"],
      ["1370 05 24", "spaces"],
      ["1370/05/24 12:00", "a time"],
      ["1991-08-15T00:00:00Z", "a timestamp"],
      ["yesterday", "words"],
    ])("refuses %s, %s, as a format error", (input) => {
      expect(problemOf(write(input))).toBe("format")
    })

    it("accepts blanks and direction marks around the date", () => {
      expect(parseAt(write(" \u200f1370/05/24\u200e\n"))).toMatchObject({
        ok: true,
        value: "1991-08-15",
      })
    })

    it.each([
      ["1404/06/16", "future_date"],
      ["1405/01/01", "future_date"],
      ["3500/01/01", "future_date"],
      ["9999-12-31", "future_date"],
      ["1404/06/15", "accepted"],
    ])("refuses dates after today: %s gives %s", (input, expected) => {
      expect(problemOf(write(input), { minAgeYears: 0 })).toBe(expected)
    })

    it.each(["1991/08/15", "1900/01/01", "2100/12/29"])(
      "asks for the format of a Gregorian year written with slashes: %s",
      (input) => {
        expect(problemOf(write(input), { minAgeYears: 0 })).toBe("format")
      }
    )

    it.each([
      ["1386/06/15", "accepted", "turns 18 today"],
      ["1386/06/16", "minor", "turns 18 tomorrow"],
      ["1386/06/14", "accepted", "turned 18 yesterday"],
      ["1404/06/15", "minor", "is born today"],
    ])("with the default minimum age, %s gives %s: %s", (input, expected) => {
      expect(problemOf(write(input))).toBe(expected)
    })

    it.each([
      ["1284/06/15", "accepted", "turns 120 today"],
      ["1283/06/15", "too_old", "turns 121 today"],
      ["1283/06/16", "accepted", "turns 121 tomorrow"],
      ["1200/01/01", "too_old", "is far older"],
      ["0000/01/01", "too_old", "was born in year 0"],
      ["0001-01-01", "too_old", "was born in year 1"],
      ["1370-05-24", "too_old", "wrote a Jalali date with dashes"],
    ])("refuses absurd ages: %s gives %s (%s)", (input, expected) => {
      expect(problemOf(write(input))).toBe(expected)
    })
  })

  it.each([
    ["undefined", undefined, "required"],
    ["null", null, "required"],
    ["an empty string", "", "required"],
    ["blanks", "  \u200c ", "required"],
    ["a number", 13700524, "format"],
    ["a Date", new Date(Date.UTC(1991, 7, 15)), "format"],
  ])("refuses %s with %s", (_name, input, expected) => {
    expect(problemOf(input)).toBe(expected)
  })

  it.each([
    [21, "1383/06/16", "minor"],
    [21, "1383/06/15", "accepted"],
    [0, "1404/06/15", "accepted"],
  ])("uses minAgeYears %i: %s gives %s", (minAgeYears, input, expected) => {
    expect(problemOf(input, { minAgeYears })).toBe(expected)
  })

  it("states the configured minimum age in both languages", () => {
    const result = parseAt("1390/01/01", { minAgeYears: 21 })

    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.messages.en).toContain("21")
    expect(!result.ok && result.error.messages.fa).toContain("۲۱")
  })

  describe("judges the day in Tehran, not in UTC", () => {
    // 1386/01/01 + 18 years = 1404/01/01, which starts at 20:30 UTC the day
    // before.
    const birth = "1386/01/01"

    it("calls the shopper a minor one minute before midnight in Tehran", () => {
      const now = tehranInstant(1403, 12, 30, 23, 59)

      expect(problemOf(birth, { now })).toBe("minor")
    })

    it("accepts the shopper one minute after midnight in Tehran", () => {
      const now = tehranInstant(1404, 1, 1, 0, 1)

      expect(now.toISOString().slice(0, 10)).toBe("2025-03-20")
      expect(problemOf(birth, { now })).toBe("accepted")
    })
  })

  describe("counts age in Jalali years", () => {
    // 2008-03-20 is Nowruz (1387/01/01); in 2026 Nowruz falls on March 21,
    // so the Gregorian birthday comes a day before the Jalali one.
    const birth = "2008-03-20"

    it("still calls the shopper a minor on the Gregorian 18th birthday", () => {
      const now = tehranInstant(1404, 12, 29)

      expect(toGregorian(1404, 12, 29)).toEqual({ gy: 2026, gm: 3, gd: 20 })
      expect(problemOf(birth, { now })).toBe("minor")
    })

    it("accepts the shopper on the Jalali 18th birthday", () => {
      expect(problemOf(birth, { now: tehranInstant(1405, 1, 1) })).toBe(
        "accepted"
      )
    })

    it("lets a shopper born on Esfand 30 come of age on Farvardin 1", () => {
      // 1387 is leap, 1405 is not: the 18th birthday has no Esfand 30.
      expect(
        problemOf("1387/12/30", { now: tehranInstant(1405, 12, 29) })
      ).toBe("minor")
      expect(problemOf("1387/12/30", { now: tehranInstant(1406, 1, 1) })).toBe(
        "accepted"
      )
    })
  })

  it("judges against the current time when no `now` is given", () => {
    expect(parseBirthdate("1370/05/24")).toMatchObject({ ok: true })
    expect(parseBirthdate("2999-01-01")).toMatchObject({ ok: false })
  })

  it.each([
    ["an invalid `now`", { now: new Date(Number.NaN) }],
    ["a negative minAgeYears", { minAgeYears: -1 }],
    ["a fractional minAgeYears", { minAgeYears: 17.5 }],
  ])("throws on %s, a programming error", (_name, options) => {
    expect(() => parseBirthdate("1370/05/24", options)).toThrow(RangeError)
  })

  it("never repeats the refused date in its messages", () => {
    const refused = ["1402/12/30", "2031-01-02", "1401/02/03", "1234.56.78"]

    for (const input of refused) {
      const result = parseAt(input)

      if (result.ok) {
        throw new Error("expected a refusal")
      }

      const { en, fa } = result.error.messages

      for (const text of [result.error.message, en, fa]) {
        expect(text).not.toContain(input)
        expect(text).not.toContain(writeDigitsIn("persian", input))
        expect(text).not.toContain(input.slice(0, 4))
        expect(text).not.toContain(writeDigitsIn("persian", input.slice(0, 4)))
      }
    }
  })
})
