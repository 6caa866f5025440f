import { BaloanOptionsError, parsePluginOptions } from "../plugin-options"

const SECRET = "do-not-print-this-secret-7d1f"

describe("parsePluginOptions", () => {
  it("fills the defaults", () => {
    expect(
      parsePluginOptions({
        baseUrl: "http://127.0.0.1:4010",
        clientId: "shop",
        clientSecret: SECRET,
      })
    ).toMatchObject({
      repaymentOptions: [6, 12, 18, 24],
      timeoutMs: 15_000,
      maxRetries: 3,
      pendingApprovalTtlHours: 72,
      manualRefunds: false,
    })
  })

  it("names every bad option and never prints a value", () => {
    let error: unknown
    try {
      parsePluginOptions({
        baseUrl: SECRET,
        clientSecret: SECRET,
        repaymentOptions: [0],
        minLoanAmount: 10,
        maxLoanAmount: 5,
      })
    } catch (caught) {
      error = caught
    }

    expect(error).toBeInstanceOf(BaloanOptionsError)
    const message = (error as Error).message
    expect(message).toContain('"baseUrl" must be an http(s) URL')
    expect(message).toContain('"clientId" is required')
    expect(message).toContain('"repaymentOptions.0"')
    expect(message).not.toContain(SECRET)
  })

  it("refuses a minimum above the maximum", () => {
    expect(() =>
      parsePluginOptions({
        baseUrl: "https://gateway.example",
        clientId: "shop",
        clientSecret: SECRET,
        minLoanAmount: 10_000_000,
        maxLoanAmount: 1_000_000,
      })
    ).toThrow('"minLoanAmount" must not be above maxLoanAmount')
  })
})
