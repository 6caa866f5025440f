import { type DaloanCall, isIdempotentCall } from "./calls"
import {
  DaloanAuthenticationError,
  DaloanConnectionError,
  DaloanRateLimitError,
  DaloanUnavailableError,
} from "./errors"

export const BACKOFF_BASE_MS = 200
export const BACKOFF_CAP_MS = 5_000
export const RETRY_AFTER_CAP_MS = 30_000

export type RetryInput = {
  call: DaloanCall
  error: unknown
  /** 1 for the first attempt; token refreshes are not counted. */
  attempt: number
  maxRetries: number
  /** A value in [0, 1) for the jitter, drawn by the caller. */
  random: number
  /** Whether this call already fetched a fresh token after a 401. */
  tokenRefreshed: boolean
}

export type RetryDecision =
  | { retry: false }
  | { retry: true; delayMs: number; refreshToken: boolean }

/** Capped exponential backoff with full jitter. */
export function backoffDelay(attempt: number, random: number): number {
  const ceiling = Math.min(
    BACKOFF_CAP_MS,
    BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1)
  )
  return Math.floor(ceiling * Math.min(Math.max(random, 0), 1))
}

function retryAfterOf(error: unknown): number | undefined {
  if (
    error instanceof DaloanRateLimitError ||
    error instanceof DaloanUnavailableError
  ) {
    return error.retryAfterMs
  }
  return undefined
}

/**
 * Whether the failure proves the gateway did not act, so that even a call
 * that creates or moves money can be sent again.
 */
function gatewayCannotHaveActed(error: unknown): boolean {
  if (error instanceof DaloanRateLimitError) {
    return true
  }
  return error instanceof DaloanConnectionError && !error.requestMayHaveBeenSent
}

function isTransient(error: unknown): boolean {
  return (
    error instanceof DaloanRateLimitError ||
    error instanceof DaloanUnavailableError ||
    error instanceof DaloanConnectionError
  )
}

/**
 * The whole retry rule, as a pure function. A 401 is answered once with a
 * fresh token: the gateway rejected the call, so it did not act. Reads and
 * cancel repeat on any transient failure. Create, approve and settlement
 * repeat only when the gateway cannot have acted (429, a connection refused
 * before sending); after a timeout, a reset, a 5xx or an unreadable 2xx their
 * outcome is unknown and repeating could lend or settle twice.
 */
export function decideRetry(input: RetryInput): RetryDecision {
  const { call, error, attempt, maxRetries, random } = input

  if (error instanceof DaloanAuthenticationError && error.status === 401) {
    if (call === "token" || input.tokenRefreshed) {
      return { retry: false }
    }
    return { retry: true, delayMs: 0, refreshToken: true }
  }

  if (attempt > maxRetries) {
    return { retry: false }
  }
  const repeatable = isIdempotentCall(call)
    ? isTransient(error)
    : gatewayCannotHaveActed(error)
  if (!repeatable) {
    return { retry: false }
  }

  const retryAfterMs = retryAfterOf(error)
  const delayMs =
    retryAfterMs !== undefined
      ? Math.min(Math.max(retryAfterMs, 0), RETRY_AFTER_CAP_MS)
      : backoffDelay(attempt, random)
  return { retry: true, delayMs, refreshToken: false }
}

/**
 * Reads a Retry-After header: delta seconds or an HTTP date, against the
 * injected clock. Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  header: unknown,
  nowMs: number
): number | undefined {
  if (typeof header !== "string" || header.trim() === "") {
    return undefined
  }
  const text = header.trim()
  if (/^\d+(\.\d+)?$/.test(text)) {
    return Math.round(Number(text) * 1000)
  }
  const date = Date.parse(text)
  if (Number.isNaN(date)) {
    return undefined
  }
  return Math.max(0, date - nowMs)
}
