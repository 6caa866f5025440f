import { applicantCode, PATHS, startHarness, type Harness } from "./support"

describe("the sandbox under hostile bodies", () => {
  let harness: Harness

  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(() => harness.sandbox.close())
  beforeEach(() => harness.reset())

  it("keeps its request log readable after a deeply nested body", async () => {
    const nested = "[".repeat(10_000) + "]".repeat(10_000)

    const answer = await harness.http.post(PATHS.get, nested, {
      headers: { "content-type": "application/json" },
    })
    const log = await harness.control("get", "/requests")

    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(log.status).toBe(200)
    expect(log.data.at(-1)).toMatchObject({ path: PATHS.get })
  })

  it("answers an unreadable body in JSON, without a stack trace", async () => {
    const huge = JSON.stringify({ loanApplicationRef: "x".repeat(200_000) })

    const tooLarge = await harness.http.post(PATHS.get, huge, {
      headers: { "content-type": "application/json" },
    })
    const badCharset = await harness.http.post(PATHS.get, "{}", {
      headers: { "content-type": "application/json; charset=bogus" },
    })

    expect(tooLarge.status).toBe(413)
    expect(badCharset.status).toBe(415)
    for (const answer of [tooLarge, badCharset]) {
      const body =
        typeof answer.data === "string" ? JSON.parse(answer.data) : answer.data
      expect(answer.headers["content-type"]).toMatch(/^application\/json/)
      expect(body).toEqual({
        detail: "The request body could not be read.",
      })
    }
  })

  it("reads the bearer scheme in any letter case", async () => {
    const token = await harness.token()

    const answer = await harness.http.post(
      PATHS.hasAccount,
      { nationalCode: applicantCode(), birthdate: "1990-03-21" },
      { headers: { authorization: `bearer ${token}` } }
    )

    expect(answer.status).toBe(200)
  })
})
