import { REDACTED, redact } from "../redact"
import { HOLDER } from "./fixtures"

describe("redact", () => {
  it("masks a national code to its first and last two digits", () => {
    const masked = `${HOLDER.slice(0, 2)}******${HOLDER.slice(-2)}`
    expect(redact(`code ${HOLDER} refused`)).toBe(`code ${masked} refused`)
  })

  it("masks a national code typed in Persian digits", () => {
    const persian = Array.from(HOLDER)
      .map((digit) => String.fromCharCode(0x06f0 + Number(digit)))
      .join("")
    const result = redact(`کد ${persian}`)
    expect(result).not.toContain(persian)
    expect(result).toContain("******")
  })

  it("keeps longer digit runs such as loan references readable", () => {
    expect(redact("loan LN_00001574234")).toBe("loan LN_00001574234")
  })

  it("masks bearer credentials", () => {
    const result = redact("Authorization: Bearer abc.DEF-123_xyz")
    expect(result).not.toContain("abc.DEF-123_xyz")
    expect(result).toContain(`Bearer ${REDACTED}`)
  })

  it("masks secret-looking pairs in forms and JSON", () => {
    const form = redact(
      "client_id=shop&client_secret=s3cr3t-value&grant_type=x"
    )
    const json = redact('{"access_token":"tok-value-1","expires_in":1800}')
    expect(form).not.toContain("s3cr3t-value")
    expect(form).toContain("client_id=shop")
    expect(json).not.toContain("tok-value-1")
    expect(json).toContain('"expires_in":1800')
  })

  it("masks every known value wherever it appears", () => {
    const result = redact("x-Opaque42-y and Opaque42", ["Opaque42"])
    expect(result).toBe(`x-${REDACTED}-y and ${REDACTED}`)
  })

  it("turns other values into text before masking", () => {
    expect(redact({ nationalCode: HOLDER })).not.toContain(HOLDER)
    expect(redact(undefined)).toBe("undefined")
  })
})
