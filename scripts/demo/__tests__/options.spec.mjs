import { describe, expect, it } from "@jest/globals"
import { UsageError, readOptions } from "../options.mjs"
import { checkDigit } from "../shopper-identity.mjs"

const GATEWAY = {
  BALOAN_BASE_URL: "https://gateway.example.test",
  BALOAN_CLIENT_ID: "shop-id",
  BALOAN_CLIENT_SECRET: "shop-secret",
}
const OPERATOR = {
  BALOAN_DEMO_NATIONAL_CODE: "1234567891",
  BALOAN_DEMO_BIRTHDATE: "1370/06/31",
}

describe("readOptions", () => {
  it("reads --json and --keep", () => {
    const options = readOptions(["--json", "--keep"], {})
    expect(options).toMatchObject({ json: true, keep: true })
  })

  it("refuses an argument it does not know", () => {
    expect(() => readOptions(["--jsn"], {})).toThrow(UsageError)
  })

  it("uses the sandbox with a generated, checksum-valid shopper", () => {
    const { gateway, shopper } = readOptions([], {})
    expect(gateway).toBeNull()
    expect(Number(shopper.nationalCode[9])).toBe(
      checkDigit(shopper.nationalCode.slice(0, 9))
    )
    expect(shopper.birthdate).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/)
    expect(shopper.numberOfRepayments).toBe(12)
  })

  it("names the gateway settings that are missing", () => {
    const env = { BALOAN_BASE_URL: GATEWAY.BALOAN_BASE_URL }
    expect(() => readOptions([], env)).toThrow(
      /missing: BALOAN_CLIENT_ID, BALOAN_CLIENT_SECRET/
    )
  })

  it.each(Object.keys(OPERATOR))(
    "refuses a real gateway without the operator's %s",
    (name) => {
      const env = { ...GATEWAY, ...OPERATOR, [name]: "" }
      expect(() => readOptions([], env)).toThrow(UsageError)
      expect(() => readOptions([], env)).toThrow(name)
    }
  )

  it("uses the operator's own details with a real gateway", () => {
    const { gateway, shopper } = readOptions([], { ...GATEWAY, ...OPERATOR })
    expect(gateway).toEqual({
      baseUrl: GATEWAY.BALOAN_BASE_URL,
      clientId: GATEWAY.BALOAN_CLIENT_ID,
      clientSecret: GATEWAY.BALOAN_CLIENT_SECRET,
    })
    expect(shopper.nationalCode).toBe(OPERATOR.BALOAN_DEMO_NATIONAL_CODE)
    expect(shopper.birthdate).toBe(OPERATOR.BALOAN_DEMO_BIRTHDATE)
  })

  it("never repeats a refused national code in its message", () => {
    const env = { ...GATEWAY, BALOAN_DEMO_NATIONAL_CODE: "1234567891" }
    expect(() => readOptions([], env)).not.toThrow(/1234567891/)
  })
})
