export type DaloanErrorType =
  | "invalid_request"
  | "authentication"
  | "not_found"
  | "rate_limited"
  | "unavailable"
  | "connection"
  | "malformed_response"

export type DaloanErrorInit = {
  /** Already safe to show: built by the client, never a body dump. */
  message: string
  path: string
  status?: number
  outcomeUnknown?: boolean
}

/**
 * Base of every error the client throws. It carries no request, response or
 * cause: an axios error's config holds the Authorization header, and
 * `util.inspect` would print a cause.
 */
export class DaloanError extends Error {
  readonly type: DaloanErrorType
  readonly status?: number
  /** True exactly when the gateway may have acted and the result is unknown. */
  readonly outcomeUnknown: boolean
  readonly path: string

  constructor(type: DaloanErrorType, init: DaloanErrorInit) {
    super(init.message)
    this.name = new.target.name
    this.type = type
    this.path = init.path
    this.outcomeUnknown = init.outcomeUnknown ?? false
    if (init.status !== undefined) {
      this.status = init.status
    }
  }
}

export class DaloanInvalidRequestError extends DaloanError {
  constructor(init: DaloanErrorInit) {
    super("invalid_request", init)
  }
}

export class DaloanAuthenticationError extends DaloanError {
  constructor(init: DaloanErrorInit) {
    super("authentication", init)
  }
}

export class DaloanNotFoundError extends DaloanError {
  constructor(init: DaloanErrorInit) {
    super("not_found", init)
  }
}

export class DaloanRateLimitError extends DaloanError {
  /** From the Retry-After header, when the gateway sent one. */
  readonly retryAfterMs?: number

  constructor(init: DaloanErrorInit & { retryAfterMs?: number }) {
    super("rate_limited", init)
    if (init.retryAfterMs !== undefined) {
      this.retryAfterMs = init.retryAfterMs
    }
  }
}

export class DaloanUnavailableError extends DaloanError {
  /** From the Retry-After header a 503 may carry. */
  readonly retryAfterMs?: number

  constructor(init: DaloanErrorInit & { retryAfterMs?: number }) {
    super("unavailable", init)
    if (init.retryAfterMs !== undefined) {
      this.retryAfterMs = init.retryAfterMs
    }
  }
}

/**
 * Why the connection failed. `refused` and `unresolved` happen before a byte
 * of the request leaves; `reset` and `timeout` may happen after the gateway
 * received it.
 */
export type DaloanConnectionFailure =
  | "refused"
  | "unresolved"
  | "reset"
  | "timeout"

export class DaloanConnectionError extends DaloanError {
  readonly failure: DaloanConnectionFailure
  /** False only when the request cannot have reached the gateway. */
  readonly requestMayHaveBeenSent: boolean

  constructor(
    init: DaloanErrorInit & {
      failure: DaloanConnectionFailure
    }
  ) {
    super("connection", init)
    this.failure = init.failure
    this.requestMayHaveBeenSent =
      init.failure !== "refused" && init.failure !== "unresolved"
  }
}

export class DaloanMalformedResponseError extends DaloanError {
  constructor(init: DaloanErrorInit) {
    super("malformed_response", init)
  }
}
