import {
  CLIENT_ID,
  CLIENT_SECRET,
  PATHS,
  startHarness,
  type Harness,
} from "./support"

describe("the sandbox's authentication", () => {
  let clock = Date.parse("2025-01-01T08:00:00Z")
  let harness: Harness

  beforeAll(async () => {
    harness = await startHarness({ tokenTtlSeconds: 600, now: () => clock })
  })
  afterAll(() => harness.sandbox.close())

  const form = (fields: Record<string, string>) => new URLSearchParams(fields)
  const goodForm = () =>
    form({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: "client_credentials",
    })
  const getWith = (authorization?: string) =>
    harness.http.post(
      PATHS.get,
      { loanApplicationRef: "LN_00000000001" },
      { headers: authorization ? { Authorization: authorization } : {} }
    )

  it("issues a bearer token for a form-encoded client_credentials request", async () => {
    const answer = await harness.http.post(PATHS.token, goodForm())

    expect(answer.status).toBe(200)
    const token = JSON.parse(answer.data)
    expect(token).toEqual({
      access_token: expect.stringMatching(/^\S{20,}$/),
      expires_in: 600,
      token_type: "Bearer",
      scope: "read write groups",
    })
  })

  it("refuses a token request sent as JSON with 400", async () => {
    const answer = await harness.http.post(PATHS.token, {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: "client_credentials",
    })

    expect(answer.status).toBe(400)
  })

  it("refuses another grant type with 400", async () => {
    const fields = goodForm()
    fields.set("grant_type", "password")

    const answer = await harness.http.post(PATHS.token, fields)

    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.data)).toEqual({ error: "unsupported_grant_type" })
  })

  it.each([
    ["a wrong secret", { client_secret: "not-the-secret" }],
    ["a wrong client id", { client_id: "someone-else" }],
    ["no secret", { client_secret: "" }],
  ])("answers 401 to %s", async (_case, change) => {
    const fields = goodForm()
    for (const [key, value] of Object.entries(change)) {
      fields.set(key, value)
    }

    const answer = await harness.http.post(PATHS.token, fields)

    expect(answer.status).toBe(401)
  })

  it("answers 401 to a call without a token, or with an unknown one", async () => {
    expect((await getWith()).status).toBe(401)
    expect((await getWith("Bearer not-a-token")).status).toBe(401)
    // The document's samples put the client id after "Bearer".
    expect((await getWith(`Bearer ${CLIENT_ID}`)).status).toBe(401)
  })

  it("accepts a token until its lifetime has passed by the clock", async () => {
    const answer = await harness.http.post(PATHS.token, goodForm())
    const token = JSON.parse(answer.data).access_token

    clock += 599_000
    expect((await getWith(`Bearer ${token}`)).status).toBe(404)

    clock += 1_000
    expect((await getWith(`Bearer ${token}`)).status).toBe(401)
  })

  it("expires every token when told to through the control API", async () => {
    const answer = await harness.http.post(PATHS.token, goodForm())
    const token = JSON.parse(answer.data).access_token
    expect((await getWith(`Bearer ${token}`)).status).toBe(404)

    const expired = await harness.control("post", "/tokens/expire")

    expect(expired.status).toBe(204)
    expect((await getWith(`Bearer ${token}`)).status).toBe(401)
  })
})
