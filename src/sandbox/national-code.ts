/**
 * The Iranian national code's check digit, written here again on purpose:
 * the sandbox shares no code with the plugin it tests.
 */
export function isValidNationalCode(code: string): boolean {
  if (!/^\d{10}$/.test(code) || /^(\d)\1{9}$/.test(code)) {
    return false
  }
  return checkDigit(code.slice(0, 9)) === Number(code[9])
}

function checkDigit(first9: string): number {
  let sum = 0
  for (let i = 0; i < 9; i++) {
    sum += Number(first9[i]) * (10 - i)
  }
  const remainder = sum % 11
  return remainder < 2 ? remainder : 11 - remainder
}

/** A random checksum-valid code, for tests and demo shoppers. */
export function fakeNationalCode(random: () => number = Math.random): string {
  for (;;) {
    let body = ""
    for (let i = 0; i < 9; i++) {
      body += Math.floor(random() * 10)
    }
    const code = body + checkDigit(body)
    if (isValidNationalCode(code)) {
      return code
    }
  }
}
