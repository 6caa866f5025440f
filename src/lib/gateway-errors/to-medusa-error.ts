import { MedusaError } from "@medusajs/framework/utils"
import { DaloanError } from "../daloan"

type Wording = { en: string; fa: string }

const BY_TYPE: Record<DaloanError["type"], [string, Wording]> = {
  invalid_request: [
    MedusaError.Types.INVALID_DATA,
    {
      en: "Baloan refused the request",
      fa: "بالون درخواست را نپذیرفت",
    },
  ],
  authentication: [
    MedusaError.Types.UNEXPECTED_STATE,
    {
      en: "The shop could not sign in to Baloan",
      fa: "فروشگاه نتوانست به بالون متصل شود",
    },
  ],
  not_found: [
    MedusaError.Types.NOT_FOUND,
    {
      en: "Baloan does not know this loan application",
      fa: "این درخواست وام در بالون یافت نشد",
    },
  ],
  rate_limited: [
    MedusaError.Types.UNEXPECTED_STATE,
    {
      en: "Baloan is busy; please try again in a minute",
      fa: "بالون در حال حاضر شلوغ است؛ لطفاً یک دقیقه دیگر دوباره تلاش کنید",
    },
  ],
  unavailable: [
    MedusaError.Types.UNEXPECTED_STATE,
    {
      en: "Baloan is unavailable at the moment; please try again later",
      fa: "بالون در حال حاضر در دسترس نیست؛ لطفاً بعداً تلاش کنید",
    },
  ],
  connection: [
    MedusaError.Types.UNEXPECTED_STATE,
    {
      en: "Baloan could not be reached; please try again later",
      fa: "ارتباط با بالون برقرار نشد؛ لطفاً بعداً تلاش کنید",
    },
  ],
  malformed_response: [
    MedusaError.Types.UNEXPECTED_STATE,
    {
      en: "Baloan gave an answer the shop could not read",
      fa: "پاسخ بالون قابل خواندن نبود",
    },
  ],
}

/** Joins the English and Persian wording the way every error here shows it. */
export function bilingual({ en, fa }: Wording): string {
  return `${en}. ${fa}.`
}

/**
 * Turns a gateway error into the MedusaError that Medusa shows to the
 * caller. The client's message (already free of secrets) is kept after the
 * wording for the admin's logs; other errors pass through untouched so that
 * a typed error is never re-wrapped.
 */
export function toMedusaError(
  error: unknown,
  action: string,
  code?: string
): Error {
  if (error instanceof MedusaError) {
    return error
  }
  if (!(error instanceof DaloanError)) {
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Baloan ${action} failed unexpectedly.`
    )
  }
  const [type, wording] = BY_TYPE[error.type]
  return new MedusaError(
    type,
    `${bilingual(wording)} (${action}: ${error.message})`,
    code
  )
}
