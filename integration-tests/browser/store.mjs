// The store the browser test runs against, made by the demo's own
// machinery (scripts/demo): the built plugin installed with yalc into a
// throwaway store in .demo/, its own database and sandbox, seeded, and
// served by `medusa develop` with the admin at /app, on a random port of
// 127.0.0.1. Then two orders are placed with loans, as a shopper would.
// It runs in a plain Node process (store-process.mjs), where the demo's
// modules and their ES-module dependencies load as they do for the demo.
import path from "node:path"
import { fileURLToPath } from "node:url"
import {
  capturePayment,
  orderPayment,
  signInAdmin,
} from "../../scripts/demo/admin.mjs"
import { createProcessRegistry } from "../../scripts/demo/processes.mjs"
import { setUpStore } from "../../scripts/demo/set-up.mjs"
import { generateShopper } from "../../scripts/demo/shopper-identity.mjs"
import {
  chooseLoan,
  createStorefront,
  fillCart,
  placeOrder,
} from "../../scripts/demo/shopper.mjs"
import { createTeardown } from "../../scripts/demo/teardown.mjs"

const REPO_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../.."
)
const WAIT_MS = 90_000

/** The demo's reporter, writing its steps to stderr with their time. */
function createQuietReporter() {
  const startedAt = Date.now()
  const line = (text) => {
    const seconds = Math.round((Date.now() - startedAt) / 1000)
    process.stderr.write(`[browser ${seconds}s] ${text}\n`)
  }
  return {
    step: line,
    detail: line,
    progress: () => {},
    endProgress: () => {},
    fail: line,
    result: () => {},
  }
}

export async function startStoreWithLoans() {
  const reporter = createQuietReporter()
  const teardown = createTeardown()
  const processes = createProcessRegistry()
  const stop = async () => {
    await processes.stopAll()
    await teardown.run((label, error) =>
      reporter.fail(`could not remove the ${label}: ${error.message}`)
    )
  }

  try {
    const store = await setUpStore({
      repoDir: REPO_DIR,
      options: { keep: true, gateway: null },
      reporter,
      teardown,
      processes,
    })
    const orders = await placeOrders(store, reporter)
    return { store, orders, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * A settled loan (approved by the customer, authorized by the plugin's
 * job, captured by the admin) and one still waiting for the customer.
 */
async function placeOrders(store, reporter) {
  const storefront = createStorefront(store.url, store.seed.publishableKey)
  const admin = await signInAdmin(store.url, store.admin)
  const control = store.gateway.control

  reporter.step("placing two orders paid with loans")
  // One after the other: two guest carts with the same e-mail completing
  // at once race to create the same customer in Medusa.
  const settled = await placeLoanOrder(storefront, store.seed)
  const waiting = await placeLoanOrder(storefront, store.seed)

  await control.customerApprove(settled.ref)
  const payment = await until(async () => {
    const state = await orderPayment(admin, settled.orderId)
    return state.paymentStatus === "authorized" ? state.payment : undefined
  }, "the job to authorize the approved loan's payment")
  await capturePayment(admin, payment.id)
  reporter.step("captured the approved loan's payment")

  // The ledger learns of the approval request at the job's next round.
  await until(async () => {
    const { loans } = await admin.client.fetch("/admin/baloan/loans")
    const states = new Map(
      loans.map((loan) => [loan.loan_application_ref, loan.state])
    )
    return states.get(waiting.ref) === "awaiting_customer" &&
      states.get(settled.ref) === "established"
      ? true
      : undefined
  }, "the ledger to record both loans")

  return { settled, waiting }
}

async function placeLoanOrder(storefront, seed) {
  const cart = await fillCart(storefront, seed)
  const session = await chooseLoan(storefront, cart, generateShopper())
  const order = await placeOrder(storefront, cart.id)
  return { orderId: order.id, ref: session.data.loan_application_ref }
}

async function until(check, what) {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const value = await check()
    if (value !== undefined) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error(`Gave up waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
