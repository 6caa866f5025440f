import axios, { type AxiosInstance } from "axios"
import { adminHeaders, createShopper } from "../helpers/shopper"
import type { Deployment, Facts } from "./deployment"
import {
  sandboxControl,
  type LoanAction,
  type LoggedRequest,
} from "./sandbox-control"

/** What happens to each loan once its order is placed. */
export const OUTCOMES = ["approve", "approve", "refuse", "expire"] as const
export type Outcome = (typeof OUTCOMES)[number]

const ACTIONS: Record<Outcome, LoanAction> = {
  approve: "customer-approve",
  refuse: "customer-refuse",
  expire: "expire",
}

export const GET_PATH = "/v1/daloan/loan/applications/get/"

/** Polls the test waits for the plugin to apply every change. */
export const POLLS_TO_APPLY = 15
/** Polls it then keeps watching, so that a second application can show. */
const POLLS_AFTER = 3

export type PlacedOrder = {
  outcome: Outcome
  orderId: string
  ref: string
}

export type ScenarioResult = {
  orders: PlacedOrder[]
  /** Sandbox clock (this process's), in ms. */
  placedAt: number
  flippedAt: number
  endedAt: number
  /** The orders whose change the store did not show in time. */
  pending: string[]
  requests: LoggedRequest[]
  facts: Facts
}

/**
 * Places one order per outcome through the store API (order first: each
 * waits for its loan's approval), then acts at the sandbox as the customer
 * and the bank, waits until the store shows every change (or gives up),
 * keeps watching a few more polls, and collects the request log and the
 * database's facts.
 */
export async function runScenario(
  deployment: Deployment
): Promise<ScenarioResult> {
  const api = axios.create({ baseURL: deployment.server.url })
  const sandbox = sandboxControl(deployment.sandboxUrl)
  const shopper = createShopper(api, deployment.store)

  const orders: PlacedOrder[] = []
  for (const outcome of OUTCOMES) {
    const { cartId, ref } = await shopper.cartWithLoan()
    const completed = await shopper.complete(cartId)
    if (completed.data?.type !== "order") {
      throw new Error(`cart ${cartId} was not completed: ${completed.status}`)
    }
    orders.push({ outcome, orderId: completed.data.order.id, ref })
  }
  const placedAt = Date.now()

  for (const { ref, outcome } of orders) {
    await sandbox.act(ref, ACTIONS[outcome])
  }
  const flippedAt = Date.now()

  const admin = await adminHeaders(api)
  const pending = await waitUntilApplied(
    api,
    admin,
    orders,
    deployment.pollIntervalMs
  )
  // Once every change shows, a duplicate application needs a few more
  // polls to show too; when some never showed, there is nothing to wait for.
  if (!pending.length) {
    await sleep(POLLS_AFTER * deployment.pollIntervalMs)
  }
  const endedAt = Date.now()

  return {
    orders,
    placedAt,
    flippedAt,
    endedAt,
    pending,
    requests: await sandbox.loggedRequests(),
    facts: await deployment.collectFacts(),
  }
}

/** The order's state in the admin once its loan's change is applied. */
function isApplied(
  outcome: Outcome,
  order: { status: string; payment_status: string }
): boolean {
  return outcome === "approve"
    ? order.payment_status === "authorized"
    : order.status === "canceled"
}

/**
 * Answers the orders still waiting when the time is up, as
 * "outcome order: status/payment status", or none.
 */
async function waitUntilApplied(
  api: AxiosInstance,
  admin: { headers: Record<string, string> },
  orders: PlacedOrder[],
  pollIntervalMs: number
): Promise<string[]> {
  const deadline = Date.now() + POLLS_TO_APPLY * pollIntervalMs
  let pending: string[] = []
  do {
    pending = []
    for (const { orderId, outcome } of orders) {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,status,payment_status`,
        admin
      )
      if (!isApplied(outcome, data.order)) {
        pending.push(
          `${outcome} ${orderId}: ${data.order.status}/${data.order.payment_status}`
        )
      }
    }
    if (!pending.length) {
      return []
    }
    await sleep(pollIntervalMs / 4)
  } while (Date.now() < deadline)
  return pending
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
