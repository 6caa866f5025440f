import { normalizeDigits, normalizeNationalCodeInput } from "../digits"
import { DIGIT_SCRIPTS, writeDigitsIn } from "./digit-scripts"

describe("normalizeDigits", () => {
  it.each(DIGIT_SCRIPTS)("turns %s digits into ASCII digits", (script) => {
    expect(normalizeDigits(writeDigitsIn(script, "0123456789"))).toBe(
      "0123456789"
    )
  })

  it("converts mixed scripts in one string", () => {
    expect(normalizeDigits("۱٢3")).toBe("123")
  })

  it.each([
    ["zero-width non-joiner", "\u200c"],
    ["zero-width joiner", "\u200d"],
    ["left-to-right mark", "\u200e"],
    ["right-to-left mark", "\u200f"],
    ["zero-width space", "\u200b"],
    ["Arabic letter mark", "\u061c"],
    ["byte order mark", "\ufeff"],
    ["right-to-left embedding", "\u202b"],
    ["first strong isolate", "\u2068"],
  ])("strips the %s", (_name, mark) => {
    expect(normalizeDigits(`${mark}۱۲${mark}34${mark}`)).toBe("1234")
  })

  it("keeps spaces, dashes, slashes and letters", () => {
    expect(normalizeDigits(" ۱۴۰۳/۱۲-۳۰ ab ")).toBe(" 1403/12-30 ab ")
  })
})

describe("normalizeNationalCodeInput", () => {
  it.each([
    ["spaces", "۳۱۴ ۱۵۹ ۲۶۵۹", "3141592659"],
    ["a no-break space and a tab", "314\u00a0159\t2659", "3141592659"],
    ["hyphens", "٣١٤-١٥٩-٢٦٥٩", "3141592659"],
    ["Unicode dashes and minus", "314\u2013159\u2014265\u22129", "3141592659"],
    ["direction marks", "\u200f3141592659\u200e", "3141592659"],
  ])("removes %s", (_name, input, expected) => {
    expect(normalizeNationalCodeInput(input)).toBe(expected)
  })

  it("leaves other characters for the parser to refuse", () => {
    expect(normalizeNationalCodeInput("314.159/2659")).toBe("314.159/2659")
  })
})
