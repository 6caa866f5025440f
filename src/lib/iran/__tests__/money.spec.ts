import { IranInputError } from "../errors"
import { toRials } from "../money"

function thrownBy(run: () => unknown): IranInputError {
  try {
    run()
  } catch (error) {
    if (error instanceof IranInputError) {
      return error
    }

    throw error
  }

  throw new Error("expected an IranInputError")
}

describe("toRials", () => {
  it.each([
    [1000, "IRR", 1000],
    [0, "IRR", 0],
    [1000.5, "IRR", 1001],
    [1000.49, "IRR", 1000],
    [1.005, "IRR", 1],
    [1500, "IRT", 15000],
    [12.5, "IRT", 125],
    [0.05, "IRT", 1],
    [0.04, "IRT", 0],
    [4.35, "IRT", 44],
    [1.005, "IRT", 10],
    [0.0000001, "IRT", 0],
    [900719925474099, "IRT", 9007199254740990],
    [Number.MAX_SAFE_INTEGER, "IRR", Number.MAX_SAFE_INTEGER],
  ])("converts %p %s to %p rials", (amount, currency, expected) => {
    expect(toRials(amount, currency)).toBe(expected)
  })

  it.each(["irr", "Irr", "iRt", "irt"])(
    "reads the currency code %s in any letter case",
    (currency) => {
      const perUnit = currency.toUpperCase() === "IRT" ? 10 : 1

      expect(toRials(7, currency)).toBe(7 * perUnit)
    }
  )

  it("rounds every half toman up", () => {
    // Every amount with two decimals ending in 5, from 0.05 to 9999.95 toman:
    // t hundredths of a toman are exactly (t - 5) / 10 + 1 rials once rounded.
    for (let t = 5; t < 1_000_000; t += 10) {
      const amount = Number(
        `${Math.floor(t / 100)}.${String(t % 100).padStart(2, "0")}`
      )

      expect(toRials(amount, "IRT")).toBe((t - 5) / 10 + 1)
    }
  })

  it("returns 0, not -0, for an amount of -0", () => {
    expect(Object.is(toRials(-0, "IRT"), 0)).toBe(true)
  })

  it.each(["USD", "EUR", "", "IR", "IRRX", " IRR", "تومان", "toman"])(
    "throws unsupported_currency for %p",
    (currency) => {
      const error = thrownBy(() => toRials(100, currency))

      expect(error.code).toBe("unsupported_currency")
      expect(error.field).toBe("currency")
    }
  )

  it.each([
    ["a negative amount", -1],
    ["a small negative amount", -0.01],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["an amount past exact integers", 1e16],
    ["a toman amount past exact integers", Number.MAX_SAFE_INTEGER / 10 + 1],
  ])("throws invalid_amount for %s", (_name, amount) => {
    const error = thrownBy(() => toRials(amount, "IRT"))

    expect(error.code).toBe("invalid_amount")
    expect(error.field).toBe("amount")
  })

  it("throws invalid_amount for a value that is not a number", () => {
    const amount: unknown = "100"

    const error = thrownBy(() => toRials(amount as number, "IRR"))

    expect(error.code).toBe("invalid_amount")
  })
})
