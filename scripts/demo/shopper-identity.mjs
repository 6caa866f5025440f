// Who the demo shopper is. Against the sandbox the identity is made up: a
// checksum-valid national code and a Jalali birth date in Persian digits,
// the way a shopper types them. Against a real gateway a made-up code could
// belong to a real person, so only the operator's own details are used.
const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

export const NUMBER_OF_REPAYMENTS = 12

export function generateShopper(random = Math.random) {
  return {
    nationalCode: generateNationalCode(random),
    birthdate: generateJalaliBirthdate(random),
    numberOfRepayments: NUMBER_OF_REPAYMENTS,
  }
}

/**
 * Nine random digits, the first never 9 (the sandbox's rule for "no Blu
 * account"), then the check digit: the nine weighted 10 down to 2, summed,
 * modulo 11; a remainder under 2 is the digit itself, else 11 minus it.
 */
export function generateNationalCode(random = Math.random) {
  for (;;) {
    let body = String(Math.floor(random() * 9))
    for (let i = 1; i < 9; i++) {
      body += Math.floor(random() * 10)
    }
    const code = body + checkDigit(body)
    // Ten equal digits pass the checksum but are not issued.
    if (!/^(\d)\1{9}$/.test(code)) {
      return code
    }
  }
}

export function checkDigit(nineDigits) {
  let sum = 0
  for (let i = 0; i < 9; i++) {
    sum += Number(nineDigits[i]) * (10 - i)
  }
  const remainder = sum % 11
  return remainder < 2 ? remainder : 11 - remainder
}

/** A Jalali date between 1340 and 1379, written YYYY/MM/DD in Persian. */
export function generateJalaliBirthdate(random = Math.random) {
  const year = 1340 + Math.floor(random() * 40)
  const month = 1 + Math.floor(random() * 12)
  // The first six months have 31 days, the next five 30, Esfand 29 or 30.
  const days = month <= 6 ? 31 : month <= 11 ? 30 : 29
  const day = 1 + Math.floor(random() * days)
  const text = [year, pad(month), pad(day)].join("/")
  return toPersianDigits(text)
}

export function toPersianDigits(text) {
  return text.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)])
}

/** The form the plugin shows too: the first two and last two digits. */
export function maskNationalCode(code) {
  const digits = toAsciiDigits(String(code)).replace(/\D/g, "")
  if (digits.length < 6) {
    return "*".repeat(digits.length)
  }
  return digits.slice(0, 2) + "*".repeat(digits.length - 4) + digits.slice(-2)
}

/** A birth date is shown as its shape only. */
export function maskBirthdate(date) {
  return String(date).replace(/[0-9\u06f0-\u06f9\u0660-\u0669]/g, "*")
}

function toAsciiDigits(text) {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) =>
    String(digit.charCodeAt(0) & 0xf)
  )
}

function pad(number) {
  return String(number).padStart(2, "0")
}
