import {
  MAX_JALAALI_YEAR,
  d2g,
  g2d,
  isValidJalaaliDate,
  toGregorian,
  toJalaali,
  type GregorianDate,
  type JalaaliDate,
} from "jalaali-js"

import { normalizeDigits } from "./digits"
import { IranInputError, type IranInputProblems } from "./errors"
import { tehranToday } from "./tehran-today"

export type BirthdateCalendar = "jalali" | "gregorian"

export type BirthdateOptions = {
  /** The instant to judge the age at; defaults to the current time. */
  now?: Date
  /** Youngest accepted age in completed years; defaults to 18. */
  minAgeYears?: number
}

export type BirthdateResult =
  | { ok: true; value: string; calendar: BirthdateCalendar }
  | { ok: false; error: IranInputError<"birthdate"> }

type BirthdateProblem = IranInputProblems["birthdate"]

type ReadDate =
  | { ok: true; date: GregorianDate; calendar: BirthdateCalendar }
  | { ok: false; problem: BirthdateProblem }

const DEFAULT_MIN_AGE_YEARS = 18
const MAX_AGE_YEARS = 120

// Slashes mean Jalali, as Iranian forms and ID cards write it; dashes mean
// ISO 8601 Gregorian. Only the Jalali form allows one-digit month and day.
const JALALI_FORMAT = /^([0-9]{4})\/([0-9]{1,2})\/([0-9]{1,2})$/
const GREGORIAN_FORMAT = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/

function readOptions(options: BirthdateOptions) {
  const now = options.now ?? new Date()
  const minAgeYears = options.minAgeYears ?? DEFAULT_MIN_AGE_YEARS

  if (Number.isNaN(now.getTime())) {
    throw new RangeError("parseBirthdate: `now` is not a valid date")
  }

  if (!Number.isInteger(minAgeYears) || minAgeYears < 0) {
    throw new RangeError(
      "parseBirthdate: `minAgeYears` must be an integer >= 0"
    )
  }

  return { now, minAgeYears }
}

// Years no Jalali birth date will reach for centuries, but the usual
// Gregorian ones: such a date was written with slashes by mistake, and
// "in the future" would only confuse the shopper.
const GREGORIAN_LOOKING_YEARS = { from: 1900, to: 2100 }

function readJalali(jy: number, jm: number, jd: number): ReadDate {
  if (jy >= GREGORIAN_LOOKING_YEARS.from && jy <= GREGORIAN_LOOKING_YEARS.to) {
    return { ok: false, problem: "format" }
  }

  // The converter stops at this year; any later one is far in the future.
  if (jy > MAX_JALAALI_YEAR) {
    return { ok: false, problem: "future_date" }
  }

  if (!isValidJalaaliDate(jy, jm, jd)) {
    return { ok: false, problem: "invalid_date" }
  }

  return { ok: true, date: toGregorian(jy, jm, jd), calendar: "jalali" }
}

function readGregorian(gy: number, gm: number, gd: number): ReadDate {
  // A day number turns an impossible date such as 02-30 into a real one
  // (03-02); getting back something else shows the input did not exist.
  const date = d2g(g2d(gy, gm, gd))

  if (date.gy !== gy || date.gm !== gm || date.gd !== gd) {
    return { ok: false, problem: "invalid_date" }
  }

  return { ok: true, date, calendar: "gregorian" }
}

function readDate(text: string): ReadDate {
  const jalali = JALALI_FORMAT.exec(text)

  if (jalali) {
    const [, jy, jm, jd] = jalali.map(Number)

    return readJalali(jy, jm, jd)
  }

  const gregorian = GREGORIAN_FORMAT.exec(text)

  if (gregorian) {
    const [, gy, gm, gd] = gregorian.map(Number)

    return readGregorian(gy, gm, gd)
  }

  return { ok: false, problem: "format" }
}

function dayKey(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d
}

// Age counts completed Jalali years, the calendar Iranian law and banks use.
// It can differ by a day from the Gregorian count, because Nowruz moves
// between March 20 and 21.
function completedJalaliYears(birth: JalaaliDate, today: JalaaliDate) {
  const birthdayPassed =
    dayKey(0, today.jm, today.jd) >= dayKey(0, birth.jm, birth.jd)

  return today.jy - birth.jy - (birthdayPassed ? 0 : 1)
}

function judgeAge(
  birth: GregorianDate,
  today: GregorianDate,
  minAgeYears: number
): BirthdateProblem | undefined {
  if (
    dayKey(birth.gy, birth.gm, birth.gd) > dayKey(today.gy, today.gm, today.gd)
  ) {
    return "future_date"
  }

  // Settled before conversion: the converter refuses years before 560 AD.
  if (today.gy - birth.gy > MAX_AGE_YEARS + 1) {
    return "too_old"
  }

  const age = completedJalaliYears(
    toJalaali(birth.gy, birth.gm, birth.gd),
    toJalaali(today.gy, today.gm, today.gd)
  )

  if (age > MAX_AGE_YEARS) {
    return "too_old"
  }

  return age < minAgeYears ? "minor" : undefined
}

function formatGregorian({ gy, gm, gd }: GregorianDate): string {
  const pad = (value: number, width: number) =>
    String(value).padStart(width, "0")

  return `${pad(gy, 4)}-${pad(gm, 2)}-${pad(gd, 2)}`
}

/**
 * Reads a date of birth typed by a shopper, in any digit script:
 * `1370/5/24` is Jalali, `1991-08-15` is Gregorian. Refuses impossible and
 * future dates, shoppers younger than `minAgeYears` on the day of `now` in
 * Tehran, and ages over 120. The value returned is Gregorian `YYYY-MM-DD`.
 */
export function parseBirthdate(
  input: unknown,
  options: BirthdateOptions = {}
): BirthdateResult {
  const { now, minAgeYears } = readOptions(options)
  const refuse = (problem: BirthdateProblem): BirthdateResult => ({
    ok: false,
    error: new IranInputError("birthdate", problem, {
      minAgeYears,
      maxAgeYears: MAX_AGE_YEARS,
    }),
  })

  if (input === undefined || input === null) {
    return refuse("required")
  }

  if (typeof input !== "string") {
    return refuse("format")
  }

  const text = normalizeDigits(input).trim()

  if (text === "") {
    return refuse("required")
  }

  const read = readDate(text)

  if (!read.ok) {
    return refuse(read.problem)
  }

  const problem = judgeAge(read.date, tehranToday(now), minAgeYears)

  if (problem) {
    return refuse(problem)
  }

  return {
    ok: true,
    value: formatGregorian(read.date),
    calendar: read.calendar,
  }
}
