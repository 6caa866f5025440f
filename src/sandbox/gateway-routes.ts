import express, { type Request, type Response } from "express"

import { detail, jsonAnswer, notFoundPage } from "./answers"
import { ENDPOINT_PATHS, type EndpointName } from "./endpoints"
import {
  exchange,
  logRequest,
  send,
  type Act,
  type SandboxLogger,
} from "./exchange"
import {
  approveAnswer,
  cancelAnswer,
  createAnswer,
  loanRecord,
} from "./records"
import type { SandboxState } from "./state"
import {
  birthdateRule,
  contributionRule,
  loanAmountRule,
  loanRefRule,
  nationalCodeRule,
  parseJsonBody,
  repaymentsRule,
  requireFields,
} from "./validation"

/**
 * The documented API. Routing is strict and case-sensitive, so a path that
 * adds or drops a trailing slash meets the 404 of a path that does not exist.
 */
export function gatewayRouter(
  state: SandboxState,
  logger: SandboxLogger
): express.Router {
  const router = express.Router({ strict: true, caseSensitive: true })
  router.use(express.text({ type: () => true, limit: "64kb" }))

  const acts = gatewayActs(state)
  for (const [name, path] of Object.entries(ENDPOINT_PATHS)) {
    router.post(path, exchange(state, logger, acts[name as EndpointName]))
    router.all(path, (req, res) => {
      logRequest(state, logger, req, res)
      const message = `Method "${req.method}" not allowed.`
      send(res, jsonAnswer(405, { detail: message }, { Allow: "POST" }))
    })
  }

  router.use((req: Request, res: Response) => {
    logRequest(state, logger, req, res)
    send(res, notFoundPage())
  })
  return router
}

function gatewayActs(state: SandboxState): Record<EndpointName, Act> {
  const { loans } = state
  const now = () => state.now()

  /** Authenticates, then reads the body, in the order DRF does. */
  const readJson = (req: Request) => {
    state.authenticate(req.get("authorization"))
    return parseJsonBody(rawBody(req), req.get("content-type"))
  }
  const onLoan =
    (operate: (ref: string) => unknown): Act =>
    (req) => {
      const body = readJson(req)
      const fields = requireFields(body, { loanApplicationRef: loanRefRule })
      return jsonAnswer(200, operate(fields.loanApplicationRef))
    }

  return {
    token: (req) => {
      if (!req.is("application/x-www-form-urlencoded")) {
        throw detail(400, "The token request must be form-encoded.")
      }
      const form = new URLSearchParams(rawBody(req))
      if (form.get("grant_type") !== "client_credentials") {
        return jsonAnswer(400, { error: "unsupported_grant_type" })
      }
      const token = state.issueToken(
        form.get("client_id") ?? "",
        form.get("client_secret") ?? ""
      )
      return jsonAnswer(200, token, { "Cache-Control": "no-store" })
    },

    hasAccount: (req) => {
      const fields = requireFields(readJson(req), {
        birthdate: birthdateRule,
        nationalCode: nationalCodeRule,
      })
      const hasBluAccount = state.hasBluAccount(fields.nationalCode)
      return jsonAnswer(200, { hasBluAccount })
    },

    create: (req) => {
      const fields = requireFields(readJson(req), {
        birthdate: birthdateRule,
        nationalCode: nationalCodeRule,
        loanAmount: loanAmountRule,
        numberOfRepayments: repaymentsRule,
        customerContributionAmount: contributionRule,
      })
      const loan = state.createApplication({
        nationalCode: fields.nationalCode,
        birthdate: fields.birthdate,
        loanAmount: fields.loanAmount,
        numberOfRepayments: fields.numberOfRepayments,
      })
      return jsonAnswer(200, createAnswer(loan))
    },

    approve: onLoan((ref) => approveAnswer(loans.approve(ref))),
    get: onLoan((ref) => loanRecord(loans.get(ref), now())),
    settle: onLoan((ref) => {
      loans.settle(ref)
      return {}
    }),
    cancel: onLoan((ref) => cancelAnswer(loans.cancel(ref))),
  }
}

function rawBody(req: Request): string {
  return typeof req.body === "string" ? req.body : ""
}
