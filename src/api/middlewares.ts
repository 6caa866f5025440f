import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { eligibilityRateLimit } from "./middlewares/eligibility-rate-limit"
import { guardBaloanCapture } from "./middlewares/guard-baloan-capture"
import { createBaloanPaymentSession } from "./middlewares/create-baloan-payment-session"
import {
  StoreApproveBaloanSession,
  StoreBaloanSessionParams,
} from "./store/baloan/payment-sessions/[id]/validators"

export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [createBaloanPaymentSession],
    },
    {
      method: ["POST"],
      matcher: "/admin/payments/:id/capture",
      middlewares: [guardBaloanCapture],
    },
    {
      method: ["POST"],
      matcher: "/store/baloan/eligibility",
      middlewares: [eligibilityRateLimit],
    },
    {
      method: ["GET"],
      matcher: "/store/baloan/payment-sessions/:id",
      middlewares: [validateAndTransformQuery(StoreBaloanSessionParams, {})],
    },
    {
      method: ["POST"],
      matcher: "/store/baloan/payment-sessions/:id/approve",
      middlewares: [validateAndTransformBody(StoreApproveBaloanSession)],
    },
  ],
})
