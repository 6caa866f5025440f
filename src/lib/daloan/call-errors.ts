import { isAxiosError } from "axios"

import { type DaloanCall, isMutatingCall } from "./calls"
import {
  DaloanAuthenticationError,
  DaloanConnectionError,
  type DaloanConnectionFailure,
  type DaloanError,
  DaloanInvalidRequestError,
  DaloanMalformedResponseError,
  DaloanNotFoundError,
  DaloanRateLimitError,
  DaloanUnavailableError,
} from "./errors"
import { safeGatewayMessage } from "./gateway-message"
import { parseRetryAfter } from "./retry-policy"

export type CallContext = {
  call: DaloanCall
  path: string
  /** Values no message may show: secret, token, the shopper's details. */
  sensitive: readonly string[]
}

function failureMessage(
  call: DaloanCall,
  kind: string,
  status: number | undefined,
  detail: string | undefined,
  outcomeUnknown: boolean
): string {
  const name = call === "token" ? "token request" : call
  const http = status === undefined ? "" : ` (HTTP ${status})`
  const said = detail ? `: ${detail}` : ""
  const unknown = outcomeUnknown
    ? "; the gateway may have acted, outcome unknown"
    : ""
  return `Daloan ${name} failed: ${kind}${http}${said}${unknown}`
}

/** The error for a non-2xx answer. */
export function errorFromStatus(
  ctx: CallContext,
  status: number,
  body: string,
  retryAfterHeader: unknown,
  nowMs: number
): DaloanError {
  const detail = safeGatewayMessage(body, ctx.sensitive)
  const base = { path: ctx.path, status }

  if (status === 401 || status === 403) {
    return new DaloanAuthenticationError({
      ...base,
      message: failureMessage(
        ctx.call,
        "authentication",
        status,
        detail,
        false
      ),
    })
  }
  if (status === 404) {
    return new DaloanNotFoundError({
      ...base,
      message: failureMessage(ctx.call, "not found", status, detail, false),
    })
  }
  if (status === 429) {
    return new DaloanRateLimitError({
      ...base,
      retryAfterMs: parseRetryAfter(retryAfterHeader, nowMs),
      message: failureMessage(ctx.call, "rate limited", status, detail, false),
    })
  }
  if (status >= 500) {
    // A 5xx may come after the gateway acted (a crash while answering).
    const outcomeUnknown = isMutatingCall(ctx.call)
    return new DaloanUnavailableError({
      ...base,
      outcomeUnknown,
      retryAfterMs:
        status === 503 ? parseRetryAfter(retryAfterHeader, nowMs) : undefined,
      message: failureMessage(
        ctx.call,
        "unavailable",
        status,
        detail,
        outcomeUnknown
      ),
    })
  }
  if (status >= 400) {
    return new DaloanInvalidRequestError({
      ...base,
      message: failureMessage(
        ctx.call,
        "invalid request",
        status,
        detail,
        false
      ),
    })
  }
  // Redirects are not followed (the bearer token must not travel to another
  // host) and 1xx/3xx are no answer the document describes.
  return new DaloanMalformedResponseError({
    ...base,
    message: failureMessage(
      ctx.call,
      "unexpected answer",
      status,
      undefined,
      false
    ),
  })
}

/** The error for a 2xx answer that cannot be read. */
export function malformedAnswer(
  ctx: CallContext,
  status: number,
  reason: string
): DaloanMalformedResponseError {
  // The gateway answered 2xx, so a mutating call probably went through, but
  // its result (a new loan reference, say) is lost.
  const outcomeUnknown = isMutatingCall(ctx.call)
  return new DaloanMalformedResponseError({
    path: ctx.path,
    status,
    outcomeUnknown,
    message: failureMessage(
      ctx.call,
      "malformed response",
      status,
      reason,
      outcomeUnknown
    ),
  })
}

function codesOf(error: unknown): string[] {
  const codes: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 4 && typeof current === "object"; depth++) {
    if (current === null) {
      break
    }
    const { code, cause } = current as { code?: unknown; cause?: unknown }
    if (typeof code === "string") {
      codes.push(code)
    }
    current = cause
  }
  return codes
}

function failureOf(
  codes: string[],
  deadlinePassed: boolean
): DaloanConnectionFailure {
  if (codes.includes("ECONNREFUSED")) {
    return "refused"
  }
  if (codes.includes("ENOTFOUND") || codes.includes("EAI_AGAIN")) {
    return "unresolved"
  }
  const timedOut =
    deadlinePassed ||
    codes.includes("ECONNABORTED") ||
    codes.includes("ETIMEDOUT")
  return timedOut ? "timeout" : "reset"
}

/**
 * The error for a request that got no answer. Anything that is not an axios
 * error is a defect of the client and is thrown as it is.
 */
export function errorFromTransport(
  ctx: CallContext,
  error: unknown,
  deadlinePassed: boolean
): DaloanError {
  if (!isAxiosError(error)) {
    throw error
  }
  const codes = codesOf(error)

  // axios reports both a body over maxContentLength and a connection lost
  // in the middle of the body as ERR_BAD_RESPONSE; only the first is an
  // answer, the second is a reset like any other.
  if (
    codes.includes("ERR_BAD_RESPONSE") &&
    error.message.includes("maxContentLength")
  ) {
    return malformedAnswer(
      ctx,
      error.response?.status ?? 200,
      "the answer is too large"
    )
  }
  const failure = failureOf(codes, deadlinePassed)
  const cannotHaveActed = failure === "refused" || failure === "unresolved"
  const outcomeUnknown = isMutatingCall(ctx.call) && !cannotHaveActed
  const kind =
    failure === "unresolved" ? "host not found" : `connection ${failure}`
  return new DaloanConnectionError({
    path: ctx.path,
    failure,
    outcomeUnknown,
    message: failureMessage(
      ctx.call,
      kind,
      undefined,
      undefined,
      outcomeUnknown
    ),
  })
}
