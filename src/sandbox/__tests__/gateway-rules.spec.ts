import {
  applicantCode,
  applicationBody,
  codeStartingWith,
  PATHS,
  startHarness,
  type Harness,
} from "./support"

/** A valid code with its check digit changed: the checksum fails. */
function withWrongCheckDigit(code: string): string {
  const wrong = String((Number(code[9]) + 1) % 10)
  return code.slice(0, 9) + wrong
}

describe("the sandbox's gateway rules", () => {
  let harness: Harness

  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(() => harness.sandbox.close())
  beforeEach(() => harness.reset())

  describe("create", () => {
    it.each([
      [
        "a national code with a wrong check digit",
        { nationalCode: withWrongCheckDigit(applicantCode()) },
        "nationalCode",
      ],
      [
        "a national code sent as a number",
        { nationalCode: 24521664 },
        "nationalCode",
      ],
      [
        "a national code of 9 digits",
        { nationalCode: "123456789" },
        "nationalCode",
      ],
      ["a Jalali birth date", { birthdate: "1369/01/01" }, "birthdate"],
      [
        "a birth date that is no real day",
        { birthdate: "1990-02-30" },
        "birthdate",
      ],
      [
        "a loan amount sent as a string",
        { loanAmount: "250000000" },
        "loanAmount",
      ],
      ["a loan amount with a fraction", { loanAmount: 2500.5 }, "loanAmount"],
      ["a loan amount of zero", { loanAmount: 0 }, "loanAmount"],
      ["no loan amount", { loanAmount: undefined }, "loanAmount"],
      ["61 repayments", { numberOfRepayments: 61 }, "numberOfRepayments"],
      ["0 repayments", { numberOfRepayments: 0 }, "numberOfRepayments"],
      [
        "a customer contribution above 0",
        { customerContributionAmount: 1000 },
        "customerContributionAmount",
      ],
      [
        "no customer contribution",
        { customerContributionAmount: undefined },
        "customerContributionAmount",
      ],
    ])("answers 400 naming the field for %s", async (_case, change, field) => {
      const answer = await harness.call(PATHS.create, applicationBody(change))

      expect(answer.status).toBe(400)
      expect(Object.keys(answer.data)).toEqual([field])
      expect(harness.sandbox.loans()).toHaveLength(0)
    })

    it("accepts 1 and 60 repayments and a leading-zero national code", async () => {
      const leadingZero = codeStartingWith("00")

      for (const numberOfRepayments of [1, 60]) {
        const answer = await harness.call(
          PATHS.create,
          applicationBody({ numberOfRepayments, nationalCode: leadingZero })
        )
        expect(answer.status).toBe(200)
        expect(answer.data.nationalCode).toBe(leadingZero)
      }
    })

    it("refuses form fields under a JSON content type, as the Python samples send them", async () => {
      const fields = new URLSearchParams({
        birthdate: "1990-03-21",
        nationalCode: applicantCode(),
        loanAmount: "250000000",
        numberOfRepayments: "12",
        customerContributionAmount: "0",
      })
      const answer = await harness.http.post(PATHS.create, fields.toString(), {
        headers: {
          Authorization: `Bearer ${await harness.token()}`,
          "Content-Type": "application/json",
        },
      })

      expect(answer.status).toBe(400)
    })

    it("refuses a JSON body sent with another content type", async () => {
      const answer = await harness.http.post(
        PATHS.create,
        JSON.stringify(applicationBody()),
        {
          headers: {
            Authorization: `Bearer ${await harness.token()}`,
            "Content-Type": "text/plain",
          },
        }
      )

      expect(answer.status).toBe(400)
    })
  })

  describe("has-account", () => {
    it("says a code whose first digit is 9 has no Blu account, and any other has one", async () => {
      const without = await harness.call(PATHS.hasAccount, {
        birthdate: "1985-11-02",
        nationalCode: codeStartingWith("9"),
      })
      const withAccount = await harness.call(PATHS.hasAccount, {
        birthdate: "1985-11-02",
        nationalCode: applicantCode(),
      })

      expect(without).toEqual({ status: 200, data: { hasBluAccount: false } })
      expect(withAccount).toEqual({
        status: 200,
        data: { hasBluAccount: true },
      })
    })

    it("refuses to create a loan for a code without a Blu account", async () => {
      const answer = await harness.call(
        PATHS.create,
        applicationBody({ nationalCode: codeStartingWith("9") })
      )

      expect(answer.status).toBe(400)
      expect(harness.sandbox.loans()).toHaveLength(0)
    })

    it("answers 400 to a missing birth date", async () => {
      const answer = await harness.call(PATHS.hasAccount, {
        nationalCode: applicantCode(),
      })

      expect(answer.status).toBe(400)
      expect(answer.data).toEqual({ birthdate: ["This field is required."] })
    })
  })

  describe("paths", () => {
    it.each([
      ["create without its trailing slash", PATHS.create.slice(0, -1)],
      ["approve with a trailing slash", `${PATHS.approve}/`],
      ["get without its trailing slash", PATHS.get.slice(0, -1)],
      ["a path in capitals", PATHS.cancel.toUpperCase()],
      [
        "a path the document does not have",
        "/v1/daloan/loan/applications/list/",
      ],
    ])(
      "answers 404 to %s, as for any path it does not have",
      async (_case, path) => {
        const ref = await harness.createLoan()

        const answer = await harness.call(path, { loanApplicationRef: ref })

        expect(answer.status).toBe(404)
        expect(answer.data).toMatch(/<h1>Not Found<\/h1>/)
      }
    )

    it("answers 405 to a GET on a documented path", async () => {
      const answer = await harness.http.get(PATHS.get)

      expect(answer.status).toBe(405)
      expect(answer.headers.allow).toBe("POST")
    })

    it.each(["approve", "get", "settle", "cancel"] as const)(
      "answers 404 to %s of an unknown loan",
      async (call) => {
        const answer = await harness.call(PATHS[call], {
          loanApplicationRef: "LN_00000000000",
        })

        expect(answer).toEqual({ status: 404, data: { detail: "Not found." } })
      }
    )

    it("answers 400 to a call without a loanApplicationRef", async () => {
      const answer = await harness.call(PATHS.get, { loanApplicationRef: "" })

      expect(answer.status).toBe(400)
      expect(Object.keys(answer.data)).toEqual(["loanApplicationRef"])
    })
  })
})
