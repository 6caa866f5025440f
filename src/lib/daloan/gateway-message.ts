import { redact } from "./redact"

const MAX_LENGTH = 160

const MESSAGE_KEYS = [
  "message",
  "detail",
  "error_description",
  "errorMessage",
  "error",
  "msg",
  "title",
  "description",
]

// Digits of every script a shopper may type; see below.
const DIGITS = /[0-9\u06F0-\u06F9\u0660-\u0669]/g

function fromJson(parsed: unknown): string | undefined {
  if (typeof parsed === "string") {
    return parsed
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return undefined
  }
  const record = parsed as Record<string, unknown>
  for (const key of MESSAGE_KEYS) {
    const value = record[key]
    if (typeof value === "string") {
      return value
    }
    if (typeof value === "object" && value !== null) {
      const nested = fromJson(value)
      if (nested !== undefined) {
        return nested
      }
    }
  }
  return undefined
}

function extract(body: string): string | undefined {
  try {
    return fromJson(JSON.parse(body))
  } catch {
    return body
  }
}

/**
 * The gateway's own words about a failure, only when they are short plain
 * text that cannot be carrying personal data: no markup, one line, fewer than
 * eight digits in all (a national code has ten, a birth date eight), and none
 * of the values the caller knows to be sensitive. Otherwise nothing: an
 * error never dumps a body.
 */
export function safeGatewayMessage(
  body: string,
  sensitive: readonly string[]
): string | undefined {
  const text = extract(body)?.trim()
  if (!text || text.length > MAX_LENGTH) {
    return undefined
  }
  // Markup, JSON and control characters mean a body, not a short message.
  // eslint-disable-next-line no-control-regex
  if (/[<>{}\u0000-\u001f\u007f]/.test(text)) {
    return undefined
  }
  if ((text.match(DIGITS) ?? []).length >= 8) {
    return undefined
  }
  const lower = text.toLowerCase()
  const leaks = sensitive.some(
    (value) => value.length >= 4 && lower.includes(value.toLowerCase())
  )
  if (leaks) {
    return undefined
  }
  return redact(text, sensitive)
}
