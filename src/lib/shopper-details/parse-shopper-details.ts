import {
  parseBirthdate,
  parseNationalCode,
  maskNationalCode,
  normalizeDigits,
} from "../iran"

export type ShopperDetails = {
  nationalCode: string
  birthdate: string
}

export type ShopperLoanRequest = ShopperDetails & {
  numberOfRepayments: number
}

export type ShopperFieldError = {
  field: string
  code: string
  message: string
  message_fa: string
}

export type ShopperDetailsResult<T> =
  | { ok: true; value: T }
  | { ok: false; errors: ShopperFieldError[] }

/**
 * Reads the national code and birth date a shopper typed, in any digit
 * script. Every field is checked so that the storefront can show all the
 * problems at once.
 */
export function parseShopperDetails(
  data: unknown,
  { now }: { now?: Date } = {}
): ShopperDetailsResult<ShopperDetails> {
  const input = asRecord(data)
  const errors: ShopperFieldError[] = []

  const nationalCode = parseNationalCode(input.national_code)
  if (!nationalCode.ok) {
    errors.push(toFieldError(nationalCode.error))
  }
  const birthdate = parseBirthdate(input.birthdate, { now })
  if (!birthdate.ok) {
    errors.push(toFieldError(birthdate.error))
  }

  if (!nationalCode.ok || !birthdate.ok) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    value: { nationalCode: nationalCode.value, birthdate: birthdate.value },
  }
}

/** The shopper's details plus the plan they picked from the shop's options. */
export function parseShopperLoanRequest(
  data: unknown,
  { repaymentOptions, now }: { repaymentOptions: number[]; now?: Date }
): ShopperDetailsResult<ShopperLoanRequest> {
  const details = parseShopperDetails(data, { now })
  const errors = details.ok ? [] : [...details.errors]

  const numberOfRepayments = parseRepayments(
    asRecord(data).number_of_repayments
  )
  if (
    numberOfRepayments === null ||
    !repaymentOptions.includes(numberOfRepayments)
  ) {
    errors.push(repaymentsError(repaymentOptions))
  }

  if (!details.ok || errors.length || numberOfRepayments === null) {
    return { ok: false, errors }
  }
  return { ok: true, value: { ...details.value, numberOfRepayments } }
}

export { maskNationalCode }

function parseRepayments(value: unknown): number | null {
  const text =
    typeof value === "number"
      ? String(value)
      : typeof value === "string"
        ? normalizeDigits(value).trim()
        : ""
  return /^\d{1,3}$/.test(text) ? Number(text) : null
}

function repaymentsError(options: number[]): ShopperFieldError {
  const list = options.join(", ")
  const listFa = new Intl.NumberFormat("fa-IR", { useGrouping: false })
  return {
    field: "number_of_repayments",
    code: "invalid_choice",
    message: `Choose the number of monthly instalments: ${list}.`,
    message_fa: `تعداد اقساط ماهانه را انتخاب کنید: ${options
      .map((option) => listFa.format(option))
      .join("، ")}.`,
  }
}

function toFieldError(error: {
  field: string
  code: string
  messages: { en: string; fa: string }
}): ShopperFieldError {
  return {
    field: error.field,
    code: error.code,
    message: error.messages.en,
    message_fa: error.messages.fa,
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}
