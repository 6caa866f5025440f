import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  eligibilityRateLimits,
  sessionStatusRateLimit,
} from "./middlewares/rate-limits"
import { guardBaloanCapture } from "./middlewares/guard-baloan-capture"
import { createBaloanPaymentSession } from "./middlewares/create-baloan-payment-session"
import { screenBaloanSessionData } from "./middlewares/screen-baloan-session-data"
import {
  StoreApproveBaloanSession,
  StoreBaloanSessionParams,
} from "./store/baloan/payment-sessions/[id]/validators"
import {
  AdminRetryBaloanLoanCancel,
  AdminSyncBaloanLoan,
} from "./admin/baloan/loans/[id]/validators"
import { AdminBaloanLoansParams } from "./admin/baloan/loans/validators"
import { AdminBaloanOrderLoansParams } from "./admin/baloan/orders/[id]/loans/validators"

export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/store/payment-collections/*",
      middlewares: [screenBaloanSessionData],
    },
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
      middlewares: eligibilityRateLimits,
    },
    {
      method: ["GET"],
      matcher: "/store/baloan/payment-sessions/:id",
      middlewares: [
        sessionStatusRateLimit,
        validateAndTransformQuery(StoreBaloanSessionParams, {}),
      ],
    },
    {
      method: ["POST"],
      matcher: "/store/baloan/payment-sessions/:id/approve",
      middlewares: [validateAndTransformBody(StoreApproveBaloanSession)],
    },
    {
      method: ["GET"],
      matcher: "/admin/baloan/orders/:id/loans",
      middlewares: [validateAndTransformQuery(AdminBaloanOrderLoansParams, {})],
    },
    {
      method: ["GET"],
      matcher: "/admin/baloan/loans",
      middlewares: [validateAndTransformQuery(AdminBaloanLoansParams, {})],
    },
    {
      method: ["POST"],
      matcher: "/admin/baloan/loans/:id/sync",
      middlewares: [validateAndTransformBody(AdminSyncBaloanLoan)],
    },
    {
      method: ["POST"],
      matcher: "/admin/baloan/loans/:id/cancel",
      middlewares: [validateAndTransformBody(AdminRetryBaloanLoanCancel)],
    },
  ],
})
