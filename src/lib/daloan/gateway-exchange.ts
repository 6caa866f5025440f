import http from "http"
import https from "https"

import axios, { type AxiosInstance, type AxiosResponse } from "axios"
import type { z } from "zod"

import {
  type CallContext,
  errorFromStatus,
  errorFromTransport,
  malformedAnswer,
} from "./call-errors"
import { type DaloanCall, DALOAN_PATHS, isIdempotentCall } from "./calls"
import { DaloanConnectionError } from "./errors"
import { readJsonAnswer } from "./read-answer"
import { describeSchemaFailure } from "./schemas"

const JSON_TYPE = "application/json"
const MAX_ANSWER_BYTES = 1_000_000

export type Payload = { data: string; contentType: string }

export type Exchange<S extends z.ZodType> = {
  call: DaloanCall
  payload: Payload
  schema: S
  token: string | undefined
  attempt: number
  /** Logged with the call: a loan reference is not personal. */
  ref?: string
  /** Values no error message may repeat. */
  sensitive: string[]
}

/** The prefix of every log line: the call and, when there is one, the loan. */
export function callLabel(call: DaloanCall, ref: string | undefined): string {
  return `Daloan ${call}${ref ? ` for ${ref}` : ""}`
}

/**
 * One request and its answer, turned into a parsed value or a DaloanError.
 * It never retries: that is the client's single retry layer.
 */
export class GatewayExchange {
  readonly #http: AxiosInstance
  readonly #timeoutMs: number
  readonly #now: () => number
  readonly #log: (line: string) => void
  // Calls that must not be repeated blindly never reuse an idle keep-alive
  // socket: the server may close it just as the request leaves, and the
  // reset would leave an outcome unknown for no reason.
  readonly #freshHttpAgent = new http.Agent({ keepAlive: false })
  readonly #freshHttpsAgent = new https.Agent({ keepAlive: false })

  constructor(
    options: { baseUrl: string; timeoutMs: number; userAgent: string },
    deps: { now: () => number; log: (line: string) => void }
  ) {
    this.#timeoutMs = options.timeoutMs
    this.#now = deps.now
    this.#log = deps.log
    this.#http = axios.create({
      baseURL: options.baseUrl,
      timeout: options.timeoutMs,
      headers: { "User-Agent": options.userAgent, Accept: JSON_TYPE },
      // Statuses, bodies and retries are handled by the client, in one place.
      validateStatus: () => true,
      responseType: "text",
      transformResponse: [(data: unknown) => data],
      // A redirect would carry the bearer token to wherever it points.
      maxRedirects: 0,
      maxContentLength: MAX_ANSWER_BYTES,
      allowAbsoluteUrls: false,
    })
  }

  async run<S extends z.ZodType>(exchange: Exchange<S>): Promise<z.output<S>> {
    const ctx: CallContext = {
      call: exchange.call,
      path: DALOAN_PATHS[exchange.call],
      sensitive: exchange.sensitive,
    }
    const startedAt = this.#now()
    const response = await this.#send(ctx, exchange, startedAt)
    const status = response.status
    const body = typeof response.data === "string" ? response.data : ""
    this.#log(
      `${callLabel(exchange.call, exchange.ref)}: HTTP ${status} in ` +
        `${this.#now() - startedAt} ms, attempt ${exchange.attempt}`
    )

    if (status < 200 || status >= 300) {
      const retryAfter = response.headers["retry-after"]
      throw errorFromStatus(ctx, status, body, retryAfter, this.#now())
    }
    const read = readJsonAnswer(body)
    if (!read.ok) {
      throw malformedAnswer(ctx, status, read.reason)
    }
    const parsed = exchange.schema.safeParse(read.value)
    if (!parsed.success) {
      throw malformedAnswer(ctx, status, describeSchemaFailure(parsed.error))
    }
    return parsed.data
  }

  async #send(
    ctx: CallContext,
    exchange: Exchange<z.ZodType>,
    startedAt: number
  ): Promise<AxiosResponse<unknown>> {
    const headers: Record<string, string> = {
      "Content-Type": exchange.payload.contentType,
    }
    if (exchange.token !== undefined) {
      headers.Authorization = `Bearer ${exchange.token}`
    }
    const agents = isIdempotentCall(ctx.call)
      ? {}
      : { httpAgent: this.#freshHttpAgent, httpsAgent: this.#freshHttpsAgent }
    // axios's own timeout is per socket phase; this bounds the whole call.
    const deadline = AbortSignal.timeout(this.#timeoutMs)

    try {
      return await this.#http.post<unknown>(ctx.path, exchange.payload.data, {
        headers,
        signal: deadline,
        ...agents,
      })
    } catch (error) {
      const failure = errorFromTransport(ctx, error, deadline.aborted)
      const what =
        failure instanceof DaloanConnectionError
          ? `connection ${failure.failure}`
          : failure.type
      this.#log(
        `${callLabel(ctx.call, exchange.ref)}: ${what} after ` +
          `${this.#now() - startedAt} ms, attempt ${exchange.attempt}`
      )
      throw failure
    }
  }
}
