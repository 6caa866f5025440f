import { DaloanInvalidRequestError } from "./errors"
import type { DaloanClientOptions } from "./types"
import { defaultUserAgent } from "./user-agent"

export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_RETRIES = 3

export type ResolvedOptions = {
  baseUrl: string
  clientId: string
  clientSecret: string
  timeoutMs: number
  maxRetries: number
  userAgent: string
}

function invalid(reason: string): DaloanInvalidRequestError {
  return new DaloanInvalidRequestError({
    path: "",
    message: `Daloan client options are invalid: ${reason}`,
  })
}

function checkBaseUrl(value: unknown): string {
  if (typeof value !== "string") {
    throw invalid("baseUrl must be an http(s) URL")
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalid("baseUrl must be an http(s) URL")
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw invalid("baseUrl must be an http(s) URL")
  }
  if (url.username || url.password || url.search || url.hash) {
    throw invalid("baseUrl must have no credentials, query or fragment")
  }
  return value.replace(/\/+$/, "")
}

function checkText(name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw invalid(`${name} must be a non-empty string`)
  }
  return value
}

/** Checks the options; messages name the option, never its value. */
export function resolveOptions(options: DaloanClientOptions): ResolvedOptions {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw invalid("timeoutMs must be a positive integer")
  }
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES
  if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 10) {
    throw invalid("maxRetries must be an integer from 0 to 10")
  }
  const userAgent = options.userAgent ?? defaultUserAgent()
  if (!/^[\x20-\x7e]{1,200}$/.test(userAgent)) {
    throw invalid("userAgent must be printable ASCII")
  }

  return {
    baseUrl: checkBaseUrl(options.baseUrl),
    clientId: checkText("clientId", options.clientId),
    clientSecret: checkText("clientSecret", options.clientSecret),
    timeoutMs,
    maxRetries,
    userAgent,
  }
}
