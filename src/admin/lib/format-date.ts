import type { BaloanLocales } from "./locales"

/**
 * The gateway's dates are days at an Iranian bank: they are read in
 * Tehran's time zone, whatever the admin's browser is set to.
 */
export const LOAN_TIME_ZONE = "Asia/Tehran"

export type DualDate = {
  /** The day in Tehran, YYYY-MM-DD, for a `<time>` element. */
  iso: string
  jalali: string
  gregorian: string
}

export function formatDualDate(
  value: string | null | undefined,
  locales: BaloanLocales,
  { withTime = false }: { withTime?: boolean } = {}
): DualDate | null {
  if (!value) {
    return null
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return null
  }
  const options: Intl.DateTimeFormatOptions = {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: LOAN_TIME_ZONE,
  }
  return {
    iso: tehranDay(date),
    jalali: new Intl.DateTimeFormat(locales.jalali, options).format(date),
    gregorian: new Intl.DateTimeFormat(locales.gregorian, options).format(date),
  }
}

/** The calendar day in Tehran, as YYYY-MM-DD. */
export function tehranDay(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: LOAN_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date)
  const part = (type: string) =>
    parts.find((candidate) => candidate.type === type)?.value ?? ""
  return `${part("year")}-${part("month")}-${part("day")}`
}

/**
 * A moment in one calendar only, for a sentence: the Jalali one in
 * Persian, the Gregorian one in any other language.
 */
export function formatMoment(
  value: string | null | undefined,
  locales: BaloanLocales
): string | null {
  const date = formatDualDate(value, locales, { withTime: true })
  if (!date) {
    return null
  }
  return locales.persian ? date.jalali : date.gregorian
}
