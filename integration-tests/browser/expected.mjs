// What the widget should show, computed here without Intl, the way the
// widget does not compute it: digit grouping by hand, Jalali days with
// jalaali-js. A shared mistake in Intl use cannot pass both sides.
import { toJalaali } from "jalaali-js"

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
const JALALI_MONTHS = [
  "فروردین",
  "اردیبهشت",
  "خرداد",
  "تیر",
  "مرداد",
  "شهریور",
  "مهر",
  "آبان",
  "آذر",
  "دی",
  "بهمن",
  "اسفند",
]
const TEHRAN_OFFSET_MS = (3 * 60 + 30) * 60 * 1000

/** 255000000 → "255,000,000" */
export function grouped(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
}

export function persianDigits(value) {
  return String(value).replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[digit])
}

/**
 * The gateway's date as a day in Tehran (which has kept +03:30 all year
 * since 2022), in ISO and in the Jalali calendar as the widget writes it.
 */
export function tehranDay(isoInstant) {
  const shifted = new Date(new Date(isoInstant).getTime() + TEHRAN_OFFSET_MS)
  const [gy, gm, gd] = [
    shifted.getUTCFullYear(),
    shifted.getUTCMonth() + 1,
    shifted.getUTCDate(),
  ]
  const { jy, jm, jd } = toJalaali(gy, gm, gd)
  return {
    iso: `${gy}-${String(gm).padStart(2, "0")}-${String(gd).padStart(2, "0")}`,
    jalaliYear: persianDigits(jy),
    jalaliMonth: JALALI_MONTHS[jm - 1],
    jalaliDay: persianDigits(jd),
  }
}
