import { isAxiosError } from "axios"

import { applicationBody, PATHS, startHarness, type Harness } from "./support"

describe("faults injected into the sandbox", () => {
  let harness: Harness

  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(() => harness.sandbox.close())
  beforeEach(() => harness.reset())

  const addFault = async (fault: Record<string, unknown>) => {
    const answer = await harness.control("post", "/faults", fault)
    expect(answer.status).toBe(201)
    return answer.data
  }
  const create = () => harness.call(PATHS.create, applicationBody())
  /** The code of the network error a call fails with. */
  const networkError = async (call: Promise<unknown>) => {
    try {
      await call
    } catch (error) {
      if (isAxiosError(error)) {
        return error.code
      }
      throw error
    }
    throw new Error("the call was answered")
  }

  it("answers an error status without acting, then lets the next call through", async () => {
    await addFault({ path: PATHS.create, status: 503 })

    const faulted = await create()
    const next = await create()

    expect(faulted).toEqual({
      status: 503,
      data: { detail: "Service Unavailable" },
    })
    expect(next.status).toBe(200)
    expect(harness.sandbox.loans()).toHaveLength(1)
  })

  it("sends Retry-After when asked", async () => {
    await addFault({ path: PATHS.get, status: 429, retryAfter: 2 })
    await addFault({
      path: PATHS.cancel,
      status: 503,
      retryAfter: "Wed, 21 Oct 2037 07:28:00 GMT",
    })

    const throttled = await harness.http.post(PATHS.get, {})
    const down = await harness.http.post(PATHS.cancel, {})

    expect(throttled.status).toBe(429)
    expect(throttled.headers["retry-after"]).toBe("2")
    expect(down.headers["retry-after"]).toBe("Wed, 21 Oct 2037 07:28:00 GMT")
  })

  it("answers an error status with an HTML or empty body when asked", async () => {
    await addFault({ path: PATHS.get, status: 502, body: "html" })
    await addFault({ path: PATHS.approve, status: 500, body: "empty" })

    const html = await harness.http.post(PATHS.get, {})
    const empty = await harness.http.post(PATHS.approve, {})

    expect(html.status).toBe(502)
    expect(html.headers["content-type"]).toMatch(/^text\/html/)
    expect(html.data).toContain("502 Bad Gateway")
    expect(empty.status).toBe(500)
    expect(empty.data).toBe("")
  })

  it("strikes `count` calls of its path and no other path", async () => {
    await addFault({ path: PATHS.create, status: 503, count: 2 })

    const token = await harness.http.post(
      PATHS.token,
      new URLSearchParams({ grant_type: "client_credentials" })
    )
    const statuses = [(await create()).status, (await create()).status]
    const third = await create()

    expect(token.status).toBe(401)
    expect(statuses).toEqual([503, 503])
    expect(third.status).toBe(200)
  })

  it("drops the connection before acting", async () => {
    await addFault({ path: PATHS.create, drop: "before" })

    expect(await networkError(create())).toBe("ECONNRESET")
    expect(harness.sandbox.loans()).toHaveLength(0)
  })

  it("drops the connection after acting: the loan exists though no answer came", async () => {
    await addFault({ path: PATHS.create, drop: "after" })

    expect(await networkError(create())).toBe("ECONNRESET")
    expect(harness.sandbox.loans()).toHaveLength(1)
  })

  it("drops a settlement's answer after confirming it", async () => {
    const ref = await harness.createLoan()
    await harness.call(PATHS.approve, { loanApplicationRef: ref })
    harness.sandbox.customerApprove(ref)
    await addFault({ path: PATHS.settle, drop: "after" })

    const settle = harness.call(PATHS.settle, { loanApplicationRef: ref })

    expect(await networkError(settle)).toBe("ECONNRESET")
    expect(harness.sandbox.loan(ref)).toMatchObject({
      settled: true,
      settlementCount: 1,
    })
  })

  it("delays the answer, then acts even if the client gave up", async () => {
    await addFault({ path: PATHS.create, delayMs: 300 })
    const token = await harness.token()

    const call = harness.http.post(PATHS.create, applicationBody(), {
      headers: { Authorization: `Bearer ${token}` },
      timeout: 100,
    })

    expect(await networkError(call)).toBe("ECONNABORTED")
    expect(harness.sandbox.loans()).toHaveLength(0)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(harness.sandbox.loans()).toHaveLength(1)
  })

  it("delays, then answers the fault's status", async () => {
    await addFault({ path: PATHS.get, delayMs: 150, status: 503 })
    const started = Date.now()

    const answer = await harness.http.post(PATHS.get, {})

    expect(answer.status).toBe(503)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it("acts, then answers 200 with the real answer made invalid JSON", async () => {
    await addFault({ path: PATHS.create, body: "malformed" })

    const answer = await harness.http.post(PATHS.create, applicationBody(), {
      headers: { Authorization: `Bearer ${await harness.token()}` },
    })

    expect(answer.status).toBe(200)
    expect(() => JSON.parse(answer.data)).toThrow(SyntaxError)
    const [loan] = harness.sandbox.loans()
    expect(answer.data).toContain(loan.loanApplicationReference)
  })

  it.each([
    ["html", /^text\/html/, (data: string) => expect(data).toMatch(/<html>/)],
    ["empty", /^application\/json/, (data: string) => expect(data).toBe("")],
    [
      "wrong-shape",
      /^application\/json/,
      (data: string) =>
        expect(JSON.parse(data)).not.toHaveProperty("loanApplicationStatus"),
    ],
  ])(
    "acts, then answers 200 with a body that is %s",
    async (body, type, check) => {
      const ref = await harness.createLoan()
      await addFault({ path: PATHS.get, body })

      const answer = await harness.http.post(
        PATHS.get,
        { loanApplicationRef: ref },
        { headers: { Authorization: `Bearer ${await harness.token()}` } }
      )

      expect(answer.status).toBe(200)
      expect(answer.headers["content-type"]).toMatch(type)
      check(answer.data)
    }
  )

  it.each([
    [
      "a path the document does not have",
      { path: "/v1/daloan/other/", status: 503 },
    ],
    [
      "a path missing its trailing slash",
      { path: PATHS.create.slice(0, -1), status: 503 },
    ],
    ["a fault that does nothing", { path: PATHS.create }],
    ["a success status", { path: PATHS.create, status: 200 }],
    ["an unknown body kind", { path: PATHS.create, body: "xml" }],
    ["an unknown field", { path: PATHS.create, status: 503, when: "later" }],
  ])("refuses %s with 400", async (_case, fault) => {
    const answer = await harness.control("post", "/faults", fault)

    expect(answer.status).toBe(400)
    expect(answer.data.error).toEqual(expect.any(String))
  })

  it("lists the waiting faults and clears them", async () => {
    await addFault({ path: PATHS.create, status: 503, count: 3 })
    await create()

    const listed = await harness.control("get", "/faults")
    const cleared = await harness.control("delete", "/faults")

    expect(listed.data).toEqual([
      expect.objectContaining({ path: PATHS.create, status: 503, count: 2 }),
    ])
    expect(cleared.status).toBe(204)
    expect((await create()).status).toBe(200)
  })
})
