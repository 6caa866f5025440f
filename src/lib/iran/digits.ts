const PERSIAN_ZERO = 0x06f0
const ARABIC_INDIC_ZERO = 0x0660

// Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits: Iranian
// keyboards type the first, phones set to Arabic locales the second.
const NON_ASCII_DIGITS = /[\u06f0-\u06f9\u0660-\u0669]/g

// Invisible marks that copy-paste from right-to-left text leaves behind:
// zero-width space, ZWNJ, ZWJ, LRM, RLM, the Arabic letter mark, the byte
// order mark and the bidi embedding and isolate controls. They would make a
// string of digits fail a format check while looking right to the shopper.
const INVISIBLE_MARKS = /[\u200b-\u200f\u061c\ufeff\u202a-\u202e\u2066-\u2069]/g

// Separators a shopper may type inside a national code: any whitespace
// (including the no-break space), the ASCII hyphen, the Unicode dashes and
// minus sign, and the soft hyphen.
const CODE_SEPARATORS = /[\s\u002d\u00ad\u2010-\u2015\u2212]/g

/**
 * Turns Persian and Arabic-Indic digits into ASCII digits and removes
 * invisible direction and joiner marks. Everything else is left as is.
 */
export function normalizeDigits(input: string): string {
  return input
    .replace(INVISIBLE_MARKS, "")
    .replace(NON_ASCII_DIGITS, (digit) => {
      const code = digit.charCodeAt(0)
      const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO

      return String(code - zero)
    })
}

/**
 * Like `normalizeDigits`, and also removes the spaces and dashes a shopper
 * may type to group the digits of a national code.
 */
export function normalizeNationalCodeInput(input: string): string {
  return normalizeDigits(input).replace(CODE_SEPARATORS, "")
}

/**
 * Writes ASCII digits with Persian digits, for numbers inside Persian
 * sentences.
 */
export function toPersianDigits(input: string): string {
  return input.replace(/[0-9]/g, (digit) =>
    String.fromCharCode(PERSIAN_ZERO + Number(digit))
  )
}
