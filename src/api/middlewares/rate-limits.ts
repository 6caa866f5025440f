import type { RequestHandler } from "express"
import { rateLimit } from "express-rate-limit"
import { bilingual } from "../../lib/gateway-errors"

export const ELIGIBILITY_REQUESTS_PER_MINUTE = 10
export const ELIGIBILITY_REQUESTS_PER_MINUTE_IN_ALL = 100
export const SESSION_STATUS_REQUESTS_PER_MINUTE = 60

const tooMany = bilingual({
  en: "Too many requests; please wait a minute",
  fa: "تعداد درخواست‌ها زیاد است؛ لطفاً یک دقیقه صبر کنید",
})

function limit(perMinute: number, keyGenerator?: () => string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    ...(keyGenerator ? { keyGenerator } : {}),
    handler: (_req, res) => {
      res.status(429).json({ type: "too_many_requests", message: tooMany })
    },
  })
}

/**
 * The eligibility answer tells whether a national code has a Blu account,
 * so it is limited per client address. Medusa trusts one proxy's
 * X-Forwarded-For, which a client that reaches the server directly can
 * forge: a second limit, over all clients, caps what forging can gain.
 * Both count in this process; each server instance keeps its own.
 */
export const eligibilityRateLimits: RequestHandler[] = [
  limit(ELIGIBILITY_REQUESTS_PER_MINUTE),
  limit(ELIGIBILITY_REQUESTS_PER_MINUTE_IN_ALL, () => "all-clients"),
]

/** Each status read is a live gateway call: storefront polling is capped. */
export const sessionStatusRateLimit = limit(SESSION_STATUS_REQUESTS_PER_MINUTE)
