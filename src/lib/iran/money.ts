import { IranInputError } from "./errors"

// Powers of ten from each accepted currency to rials: one toman is ten
// rials. IRT is not an ISO 4217 code, but Iranian shops price in tomans.
const RIAL_DECIMAL_SHIFT = new Map([
  ["IRR", 0],
  ["IRT", 1],
])

// Moves the decimal point in the amount's own decimal spelling, so that a
// half is exactly a half by construction (4.35 toman is 43.5 rials) instead
// of relying on a binary floating-point product to land on it.
function shiftDecimalPoint(amount: number, places: number): number {
  const [mantissa, exponent = "0"] = String(amount).split("e")

  return Number(`${mantissa}e${Number(exponent) + places}`)
}

/**
 * Converts an amount in IRR or IRT (any letter case) to whole rials,
 * rounding half up. Throws an `IranInputError` for another currency, and
 * for an amount that is negative, not finite, or too large to count
 * exactly.
 */
export function toRials(amount: number, currency: string): number {
  const shift =
    typeof currency === "string"
      ? RIAL_DECIMAL_SHIFT.get(currency.toUpperCase())
      : undefined

  if (shift === undefined) {
    throw new IranInputError("currency", "unsupported_currency")
  }

  if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0) {
    throw new IranInputError("amount", "invalid_amount")
  }

  // Math.round rounds halves up, the rule for amounts >= 0; adding 0 turns
  // the -0 that an amount of -0 would give into 0.
  const rials = Math.round(shiftDecimalPoint(amount, shift)) + 0

  if (!Number.isSafeInteger(rials)) {
    throw new IranInputError("amount", "invalid_amount")
  }

  return rials
}
