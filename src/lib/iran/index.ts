export { normalizeDigits, normalizeNationalCodeInput } from "./digits"
export {
  IranInputError,
  type IranInputErrorCode,
  type IranInputField,
  type IranInputProblems,
  type IranInputResult,
} from "./errors"
export type { LocalizedMessage } from "./messages"
export {
  isValidNationalCode,
  maskNationalCode,
  parseNationalCode,
  type NationalCodeResult,
} from "./national-code"
export {
  parseBirthdate,
  type BirthdateCalendar,
  type BirthdateOptions,
  type BirthdateResult,
} from "./birthdate"
export { toRials } from "./money"
