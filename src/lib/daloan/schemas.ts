import { z } from "zod"

import type { DaloanLoanApplication } from "./types"

// The gateway leaves fields without a value as "" (or null) until the loan is
// established; the client answers null for all of them alike.
function blankToNull(value: unknown): unknown {
  if (value === undefined || value === null) {
    return null
  }
  if (typeof value === "string" && value.trim() === "") {
    return null
  }
  return value
}

const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/

// The document sends amounts as strings in `get` and as numbers elsewhere.
const numberLike = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(NUMERIC_TEXT)
    .transform((text) => Number(text))
    .pipe(z.number()),
])

const nullableNumber = z.preprocess(blankToNull, numberLike.nullable())

// `whiteListCode` is "71" in one sample answer and 71 in another.
const textLike = z.union([
  z.string().trim(),
  z.number().transform((value) => String(value)),
])

const nullableText = z.preprocess(blankToNull, textLike.nullable())

const booleanLike = z.union([
  z.boolean(),
  z.enum(["true", "false"]).transform((text) => text === "true"),
])

const nullableBoolean = z.preprocess(blankToNull, booleanLike.nullable())

// A reference goes back into later request bodies and log lines: printable,
// no spaces, of a sane length.
const reference = z
  .string()
  .trim()
  .regex(/^[\x21-\x7e]{1,100}$/)

const statusText = z.string().trim().min(1).max(100)

export const tokenAnswerSchema = z.object({
  // It goes into a header: visible ASCII only.
  access_token: z.string().regex(/^[\x21-\x7e]{1,4096}$/),
  expires_in: numberLike.pipe(z.number().positive()),
  token_type: z.string().optional(),
})

export const hasAccountAnswerSchema = z.object({
  hasBluAccount: booleanLike,
})

// The answer's nationalCode is informative only (the sample's differs from
// the one sent): it is not read, so that it is never kept.
export const createAnswerSchema = z.object({
  loanApplicationRef: reference,
  whiteListCode: nullableText,
})

export const approveAnswerSchema = z.object({
  requestId: z.union([z.string().trim().min(1), z.number()]).transform(String),
  loanApplicationRef: reference,
})

export const loanApplicationSchema = z.object({
  loanApplicationReference: reference,
  loanApplicationRequestDate: nullableText,
  loanAccountNumber: nullableText,
  loanApplicationStatus: statusText,
  loanApplicationStatusDescList: z.preprocess(
    blankToNull,
    z
      .array(textLike)
      .nullable()
      .transform((list) => list ?? [])
  ),
  disbursementDate: nullableText,
  nextRepaymentDate: nullableText,
  loanOutstandingAmount: nullableNumber,
  loanAmount: nullableNumber,
  numberOfRepayments: nullableNumber,
  numberOfPaidRepayments: nullableNumber,
  hasPartialPaid: nullableBoolean,
  interestRate: nullableNumber,
  firstRepaymentAmount: nullableNumber,
  automaticRepaymentStatus: nullableText,
  lastInquiryDate: nullableText,
  whiteListCode: nullableText,
  whiteListName: nullableText,
}) satisfies z.ZodType<DaloanLoanApplication, unknown>

// The cancel answer is a short loan record; the document's sample names the
// reference loanApplicationReference, the other answers loanApplicationRef.
export const cancelAnswerSchema = z.object({
  loanApplicationStatus: statusText,
  loanApplicationReference: reference.optional(),
  loanApplicationRef: reference.optional(),
})

// Settlement answers `{}`; any JSON object is accepted, nothing is read.
export const settlementAnswerSchema = z.object({})

/**
 * Names the fields that failed, never their values: a rejected field may be
 * a national code echoed back.
 */
export function describeSchemaFailure(error: z.ZodError): string {
  const fields = new Set(
    error.issues.map((issue) =>
      issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)"
    )
  )
  return `unexpected value of ${Array.from(fields).slice(0, 5).join(", ")}`
}
