import express, {
  type NextFunction,
  type Request,
  type Response,
} from "express"

import { SandboxControlError } from "./control-error"
import type { Loan } from "./loans"
import type { SandboxState } from "./state"

/** Where the control API lives: outside the gateway's `/v1/` and `/auth/`. */
export const CONTROL_PREFIX = "/__sandbox"

export type LoanAction =
  | "customerApprove"
  | "customerRefuse"
  | "bankCancel"
  | "expire"

/** What the customer, the bank and time do to a loan, by route. */
const LOAN_ACTIONS = new Map<string, LoanAction>([
  ["customer-approve", "customerApprove"],
  ["customer-refuse", "customerRefuse"],
  ["bank-cancel", "bankCancel"],
  ["expire", "expire"],
])

/**
 * The control API for tests and demos: JSON, no authentication (the sandbox
 * listens on loopback), never part of the gateway's API.
 */
export function controlRouter(state: SandboxState): express.Router {
  const router = express.Router()
  router.use(express.json({ limit: "64kb" }))
  const { loans } = state

  router.get("/health", (_req, res) => {
    res.json({ ok: true })
  })
  router.post("/reset", (_req, res) => {
    state.reset()
    res.status(204).end()
  })

  router.get("/loans", (_req, res) => {
    res.json(loans.list().map((loan) => state.view(loan)))
  })
  router.get("/loans/:ref", (req, res) => {
    res.json(state.view(loans.find(req.params.ref)))
  })
  router.post("/loans/:ref/:action", (req, res) => {
    const action = LOAN_ACTIONS.get(req.params.action)
    if (!action) {
      throw new SandboxControlError(`No loan action ${req.params.action}`, 404)
    }
    const loan: Loan = loans[action](req.params.ref)
    res.json(state.view(loan))
  })

  router.post("/tokens/expire", (_req, res) => {
    state.tokens.expireAll()
    res.status(204).end()
  })

  router.get("/faults", (_req, res) => {
    res.json(state.faults.list())
  })
  router.post("/faults", (req, res) => {
    res.status(201).json(state.addFault(req.body))
  })
  router.delete("/faults", (_req, res) => {
    state.faults.clear()
    res.status(204).end()
  })

  router.get("/requests", (_req, res) => {
    res.json(state.requests.list())
  })
  router.delete("/requests", (_req, res) => {
    state.requests.clear()
    res.status(204).end()
  })

  router.use((_req, res) => {
    res.status(404).json({ error: "No such control route" })
  })
  router.use(
    (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
      const status =
        error instanceof SandboxControlError
          ? error.status
          : ((error as { status?: number }).status ?? 500)
      const message = error instanceof Error ? error.message : "Failed"
      res.status(status).json({ error: message })
    }
  )
  return router
}
