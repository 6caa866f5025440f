import { AdminBaloanLoansParams } from "../validators"

describe("AdminBaloanLoansParams", () => {
  it("reads a comma-separated list of states and defaults the page", () => {
    expect(
      AdminBaloanLoansParams.parse({ state: "established,refused" })
    ).toEqual({ state: ["established", "refused"], limit: 20, offset: 0 })
  })

  it("reads repeated states and numbers sent as text", () => {
    expect(
      AdminBaloanLoansParams.parse({
        state: ["canceled"],
        limit: "50",
        offset: "100",
      })
    ).toEqual({ state: ["canceled"], limit: 50, offset: 100 })
  })

  it.each([
    [{ state: "approved" }],
    [{ limit: "0" }],
    [{ limit: "101" }],
    [{ offset: "-1" }],
    [{ q: "" }],
    [{ national_code: "0011223344" }],
  ])("refuses %j", (query) => {
    expect(AdminBaloanLoansParams.safeParse(query).success).toBe(false)
  })
})
