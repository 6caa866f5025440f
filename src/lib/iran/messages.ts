import { toPersianDigits } from "./digits"
import type {
  IranInputField,
  IranInputMessageParams,
  IranInputProblems,
} from "./errors"

export type LocalizedMessage = { en: string; fa: string }

type MessageTable = {
  [F in IranInputField]: Record<IranInputProblems[F], LocalizedMessage>
}

// Shown to shoppers. `{min}` and `{max}` are filled from configuration;
// no message may ever contain the value the shopper typed.
const MESSAGES: MessageTable = {
  national_code: {
    required: {
      en: "Enter your national code.",
      fa: "کد ملی خود را وارد کنید.",
    },
    format: {
      en: "A national code has 10 digits.",
      fa: "کد ملی باید ۱۰ رقم باشد.",
    },
    checksum: {
      en: "This national code is not valid. Please check it.",
      fa: "این کد ملی معتبر نیست. لطفاً آن را بررسی کنید.",
    },
    same_digits: {
      en: "A national code cannot be one digit repeated.",
      fa: "کد ملی نمی‌تواند تکرار یک رقم باشد.",
    },
  },
  birthdate: {
    required: {
      en: "Enter your date of birth.",
      fa: "تاریخ تولد خود را وارد کنید.",
    },
    format: {
      en: "Enter your date of birth like 1370/05/24 (Jalali) or 1991-08-15 (Gregorian).",
      fa: "تاریخ تولد را به شکل ۱۳۷۰/۰۵/۲۴ (شمسی) یا ۱۹۹۱-۰۸-۱۵ (میلادی) وارد کنید.",
    },
    invalid_date: {
      en: "This date does not exist in the calendar.",
      fa: "این تاریخ در تقویم وجود ندارد.",
    },
    future_date: {
      en: "The date of birth cannot be in the future.",
      fa: "تاریخ تولد نمی‌تواند در آینده باشد.",
    },
    minor: {
      en: "You must be at least {min} years old.",
      fa: "سن شما باید دست‌کم {min} سال باشد.",
    },
    too_old: {
      en: "Please check your date of birth: it is more than {max} years ago. Jalali dates are written with slashes, like 1370/05/24.",
      fa: "لطفاً تاریخ تولد را بررسی کنید: بیش از {max} سال پیش است. تاریخ شمسی را با خط مورب بنویسید، مانند ۱۳۷۰/۰۵/۲۴.",
    },
  },
  amount: {
    invalid_amount: {
      en: "The amount is not valid.",
      fa: "مبلغ معتبر نیست.",
    },
  },
  currency: {
    unsupported_currency: {
      en: "This payment method accepts only Iranian rials (IRR) and tomans (IRT).",
      fa: "این روش پرداخت فقط ریال (IRR) و تومان (IRT) را می‌پذیرد.",
    },
  },
}

/** The English and Persian sentences for one refused input. */
export function describeProblem<F extends IranInputField>(
  field: F,
  code: IranInputProblems[F],
  params: IranInputMessageParams
): LocalizedMessage {
  const table: Record<IranInputProblems[F], LocalizedMessage> = MESSAGES[field]
  const { en, fa } = table[code]
  const fill = (text: string, toScript: (digits: string) => string) =>
    text
      .replace("{min}", toScript(String(params.minAgeYears ?? "")))
      .replace("{max}", toScript(String(params.maxAgeYears ?? "")))

  return {
    en: fill(en, (digits) => digits),
    fa: fill(fa, toPersianDigits),
  }
}
