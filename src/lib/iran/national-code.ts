import { normalizeNationalCodeInput } from "./digits"
import { IranInputError, type IranInputResult } from "./errors"

export type NationalCodeResult = IranInputResult<string, "national_code">

const CODE_LENGTH = 10
const CANONICAL_CODE = /^[0-9]{10}$/
const ALL_SAME_DIGIT = /^([0-9])\1*$/
const FULLY_MASKED = "*".repeat(CODE_LENGTH)

/**
 * The check digit of the official algorithm: the first nine digits weighted
 * 10 down to 2, summed, taken modulo 11; a remainder under 2 is the check
 * digit itself, any other is subtracted from 11.
 */
function computeCheckDigit(nineDigits: string): number {
  let sum = 0

  for (let i = 0; i < 9; i++) {
    sum += Number(nineDigits[i]) * (CODE_LENGTH - i)
  }

  const remainder = sum % 11

  return remainder < 2 ? remainder : 11 - remainder
}

function refuse(
  code: IranInputError<"national_code">["code"]
): NationalCodeResult {
  return { ok: false, error: new IranInputError("national_code", code) }
}

/**
 * Reads a national code typed by a shopper: any digit script, spaces and
 * dashes allowed. Eight or nine digits are taken as a code whose leading
 * zeros were dropped (spreadsheets and number fields do this), so they are
 * padded back to ten. The value returned is ten ASCII digits.
 */
export function parseNationalCode(input: unknown): NationalCodeResult {
  if (input === undefined || input === null) {
    return refuse("required")
  }

  if (typeof input !== "string") {
    // A number has already lost its leading zeros and may be rounded: only
    // text is trusted to carry a code.
    return refuse("format")
  }

  const digits = normalizeNationalCodeInput(input)

  if (digits === "") {
    return refuse("required")
  }

  if (!/^[0-9]{8,10}$/.test(digits)) {
    return refuse("format")
  }

  const code = digits.padStart(CODE_LENGTH, "0")

  // Every one-digit repetition passes the checksum, and none is issued.
  if (ALL_SAME_DIGIT.test(code)) {
    return refuse("same_digits")
  }

  if (computeCheckDigit(code) !== Number(code[9])) {
    return refuse("checksum")
  }

  return { ok: true, value: code }
}

/**
 * True for a national code in its stored form: exactly ten ASCII digits,
 * not one digit repeated, with a valid check digit. Raw shopper input goes
 * through `parseNationalCode` instead.
 */
export function isValidNationalCode(code: unknown): boolean {
  if (typeof code !== "string" || !CANONICAL_CODE.test(code)) {
    return false
  }

  const parsed = parseNationalCode(code)

  return parsed.ok
}

/**
 * Shows the first two and last two digits, for screens and support. Input
 * that is not a ten-digit code is masked completely rather than partly
 * revealed.
 */
export function maskNationalCode(code: unknown): string {
  if (typeof code !== "string") {
    return FULLY_MASKED
  }

  const digits = normalizeNationalCodeInput(code)

  if (!CANONICAL_CODE.test(digits)) {
    return FULLY_MASKED
  }

  return `${digits.slice(0, 2)}${"*".repeat(6)}${digits.slice(-2)}`
}

/**
 * Test fixtures only: appends the check digit to nine ASCII digits. Pick
 * digits no real person holds; a repeated digit such as "111111111" gives a
 * code with a valid checksum that `parseNationalCode` still refuses.
 */
export function makeNationalCode(nineDigits: string): string {
  if (!/^[0-9]{9}$/.test(nineDigits)) {
    throw new RangeError("makeNationalCode expects exactly nine ASCII digits")
  }

  return `${nineDigits}${computeCheckDigit(nineDigits)}`
}
