/**
 * Builders of obviously fake, checksum-valid test values. Written here on
 * purpose rather than imported from the sandbox, so that the sandbox and the
 * client keep checking each other.
 */

/** The national code whose first nine digits are `prefix`, with its check digit. */
export function nationalCodeFrom(prefix: string): string {
  if (!/^[0-9]{9}$/.test(prefix)) {
    throw new Error("a national code prefix is 9 digits")
  }
  const sum = Array.from(prefix).reduce(
    (total, digit, index) => total + Number(digit) * (10 - index),
    0
  )
  const remainder = sum % 11
  const check = remainder < 2 ? remainder : 11 - remainder
  return `${prefix}${check}`
}

/** A valid code of a shopper who has a Blu account (first digit not 9). */
export const HOLDER = nationalCodeFrom("001234567")

/** A valid code of a shopper without a Blu account (first digit 9). */
export const NON_HOLDER = nationalCodeFrom("912345678")

/** A code of the right shape whose check digit is wrong. */
export const BAD_CHECKSUM = `${HOLDER.slice(0, 9)}${(Number(HOLDER[9]) + 1) % 10}`

export const BIRTHDATE = "1990-01-31"

export const SILENT_LOGGER = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
}
