import { describe, expect, it } from "@jest/globals"
import {
  checkDigit,
  generateJalaliBirthdate,
  generateNationalCode,
  maskBirthdate,
  maskNationalCode,
  toPersianDigits,
} from "../shopper-identity.mjs"

// A source of "random" numbers that plays back the given values in turn.
function playback(...values) {
  let next = 0
  return () => values[next++ % values.length]
}

// The first digit is drawn from 0-8, the others from 0-9.
const first = (digit) => digit / 9 + 0.01
const next = (...digits) => digits.map((digit) => digit / 10 + 0.01)

describe("checkDigit", () => {
  it("takes a remainder under 2 as the check digit itself", () => {
    // 1*10 + 2*9 + 3*8 + 4*7 + 5*6 + 6*5 + 7*4 + 8*3 + 9*2 = 210 = 19*11 + 1
    expect(checkDigit("123456789")).toBe(1)
  })

  it("subtracts any other remainder from 11", () => {
    // 1*10 = 10, remainder 10: 11 - 10 = 1
    expect(checkDigit("100000000")).toBe(1)
    // 1*2 = 2, remainder 2: 11 - 2 = 9
    expect(checkDigit("000000001")).toBe(9)
  })
})

describe("generateNationalCode", () => {
  it("writes ten digits whose last is the check digit of the first nine", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateNationalCode()
      expect(code).toMatch(/^\d{10}$/)
      expect(Number(code[9])).toBe(checkDigit(code.slice(0, 9)))
    }
  })

  it("never starts with 9, the sandbox's digit for 'no Blu account'", () => {
    const code = generateNationalCode(() => 0.999)
    expect(code[0]).not.toBe("9")
  })

  it("draws again rather than answer ten equal digits", () => {
    // The first draw is nine zeros, whose check digit is 0 too.
    const random = playback(
      first(0),
      ...next(0, 0, 0, 0, 0, 0, 0, 0),
      first(1),
      ...next(2, 3, 4, 5, 6, 7, 8, 9)
    )
    const code = generateNationalCode(random)
    expect(code).not.toBe("0000000000")
    expect(code.slice(0, 9)).toBe("123456789")
  })
})

describe("generateJalaliBirthdate", () => {
  it.each([0, 0.5, 0.9999])(
    "writes YYYY/MM/DD in Persian digits within the calendar (random %p)",
    (value) => {
      const date = generateJalaliBirthdate(() => value)
      expect(date).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/)

      const [year, month, day] = date
        .replace(/[۰-۹]/g, (digit) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(digit)))
        .split("/")
        .map(Number)
      expect(year).toBeGreaterThanOrEqual(1340)
      expect(year).toBeLessThan(1380)
      expect(month).toBeGreaterThanOrEqual(1)
      expect(month).toBeLessThanOrEqual(12)
      expect(day).toBeGreaterThanOrEqual(1)
      expect(day).toBeLessThanOrEqual(month <= 6 ? 31 : 30)
    }
  )
})

describe("masks", () => {
  it("keeps only the first two and last two digits of a national code", () => {
    expect(maskNationalCode("1234567891")).toBe("12******91")
  })

  it("masks a code typed in Persian digits the same way", () => {
    expect(maskNationalCode(toPersianDigits("1234567891"))).toBe("12******91")
  })

  it("shows no digit of a birth date, in any script", () => {
    expect(maskBirthdate("1990-03-21")).toBe("****-**-**")
    expect(maskBirthdate(toPersianDigits("1370/06/31"))).toBe("****/**/**")
    expect(maskBirthdate("١٣٧٠/٠٦/٣١")).toBe("****/**/**")
  })
})
