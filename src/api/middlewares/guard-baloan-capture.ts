import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchEntity } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { isBaloanProviderId } from "../../lib/baloan-provider-id"
import { BALOAN_ERROR_CODES, hasErrorCode } from "../../lib/gateway-errors"
import { recordSessionLoanChangeWorkflow } from "../../workflows/record-session-loan-change"
import { resolveBaloan } from "../utils/resolve-baloan"

type CaptureBody = { amount?: unknown }

const DEFAULT_FIELDS = ["*", "captures.*"]

/**
 * Takes over Medusa's capture route for Baloan payments. Medusa passes no
 * amount to a provider's capture, so a partial capture would settle the
 * whole loan while the order records a part: the gateway settles whole
 * loans only. A settlement whose answer was lost is recorded in the ledger,
 * and no capture of that loan is sent again until an admin has checked it
 * with Baloan.
 */
export async function guardBaloanCapture(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> {
  const actorId = (req as Partial<AuthenticatedMedusaRequest>).auth_context
    ?.actor_id
  if (!actorId) {
    // Not signed in: Medusa's own middlewares answer that.
    return next()
  }
  try {
    const payment = await readPayment(req, req.params.id)
    if (!payment || !isBaloanProviderId(payment.provider_id)) {
      return next()
    }

    const amount = (req.body as CaptureBody | undefined)?.amount
    if (typeof amount === "number" && MathBN.lt(amount, payment.amount)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Baloan settles whole loans only: capture the payment's full amount (leave the amount out), or cancel the order to cancel the loan."
      )
    }

    const [loan] = await resolveBaloan(req.scope).listBaloanLoans({
      payment_session_id: payment.payment_session_id,
    })
    if (loan?.outcome_unknown === "settlement") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `An earlier settlement of loan ${loan.loan_application_ref} was sent but its answer was lost. Check with Baloan whether the loan is settled before capturing; the plugin will not send it again on its own.`
      )
    }

    try {
      await capturePaymentWorkflow(req.scope).run({
        input: {
          payment_id: payment.id,
          captured_by: actorId,
          amount: typeof amount === "number" ? amount : undefined,
        },
      })
    } catch (error) {
      if (hasErrorCode(error, BALOAN_ERROR_CODES.SETTLEMENT_OUTCOME_UNKNOWN)) {
        await recordSessionLoanChangeWorkflow(req.scope).run({
          input: {
            payment_session_id: payment.payment_session_id,
            change: { outcome_unknown: "settlement" },
            source: "admin",
            note: "The settlement was sent but its answer was lost: check the loan at Baloan.",
          },
        })
      }
      throw error
    }

    const refetched = await refetchEntity({
      entity: "payment",
      idOrFilter: payment.id,
      scope: req.scope,
      fields: req.queryConfig?.fields ?? DEFAULT_FIELDS,
    })
    res.status(200).json({ payment: refetched })
  } catch (error) {
    next(error)
  }
}

async function readPayment(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "provider_id", "amount", "payment_session_id"],
    filters: { id },
  })
  return data[0] as
    | {
        id: string
        provider_id: string
        amount: number
        payment_session_id: string
      }
    | undefined
}
