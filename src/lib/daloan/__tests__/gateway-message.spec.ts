import { safeGatewayMessage } from "../gateway-message"
import { BIRTHDATE, HOLDER } from "./fixtures"

describe("safeGatewayMessage", () => {
  it("takes a short message from a JSON error body", () => {
    expect(safeGatewayMessage('{"message":"loan not found"}', [])).toBe(
      "loan not found"
    )
    expect(safeGatewayMessage('{"error":{"detail":"slow down"}}', [])).toBe(
      "slow down"
    )
  })

  it("takes a short plain-text body", () => {
    expect(safeGatewayMessage("maintenance until noon", [])).toBe(
      "maintenance until noon"
    )
  })

  it("drops a message that could carry a national code or a birth date", () => {
    expect(safeGatewayMessage(`{"message":"bad code ${HOLDER}"}`, [])).toBe(
      undefined
    )
    expect(safeGatewayMessage(`born ${BIRTHDATE}?`, [])).toBeUndefined()
    expect(safeGatewayMessage("code 0 0 2 4 5 2 1 6 6 4", [])).toBeUndefined()
  })

  it("drops a message that contains a known sensitive value", () => {
    expect(
      safeGatewayMessage("wrong secret Hush-Value", ["hush-value"])
    ).toBeUndefined()
  })

  it("drops markup, long text and multi-line text", () => {
    expect(safeGatewayMessage("<html><body>down</body></html>", [])).toBe(
      undefined
    )
    expect(safeGatewayMessage("a".repeat(161), [])).toBeUndefined()
    expect(safeGatewayMessage("line one\nline two", [])).toBeUndefined()
    expect(safeGatewayMessage('{"message": "broken', [])).toBeUndefined()
  })

  it("answers nothing for an empty body or one without a message", () => {
    expect(safeGatewayMessage("", [])).toBeUndefined()
    expect(safeGatewayMessage('{"code":7}', [])).toBeUndefined()
  })
})
