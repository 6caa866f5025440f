import { describeProblem, type LocalizedMessage } from "./messages"

/** The codes each input can fail with. */
export type IranInputProblems = {
  national_code: "required" | "format" | "checksum" | "same_digits"
  birthdate:
    | "required"
    | "format"
    | "invalid_date"
    | "future_date"
    | "minor"
    | "too_old"
  amount: "invalid_amount"
  currency: "unsupported_currency"
}

export type IranInputField = keyof IranInputProblems

export type IranInputErrorCode = IranInputProblems[IranInputField]

/** Numbers some messages state; they come from configuration, not input. */
export type IranInputMessageParams = {
  minAgeYears?: number
  maxAgeYears?: number
}

/**
 * A refused shopper input. `messages` can be shown as is: they never repeat
 * the value that was refused, so the error is safe to log and to return.
 */
export class IranInputError<
  F extends IranInputField = IranInputField,
> extends Error {
  override readonly name = "IranInputError"
  readonly field: F
  readonly code: IranInputProblems[F]
  readonly messages: LocalizedMessage

  constructor(
    field: F,
    code: IranInputProblems[F],
    params: IranInputMessageParams = {}
  ) {
    const messages = describeProblem(field, code, params)

    super(messages.en)
    this.field = field
    this.code = code
    this.messages = messages
  }
}

/** The outcome of parsing one input: the clean value or the reason. */
export type IranInputResult<T, F extends IranInputField> =
  | { ok: true; value: T }
  | { ok: false; error: IranInputError<F> }
