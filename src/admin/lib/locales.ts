/** The Intl locales the admin's language calls for. */
export type BaloanLocales = {
  persian: boolean
  /** Numbers: Persian digits in Persian. */
  numbers: string
  /** Gregorian dates, in the admin's language. */
  gregorian: string
  /** Jalali dates, always in Persian: that is how the calendar is read. */
  jalali: string
}

export const JALALI_LOCALE = "fa-IR-u-ca-persian"

/**
 * The dashboard names its languages without a hyphen ("enGB", "ptBR");
 * Intl wants a BCP 47 tag, and anything it cannot read falls back to
 * English rather than breaking the page.
 */
export function localesFor(language: string | undefined): BaloanLocales {
  const tag = toTag(language ?? "en")
  const persian = tag === "fa" || tag.startsWith("fa-")
  return {
    persian,
    numbers: persian ? "fa-IR" : tag,
    gregorian: persian ? "fa-IR-u-ca-gregory" : tag,
    jalali: JALALI_LOCALE,
  }
}

function toTag(language: string): string {
  const tag = language.replace(/([a-z])([A-Z])/g, "$1-$2")
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en"
  } catch {
    return "en"
  }
}
