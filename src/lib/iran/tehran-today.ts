import type { GregorianDate } from "jalaali-js"

// Iran keeps one time zone (UTC+03:30, no daylight saving since 2022). The
// shopper's "today" is the day in Tehran, not the server's local day nor
// the UTC day, which lags behind it for three and a half hours every night.
const TEHRAN_DAY = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", {
  timeZone: "Asia/Tehran",
  year: "numeric",
  month: "numeric",
  day: "numeric",
})

/** The Gregorian calendar day in Tehran at the instant `now`. */
export function tehranToday(now: Date): GregorianDate {
  const parts = TEHRAN_DAY.formatToParts(now)
  const read = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value)

  return { gy: read("year"), gm: read("month"), gd: read("day") }
}
