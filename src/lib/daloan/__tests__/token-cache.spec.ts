import { type FetchedToken, TokenCache } from "../token-cache"

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe("TokenCache", () => {
  it("shares one fetch among every caller waiting for it", async () => {
    const pending = deferred<FetchedToken>()
    const fetch = jest.fn(() => pending.promise)
    const cache = new TokenCache(fetch, () => 0)

    const callers = Array.from({ length: 20 }, () => cache.get())
    pending.resolve({ accessToken: "t1", expiresInMs: 1_800_000 })

    expect(await Promise.all(callers)).toEqual(Array(20).fill("t1"))
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it("refreshes 60 s before a long-lived token expires", async () => {
    let now = 0
    let issued = 0
    const cache = new TokenCache(
      async () => ({ accessToken: `t${++issued}`, expiresInMs: 1_800_000 }),
      () => now
    )
    await cache.get()

    now = 1_800_000 - 60_000 - 1
    expect(await cache.get()).toBe("t1")
    now = 1_800_000 - 60_000
    expect(await cache.get()).toBe("t2")
  })

  it("refreshes at 10% of the lifetime when that is shorter than 60 s", async () => {
    let now = 0
    let issued = 0
    const cache = new TokenCache(
      async () => ({ accessToken: `t${++issued}`, expiresInMs: 100_000 }),
      () => now
    )
    await cache.get()

    now = 89_999
    expect(await cache.get()).toBe("t1")
    now = 90_000
    expect(await cache.get()).toBe("t2")
  })

  it("forgets a refused token but not a fresher one", async () => {
    let issued = 0
    const cache = new TokenCache(
      async () => ({ accessToken: `t${++issued}`, expiresInMs: 1_800_000 }),
      () => 0
    )
    await cache.get()

    cache.invalidate("t1")
    expect(await cache.get()).toBe("t2")
    cache.invalidate("t1")
    expect(await cache.get()).toBe("t2")
  })

  it("lets the next caller try again after a failed fetch", async () => {
    const fetch = jest
      .fn<Promise<FetchedToken>, []>()
      .mockRejectedValueOnce(new Error("down"))
      .mockResolvedValueOnce({ accessToken: "t2", expiresInMs: 1_800_000 })
    const cache = new TokenCache(fetch, () => 0)

    await expect(cache.get()).rejects.toThrow("down")
    expect(await cache.get()).toBe("t2")
  })

  it("keeps the token out of JSON and inspection", async () => {
    const cache = new TokenCache(
      async () => ({ accessToken: "very-private", expiresInMs: 1_800_000 }),
      () => 0
    )
    await cache.get()

    const { inspect } = await import("util")
    expect(JSON.stringify(cache)).not.toContain("very-private")
    expect(inspect(cache, { depth: 5, showHidden: true })).not.toContain(
      "very-private"
    )
  })
})
