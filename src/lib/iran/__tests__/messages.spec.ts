import {
  IranInputError,
  type IranInputField,
  type IranInputProblems,
} from "../errors"

const ALL_PROBLEMS: { [F in IranInputField]: IranInputProblems[F][] } = {
  national_code: ["required", "format", "checksum", "same_digits"],
  birthdate: [
    "required",
    "format",
    "invalid_date",
    "future_date",
    "minor",
    "too_old",
  ],
  amount: ["invalid_amount"],
  currency: ["unsupported_currency"],
}

const EVERY_ERROR = Object.entries(ALL_PROBLEMS).flatMap(([field, codes]) =>
  codes.map(
    (code) =>
      new IranInputError(field as IranInputField, code, {
        minAgeYears: 18,
        maxAgeYears: 120,
      })
  )
)

describe.each(EVERY_ERROR.map((error) => [error.field, error.code, error]))(
  "the %s / %s error",
  (_field, _code, error) => {
    it("is an Error named IranInputError with the English message", () => {
      expect(error).toBeInstanceOf(Error)
      expect(error.name).toBe("IranInputError")
      expect(error.message).toBe(error.messages.en)
    })

    it("has a sentence in each language with every placeholder filled", () => {
      for (const text of [error.messages.en, error.messages.fa]) {
        expect(text.trim().length).toBeGreaterThan(10)
        expect(text).not.toMatch(/[{}]/)
        expect(text).toMatch(/[.!]$/)
      }
    })

    it("writes English without Persian letters", () => {
      expect(error.messages.en).not.toMatch(/[\u0600-\u06ff]/)
    })

    it("writes Persian in Persian letters and digits", () => {
      const fa = error.messages.fa

      expect(fa).toMatch(/[\u0600-\u06ff]/)
      // Latin letters only for the ISO currency codes.
      expect(fa.replace(/IRR|IRT/g, "")).not.toMatch(/[A-Za-z0-9]/)
      // Persian yeh and keheh, never the Arabic forms.
      expect(fa).not.toMatch(/[\u064a\u0643]/)
    })
  }
)
