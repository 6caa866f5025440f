// Rewrites ASCII digits in the other scripts shoppers type, so every table
// case runs three times. Written apart from the code under test on purpose.
export const DIGIT_SCRIPTS = ["ascii", "persian", "arabic-indic"] as const

export type DigitScript = (typeof DIGIT_SCRIPTS)[number]

const ZERO: Record<DigitScript, number> = {
  ascii: 0x30,
  persian: 0x06f0,
  "arabic-indic": 0x0660,
}

export function writeDigitsIn(script: DigitScript, text: string): string {
  return text.replace(/[0-9]/g, (digit) =>
    String.fromCharCode(ZERO[script] + Number(digit))
  )
}
