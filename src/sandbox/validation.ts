import { detail, fieldErrors } from "./answers"
import { isValidNationalCode } from "./national-code"

/** Why a field's value is refused. */
class Refusal {
  constructor(readonly message: string) {}
}

/** A rule for one field: the value it accepts, or why not. */
type Rule<T> = (value: unknown) => T | Refusal

type Accepted<R> = R extends Rule<infer T> ? T : never

/**
 * The JSON body of a gateway call. The document's Python samples send form
 * fields under a JSON content type; the sandbox takes the reading of
 * daloan-api.md (JSON only) and refuses anything else, so a client that
 * follows the Python samples fails here first.
 */
export function parseJsonBody(
  raw: string,
  contentType: string | undefined
): Record<string, unknown> {
  if (!/^application\/json\b/i.test(contentType ?? "")) {
    throw detail(400, "The request body must be JSON.")
  }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw detail(400, "JSON parse error.")
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw detail(400, "Invalid data. Expected a dictionary.")
  }
  return value as Record<string, unknown>
}

/**
 * Checks the named fields and answers 400 with a list of messages per field,
 * as DRF does. Fields not named are ignored.
 */
export function requireFields<R extends Record<string, Rule<unknown>>>(
  body: Record<string, unknown>,
  rules: R
): { [K in keyof R]: Accepted<R[K]> } {
  const errors: Record<string, string[]> = {}
  const accepted: Record<string, unknown> = {}
  for (const [field, rule] of Object.entries(rules)) {
    const value = body[field]
    const result =
      value === undefined || value === null
        ? new Refusal("This field is required.")
        : rule(value)
    if (result instanceof Refusal) {
      errors[field] = [result.message]
    } else {
      accepted[field] = result
    }
  }
  if (Object.keys(errors).length) {
    throw fieldErrors(errors)
  }
  return accepted as { [K in keyof R]: Accepted<R[K]> }
}

/** A Gregorian `YYYY-MM-DD` that names a real day. */
export const birthdateRule: Rule<string> = (value) => {
  const refusal = new Refusal(
    "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
  )
  const match =
    typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  if (!match) {
    return refusal
  }
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  return real ? match[0] : refusal
}

/** A string, not a number: a number would lose the leading zeros. */
export const nationalCodeRule: Rule<string> = (value) => {
  if (typeof value !== "string") {
    return new Refusal("Not a valid string.")
  }
  return isValidNationalCode(value)
    ? value
    : new Refusal("Not a valid national code.")
}

/** A JSON number: the document's sample sends one, not a string. */
export const loanAmountRule: Rule<number> = (value) => {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    return new Refusal("A valid integer is required.")
  }
  return value > 0
    ? value
    : new Refusal("Ensure this value is greater than or equal to 1.")
}

export const repaymentsRule: Rule<number> = (value) => {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return new Refusal("A valid integer is required.")
  }
  return value >= 1 && value <= 60
    ? value
    : new Refusal(`"${value}" is not a valid choice.`)
}

/** The document: "always should be 0". */
export const contributionRule: Rule<0> = (value) =>
  value === 0 ? 0 : new Refusal("Must be 0.")

export const loanRefRule: Rule<string> = (value) => {
  if (typeof value !== "string") {
    return new Refusal("Not a valid string.")
  }
  return value.trim() ? value : new Refusal("This field may not be blank.")
}
