import crypto from "node:crypto"
import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchEntity } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"
import { BALOAN_ERROR_CODES, hasErrorCode } from "../../lib/gateway-errors"
import { toRials } from "../../lib/iran"
import {
  maskNationalCode,
  parseShopperLoanRequest,
} from "../../lib/shopper-details"
import { SEALED_DETAILS_TTL_MS } from "../../providers/baloan/session-data"
import { beginLoanApplicationWorkflow } from "../../workflows/begin-loan-application"
import { resolveLoanApplicationWorkflow } from "../../workflows/resolve-loan-application"
import { respondInvalidFields } from "../utils/invalid-fields"
import { resolveBaloan } from "../utils/resolve-baloan"

type SessionBody = {
  provider_id?: unknown
  data?: Record<string, unknown>
}

const DEFAULT_FIELDS = ["*", "payment_sessions.*"]

/**
 * Takes over Medusa's session route for Baloan sessions. Medusa writes the
 * request's `data` to the session row and the workflow's records before
 * the provider sees it, so the shopper's national code and birth date are
 * checked here, before Medusa touches the cart's existing sessions, and
 * replaced by a sealed copy that only the provider opens. The route then
 * runs Medusa's own session workflow between two ledger writes, so that a
 * create whose answer is lost (or a crash) still leaves a trace.
 */
export async function createBaloanPaymentSession(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> {
  const body = (req.body ?? {}) as SessionBody
  if (!isBaloanProviderId(body.provider_id)) {
    return next()
  }

  const baloan = resolveBaloan(req.scope)
  const parsed = parseShopperLoanRequest(body.data, {
    repaymentOptions: baloan.getOptions().repaymentOptions,
  })
  if (!parsed.ok) {
    return respondInvalidFields(res, parsed.errors)
  }

  try {
    const collectionId = req.params.id
    const collection = await readCollection(req, collectionId)
    const { nationalCode, birthdate, numberOfRepayments } = parsed.value
    const attemptId = crypto.randomUUID()
    const data = {
      baloan_attempt_id: attemptId,
      baloan_details: baloan
        .getSealer()
        .seal({ nationalCode, birthdate }, SEALED_DETAILS_TTL_MS),
      number_of_repayments: numberOfRepayments,
      national_code_masked: maskNationalCode(nationalCode),
    }

    const { result: ledgerLoan } = await beginLoanApplicationWorkflow(
      req.scope
    ).run({
      input: {
        cart_id: collection.cart_id,
        amount_rials: safeRials(collection.amount, collection.currency_code),
        currency_code: collection.currency_code,
        number_of_repayments: numberOfRepayments,
        national_code_masked: data.national_code_masked,
      },
    })

    try {
      await createPaymentSessionsWorkflow(req.scope).run({
        input: {
          payment_collection_id: collectionId,
          provider_id: body.provider_id as string,
          customer_id: (req as Partial<AuthenticatedMedusaRequest>).auth_context
            ?.actor_id,
          data,
        },
      })
    } catch (error) {
      // Only a failure known to have made no application drops the
      // ledger entry; anything else may have left one at the gateway.
      const notMade =
        hasErrorCode(error, BALOAN_ERROR_CODES.CREATE_NOT_MADE) ||
        !isProviderReached(error)
      await resolveLoanApplicationWorkflow(req.scope).run({
        input: {
          loan_id: ledgerLoan.id,
          outcome: notMade ? "refused" : "unknown",
        },
      })
      throw error
    }

    const paymentCollection = await refetchEntity({
      entity: "payment_collection",
      idOrFilter: collectionId,
      scope: req.scope,
      fields: req.queryConfig?.fields ?? DEFAULT_FIELDS,
    })
    const session = await findAttemptSession(req, collectionId, attemptId)
    await resolveLoanApplicationWorkflow(req.scope).run({
      input: {
        loan_id: ledgerLoan.id,
        outcome: session?.ref ? "created" : "refused",
        loan_application_ref: session?.ref ?? null,
        payment_session_id: session?.id ?? null,
      },
    })

    res.status(200).json({ payment_collection: paymentCollection })
  } catch (error) {
    next(error)
  }
}

/**
 * Whether the provider may have called the gateway: a Baloan error says so
 * by its code; Medusa's own validation errors come before the provider.
 */
function isProviderReached(error: unknown): boolean {
  return (
    hasErrorCode(error, BALOAN_ERROR_CODES.CREATE_OUTCOME_UNKNOWN) ||
    !(error instanceof MedusaError) ||
    error.type === MedusaError.Types.UNEXPECTED_STATE
  )
}

async function readCollection(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "amount", "currency_code", "cart.id"],
    filters: { id },
  })
  const collection = data[0] as
    | { amount: unknown; currency_code: string; cart?: { id: string } | null }
    | undefined
  return {
    amount: Number(collection?.amount ?? 0),
    currency_code: collection?.currency_code ?? "",
    cart_id: collection?.cart?.id ?? null,
  }
}

/** The ledger records the amount asked; a currency the provider refuses still gets an entry until the provider says so. */
function safeRials(amount: number, currencyCode: string): number {
  try {
    return toRials(amount, currencyCode)
  } catch {
    return Math.round(amount)
  }
}

async function findAttemptSession(
  req: MedusaRequest,
  collectionId: string,
  attemptId: string
): Promise<{ id: string; ref: string | null } | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_session",
    fields: ["id", "data"],
    filters: { payment_collection_id: collectionId },
  })
  const session = data.find(
    (candidate) =>
      (candidate.data as Record<string, unknown> | null)?.baloan_attempt_id ===
      attemptId
  )
  if (!session) {
    return null
  }
  const ref = (session.data as Record<string, unknown>).loan_application_ref
  return { id: session.id, ref: typeof ref === "string" ? ref : null }
}
