import { type DaloanCall, DALOAN_PATHS } from "./calls"
import { DaloanInvalidRequestError } from "./errors"

function refuse(call: DaloanCall, reason: string): DaloanInvalidRequestError {
  return new DaloanInvalidRequestError({
    path: DALOAN_PATHS[call],
    message: `Daloan ${call} failed: invalid request: ${reason}`,
  })
}

/**
 * The shapes the document gives, checked before any call so that a bad
 * input costs no request. The checksum and digit normalisation belong to the
 * caller (src/lib/iran); messages never repeat the value.
 */
export function checkPerson(
  call: DaloanCall,
  input: { nationalCode: unknown; birthdate: unknown }
): void {
  if (
    typeof input.nationalCode !== "string" ||
    !/^[0-9]{10}$/.test(input.nationalCode)
  ) {
    throw refuse(call, "nationalCode must be 10 ASCII digits")
  }
  if (
    typeof input.birthdate !== "string" ||
    !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(input.birthdate)
  ) {
    throw refuse(call, "birthdate must be a Gregorian YYYY-MM-DD date")
  }
}

function isPositiveSafeInteger(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0
}

export function checkPlan(
  call: DaloanCall,
  input: { loanAmount: unknown; numberOfRepayments: unknown }
): void {
  if (!isPositiveSafeInteger(input.loanAmount)) {
    throw refuse(call, "loanAmount must be a positive whole number of rials")
  }
  if (!isPositiveSafeInteger(input.numberOfRepayments)) {
    throw refuse(call, "numberOfRepayments must be a positive whole number")
  }
}

export function checkReference(call: DaloanCall, ref: unknown): string {
  if (typeof ref !== "string" || !/^[\x21-\x7e]{1,100}$/.test(ref)) {
    throw refuse(call, "loanApplicationRef must be a non-empty reference")
  }
  return ref
}
