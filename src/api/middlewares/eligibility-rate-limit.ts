import { rateLimit } from "express-rate-limit"
import { bilingual } from "../../lib/gateway-errors"

export const ELIGIBILITY_REQUESTS_PER_MINUTE = 10

/**
 * The eligibility answer tells whether a national code has a Blu account,
 * so it is limited per client address. The count lives in this process:
 * each server instance keeps its own.
 */
export const eligibilityRateLimit = rateLimit({
  windowMs: 60_000,
  limit: ELIGIBILITY_REQUESTS_PER_MINUTE,
  standardHeaders: "draft-8",
  legacyHeaders: false,
  handler: (_req, res) => {
    res.status(429).json({
      type: "too_many_requests",
      message: bilingual({
        en: "Too many eligibility checks; please wait a minute",
        fa: "تعداد استعلام‌ها زیاد است؛ لطفاً یک دقیقه صبر کنید",
      }),
    })
  },
})
