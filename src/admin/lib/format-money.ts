/** A whole number of rials with the locale's group separators. */
export function formatRials(rials: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(
    rials
  )
}

/** Ten rials make a toman; a rial left over shows as a tenth. */
export function formatTomans(rials: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
    rials / 10
  )
}

export function formatPercent(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 2,
  }).format(rate / 100)
}

export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count)
}
