import { toFilters } from "../query-loans"

describe("toFilters", () => {
  it("filters on the states asked for", () => {
    expect(toFilters({ state: ["established", "canceled"] })).toEqual({
      state: ["established", "canceled"],
    })
  })

  it("searches a piece of the reference literally, wildcards included", () => {
    expect(toFilters({ q: "LN_0%" })).toEqual({
      loan_application_ref: { $ilike: "%LN\\_0\\%%" },
    })
  })

  it("filters nothing when nothing is asked", () => {
    expect(toFilters({})).toEqual({})
  })
})
