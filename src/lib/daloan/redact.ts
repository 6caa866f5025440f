/** What a masked secret or token reads as. */
export const REDACTED = "[REDACTED]"

// ASCII, Persian and Arabic-Indic digits: a shopper may type any of them.
const DIGIT = "[0-9\\u06F0-\\u06F9\\u0660-\\u0669]"

// A national code is 10 digits; longer runs (loan references carry 11) are
// not one and stay readable.
const NATIONAL_CODE = new RegExp(`(?<!${DIGIT})${DIGIT}{10}(?!${DIGIT})`, "gu")

const AUTH_SCHEME = /\b(Bearer|Basic)\s+(?!\[REDACTED\])[^\s"',;]+/gi

const SECRET_KEYS = [
  "client_secret",
  "clientSecret",
  "access_token",
  "accessToken",
  "refresh_token",
  "refreshToken",
  "authorization",
  "password",
  "secret",
  "api_key",
  "apiKey",
  "token",
].join("|")

// `key=value`, `key: value` and `"key":"value"`; a value that is already an
// auth scheme or a mask is left to the rule above.
const SECRET_PAIR = new RegExp(
  `\\b(${SECRET_KEYS})(["']?\\s*[:=]\\s*["']?)(?!Bearer\\b|Basic\\b|\\[REDACTED\\])([^\\s"'&,;}]+)`,
  "gi"
)

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

function toText(value: unknown): string {
  if (typeof value === "string") {
    return value
  }
  if (value === undefined || typeof value === "function") {
    return String(value)
  }
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return "[unserialisable]"
  }
}

/**
 * Masks what must never reach a log line or an error message: any run of
 * exactly ten digits (a national code keeps its first and last two), bearer
 * and basic credentials, `secret=`/`token=`-like pairs, and every value of
 * `known` (the client's secret, the current token, the shopper's details).
 */
export function redact(value: unknown, known: readonly string[] = []): string {
  let text = toText(value)

  const secrets = known
    .filter((secret) => secret.length >= 4)
    .sort((a, b) => b.length - a.length)
  for (const secret of secrets) {
    text = text.replace(new RegExp(escapeRegExp(secret), "g"), REDACTED)
  }

  return text
    .replace(AUTH_SCHEME, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(
      SECRET_PAIR,
      (_match, key: string, separator: string) =>
        `${key}${separator}${REDACTED}`
    )
    .replace(NATIONAL_CODE, (code) => {
      const digits = Array.from(code)
      return `${digits.slice(0, 2).join("")}******${digits.slice(-2).join("")}`
    })
}
