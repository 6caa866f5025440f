import { IranInputError } from "../errors"
import {
  isValidNationalCode,
  makeNationalCode,
  maskNationalCode,
  parseNationalCode,
} from "../national-code"
import { DIGIT_SCRIPTS, writeDigitsIn } from "./digit-scripts"

// Fixtures: digits of pi and e, completed with their check digit.
const PI_CODE = makeNationalCode("314159265")
const E_CODE = makeNationalCode("271828182")
const PI_TAIL_CODE = makeNationalCode("626433832")
const TWO_ZEROS_CODE = makeNationalCode("002718281")
const ONE_ZERO_CODE = makeNationalCode("031415926")

describe("makeNationalCode", () => {
  it.each([
    // 3*10+1*9+4*8+1*7+5*6+9*5+2*4+6*3+5*2 = 189, 189 % 11 = 2, 11 - 2 = 9
    ["a remainder of 2 or more", "314159265", "3141592659"],
    // 2*10+7*9+1*8+8*7+2*6+8*5+1*4+8*3+2*2 = 231, 231 % 11 = 0
    ["a remainder of 0", "271828182", "2718281820"],
    // 6*10+2*9+6*8+4*7+3*6+3*5+8*4+3*3+2*2 = 232, 232 % 11 = 1
    ["a remainder of 1", "626433832", "6264338321"],
  ])("appends the check digit for %s", (_name, nine, expected) => {
    expect(makeNationalCode(nine)).toBe(expected)
  })

  it.each(["12345678", "1234567890", "۳۱۴۱۵۹۲۶۵", "31415926a", ""])(
    "refuses %p, which is not nine ASCII digits",
    (nine) => {
      expect(() => makeNationalCode(nine)).toThrow(RangeError)
    }
  )
})

describe("parseNationalCode", () => {
  describe.each(DIGIT_SCRIPTS)("with %s digits", (script) => {
    it.each([
      ["a plain code", PI_CODE, PI_CODE],
      ["a code with check digit 0", E_CODE, E_CODE],
      ["a code with check digit 1", PI_TAIL_CODE, PI_TAIL_CODE],
      ["a code with leading zeros", TWO_ZEROS_CODE, TWO_ZEROS_CODE],
      ["8 digits", TWO_ZEROS_CODE.slice(2), TWO_ZEROS_CODE],
      ["9 digits", ONE_ZERO_CODE.slice(1), ONE_ZERO_CODE],
      ["spaces", `${PI_CODE.slice(0, 3)} ${PI_CODE.slice(3)}`, PI_CODE],
      ["dashes", `${PI_CODE.slice(0, 3)}-${PI_CODE.slice(3)}`, PI_CODE],
      ["surrounding blanks", ` ${PI_CODE}\n`, PI_CODE],
      ["direction marks", `\u200f${PI_CODE}\u200c`, PI_CODE],
    ])("accepts %s", (_name, input, expected) => {
      expect(parseNationalCode(writeDigitsIn(script, input))).toEqual({
        ok: true,
        value: expected,
      })
    })

    it.each([
      ["blanks only", " - ", "required"],
      ["7 digits", PI_CODE.slice(3), "format"],
      ["11 digits", `${PI_CODE}0`, "format"],
      ["a letter", `${PI_CODE.slice(0, 9)}x`, "format"],
      ["a dot", `${PI_CODE.slice(0, 5)}.${PI_CODE.slice(5)}`, "format"],
      ["a sign", `+${PI_CODE.slice(1)}`, "format"],
      ["one repeated digit", "7777777777", "same_digits"],
      ["zeros", "0000000000", "same_digits"],
      ["8 zeros, padded to 10", "00000000", "same_digits"],
      ["a wrong check digit", `${PI_CODE.slice(0, 9)}8`, "checksum"],
      [
        "two swapped digits",
        `1${PI_CODE.slice(0, 1)}${PI_CODE.slice(2)}`,
        "checksum",
      ],
    ])("refuses %s with %s", (_name, input, code) => {
      const result = parseNationalCode(writeDigitsIn(script, input))

      expect(result.ok).toBe(false)
      expect(!result.ok && result.error.code).toBe(code)
    })
  })

  it.each([
    ["undefined", undefined, "required"],
    ["null", null, "required"],
    ["an empty string", "", "required"],
    ["a number", Number(PI_CODE), "format"],
    ["an object", { code: PI_CODE }, "format"],
  ])("refuses %s with %s", (_name, input, code) => {
    const result = parseNationalCode(input)

    expect(!result.ok && result.error.code).toBe(code)
  })

  it.each(["314159265", "271828182", "002718281", "987654321", "100000000"])(
    "accepts exactly one of the ten last digits after %s",
    (nine) => {
      const accepted = Array.from(
        { length: 10 },
        (_, d) => `${nine}${d}`
      ).filter((code) => parseNationalCode(code).ok)

      expect(accepted).toEqual([makeNationalCode(nine)])
    }
  )

  it("returns an IranInputError that names the field", () => {
    const result = parseNationalCode("abc")

    expect(!result.ok && result.error).toBeInstanceOf(IranInputError)
    expect(!result.ok && result.error.field).toBe("national_code")
  })

  it("never repeats the refused code in its messages", () => {
    const refused = [`${PI_CODE.slice(0, 9)}8`, "7777777777", `${PI_CODE}12`]

    for (const input of refused) {
      const result = parseNationalCode(input)

      if (result.ok) {
        throw new Error("expected a refusal")
      }

      const { message, messages } = result.error
      const text = [message, messages.en, messages.fa].join(" ")

      expect(text).not.toMatch(/[0-9۰-۹]{4,}/)
      expect(text).not.toContain(input.slice(0, 4))
    }
  })
})

describe("isValidNationalCode", () => {
  it.each([PI_CODE, E_CODE, TWO_ZEROS_CODE])("accepts %s", (code) => {
    expect(isValidNationalCode(code)).toBe(true)
  })

  it.each([
    ["Persian digits", writeDigitsIn("persian", PI_CODE)],
    ["8 digits", TWO_ZEROS_CODE.slice(2)],
    ["spaces", `${PI_CODE.slice(0, 3)} ${PI_CODE.slice(3)}`],
    ["one repeated digit", "5555555555"],
    ["a wrong check digit", `${PI_CODE.slice(0, 9)}0`],
    ["a number", Number(PI_CODE)],
    ["undefined", undefined],
  ])("refuses a code with %s, which is not the stored form", (_n, code) => {
    expect(isValidNationalCode(code)).toBe(false)
  })
})

describe("maskNationalCode", () => {
  it.each(DIGIT_SCRIPTS)(
    "keeps the first two and last two digits of %s digits",
    (script) => {
      expect(maskNationalCode(writeDigitsIn(script, TWO_ZEROS_CODE))).toBe(
        `00******${TWO_ZEROS_CODE.slice(-2)}`
      )
    }
  )

  it.each([
    ["8 digits", TWO_ZEROS_CODE.slice(2)],
    ["11 digits", `${PI_CODE}1`],
    ["letters", "abcdefghij"],
    ["an empty string", ""],
    ["a number", Number(PI_CODE)],
    ["null", null],
  ])("masks everything when given %s", (_name, input) => {
    expect(maskNationalCode(input)).toBe("**********")
  })
})
