import type { DaloanCall } from "../calls"
import {
  DaloanAuthenticationError,
  DaloanConnectionError,
  type DaloanConnectionFailure,
  DaloanInvalidRequestError,
  DaloanMalformedResponseError,
  DaloanNotFoundError,
  DaloanRateLimitError,
  DaloanUnavailableError,
} from "../errors"
import {
  backoffDelay,
  BACKOFF_CAP_MS,
  decideRetry,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
} from "../retry-policy"

const path = "/v1/daloan/loan/applications/get/"

const connection = (failure: DaloanConnectionFailure) =>
  new DaloanConnectionError({ path, failure, message: "x" })

const errors = {
  rateLimited: () =>
    new DaloanRateLimitError({ path, status: 429, message: "x" }),
  unavailable: () =>
    new DaloanUnavailableError({ path, status: 503, message: "x" }),
  serverError: () =>
    new DaloanUnavailableError({ path, status: 500, message: "x" }),
  refused: () => connection("refused"),
  unresolved: () => connection("unresolved"),
  reset: () => connection("reset"),
  timeout: () => connection("timeout"),
  malformed: () =>
    new DaloanMalformedResponseError({ path, status: 200, message: "x" }),
  invalid: () =>
    new DaloanInvalidRequestError({ path, status: 400, message: "x" }),
  notFound: () => new DaloanNotFoundError({ path, status: 404, message: "x" }),
}

type ErrorName = keyof typeof errors

function retries(call: DaloanCall, name: ErrorName): boolean {
  return decideRetry({
    call,
    error: errors[name](),
    attempt: 1,
    maxRetries: 3,
    random: 0.5,
    tokenRefreshed: false,
  }).retry
}

const ALL = Object.keys(errors) as ErrorName[]

function retriedSet(call: DaloanCall): ErrorName[] {
  return ALL.filter((name) => retries(call, name))
}

describe("decideRetry", () => {
  const transient: ErrorName[] = [
    "rateLimited",
    "unavailable",
    "serverError",
    "refused",
    "unresolved",
    "reset",
    "timeout",
  ]

  it.each<DaloanCall>([
    "token",
    "hasAccount",
    "getLoanApplication",
    "cancelLoanApplication",
  ])("repeats %s on 429, 5xx and every connection failure", (call) => {
    expect(retriedSet(call)).toEqual(transient)
  })

  it.each<DaloanCall>([
    "createLoanApplication",
    "approveLoanApplication",
    "confirmSettlement",
  ])("repeats %s only when the gateway cannot have acted", (call) => {
    expect(retriedSet(call)).toEqual(["rateLimited", "refused", "unresolved"])
  })

  it("stops after maxRetries retries", () => {
    const decide = (attempt: number) =>
      decideRetry({
        call: "getLoanApplication",
        error: errors.timeout(),
        attempt,
        maxRetries: 2,
        random: 0.5,
        tokenRefreshed: false,
      }).retry
    expect([1, 2, 3].map(decide)).toEqual([true, true, false])
  })

  it("never retries when maxRetries is 0", () => {
    const decision = decideRetry({
      call: "getLoanApplication",
      error: errors.unavailable(),
      attempt: 1,
      maxRetries: 0,
      random: 0.5,
      tokenRefreshed: false,
    })
    expect(decision.retry).toBe(false)
  })

  it("answers a 401 once with a fresh token and no delay, even for create", () => {
    const error = new DaloanAuthenticationError({
      path,
      status: 401,
      message: "x",
    })
    const first = decideRetry({
      call: "createLoanApplication",
      error,
      attempt: 1,
      maxRetries: 0,
      random: 0.5,
      tokenRefreshed: false,
    })
    const second = decideRetry({
      call: "createLoanApplication",
      error,
      attempt: 1,
      maxRetries: 3,
      random: 0.5,
      tokenRefreshed: true,
    })
    expect(first).toEqual({ retry: true, delayMs: 0, refreshToken: true })
    expect(second).toEqual({ retry: false })
  })

  it("does not refresh on a 401 of the token request itself", () => {
    const error = new DaloanAuthenticationError({
      path,
      status: 401,
      message: "x",
    })
    const decision = decideRetry({
      call: "token",
      error,
      attempt: 1,
      maxRetries: 3,
      random: 0.5,
      tokenRefreshed: false,
    })
    expect(decision.retry).toBe(false)
  })

  it("waits what Retry-After asks, capped", () => {
    const decide = (retryAfterMs: number, random: number) =>
      decideRetry({
        call: "createLoanApplication",
        error: new DaloanRateLimitError({
          path,
          status: 429,
          retryAfterMs,
          message: "x",
        }),
        attempt: 1,
        maxRetries: 3,
        random,
        tokenRefreshed: false,
      })
    expect(decide(7_000, 0.1)).toMatchObject({ delayMs: 7_000 })
    expect(decide(7_000, 0.9)).toMatchObject({ delayMs: 7_000 })
    expect(decide(120_000, 0.5)).toMatchObject({ delayMs: RETRY_AFTER_CAP_MS })
  })

  it("honours Retry-After on a 503 too", () => {
    const decision = decideRetry({
      call: "getLoanApplication",
      error: new DaloanUnavailableError({
        path,
        status: 503,
        retryAfterMs: 2_000,
        message: "x",
      }),
      attempt: 3,
      maxRetries: 3,
      random: 0.99,
      tokenRefreshed: false,
    })
    expect(decision).toEqual({
      retry: true,
      delayMs: 2_000,
      refreshToken: false,
    })
  })

  it("backs off with full jitter when no Retry-After came", () => {
    const delay = (attempt: number, random: number) => {
      const decision = decideRetry({
        call: "hasAccount",
        error: errors.timeout(),
        attempt,
        maxRetries: 10,
        random,
        tokenRefreshed: false,
      })
      return decision.retry ? decision.delayMs : -1
    }
    expect(delay(1, 0.5)).toBe(backoffDelay(1, 0.5))
    expect(delay(4, 0.25)).toBe(backoffDelay(4, 0.25))
  })
})

describe("backoffDelay", () => {
  it("doubles its ceiling from 200 ms per attempt", () => {
    // With random just below 1 the delay is just below the ceiling.
    const ceilings = [1, 2, 3, 4].map((attempt) =>
      backoffDelay(attempt, 0.9999)
    )
    expect(ceilings).toEqual([199, 399, 799, 1599])
  })

  it("never exceeds the 5 s cap", () => {
    expect(backoffDelay(30, 0.9999)).toBeLessThan(BACKOFF_CAP_MS)
    expect(backoffDelay(30, 0.9999)).toBeGreaterThan(BACKOFF_CAP_MS - 5)
  })

  it("can be zero, which is what full jitter means", () => {
    expect(backoffDelay(5, 0)).toBe(0)
  })
})

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-03-01T10:00:00Z")

  it("reads delta seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3_000)
    expect(parseRetryAfter(" 1.5 ", now)).toBe(1_500)
  })

  it("reads an HTTP date against the given clock", () => {
    const header = new Date(now + 12_000).toUTCString()
    expect(parseRetryAfter(header, now)).toBe(12_000)
  })

  it("never answers a negative wait for a date in the past", () => {
    const header = new Date(now - 60_000).toUTCString()
    expect(parseRetryAfter(header, now)).toBe(0)
  })

  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter("", now)).toBeUndefined()
    expect(parseRetryAfter("soon", now)).toBeUndefined()
    expect(parseRetryAfter(["3"], now)).toBeUndefined()
  })
})
