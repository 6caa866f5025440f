import { fakeNationalCode, isValidNationalCode } from "../national-code"

describe("the sandbox's national code check", () => {
  it("accepts a code whose check digit is right", () => {
    // The create answer's code in the gateway's document.
    expect(isValidNationalCode("3720747522")).toBe(true)
  })

  it("accepts exactly one check digit for any nine first digits", () => {
    for (let i = 0; i < 200; i++) {
      const body = fakeNationalCode().slice(0, 9)
      const valid = [...Array(10).keys()].filter((digit) =>
        isValidNationalCode(`${body}${digit}`)
      )
      expect(valid).toHaveLength(/^(\d)\1{8}$/.test(body) ? 0 : 1)
    }
  })

  it.each([
    ["nine digits", "372074752"],
    ["eleven digits", "37207475220"],
    ["Persian digits", "۳۷۲۰۷۴۷۵۲۲"],
    ["ten equal digits", "1111111111"],
  ])("refuses %s", (_case, code) => {
    expect(isValidNationalCode(code)).toBe(false)
  })

  it("makes codes that pass the check", () => {
    for (let i = 0; i < 50; i++) {
      expect(isValidNationalCode(fakeNationalCode())).toBe(true)
    }
  })
})
