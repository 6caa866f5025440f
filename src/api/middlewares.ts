import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { eligibilityRateLimit } from "./middlewares/eligibility-rate-limit"
import { refusePartialBaloanCapture } from "./middlewares/refuse-partial-baloan-capture"
import { sealBaloanSessionData } from "./middlewares/seal-baloan-session-data"
import {
  StoreApproveBaloanSession,
  StoreBaloanSessionParams,
} from "./store/baloan/payment-sessions/[id]/validators"

export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [sealBaloanSessionData],
    },
    {
      method: ["POST"],
      matcher: "/admin/payments/:id/capture",
      middlewares: [refusePartialBaloanCapture],
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
