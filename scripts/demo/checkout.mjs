// The story the demo tells once the store runs: a shopper pays with a
// loan, the customer approves it in the bank's app, the plugin's job
// authorizes the order's payment, and the admin captures it, which
// confirms the loan's settlement.
import { capturePayment, orderPayment, signInAdmin } from "./admin.mjs"
import {
  chooseLoan,
  createStorefront,
  fillCart,
  loanProgress,
  placeOrder,
} from "./shopper.mjs"
import { maskBirthdate, maskNationalCode } from "./shopper-identity.mjs"
import { POLL_INTERVAL_SECONDS } from "./store-env.mjs"
import { waitFor } from "./wait.mjs"

// The job runs every POLL_INTERVAL_SECONDS; a few rounds are plenty.
const AUTHORIZATION_WAIT_MS = 120_000
// A real customer needs time to open the app and confirm.
const REAL_APPROVAL_WAIT_MS = 30 * 60_000
// The plugin's names for a loan that can no longer be granted.
const CLOSED_LOAN_STATES = new Set(["refused", "expired", "canceled"])

export async function runCheckout({ store, shopper, reporter }) {
  const storefront = createStorefront(store.url, store.seed.publishableKey)
  const admin = await signInAdmin(store.url, store.admin)
  const placed = await placeLoanOrder({
    storefront,
    admin,
    seed: store.seed,
    shopper,
    reporter,
  })
  await approveLoan({ gateway: store.gateway, storefront, placed, reporter })
  return captureLoanPayment({
    gateway: store.gateway,
    storefront,
    admin,
    placed,
    reporter,
  })
}

async function placeLoanOrder({ storefront, admin, seed, shopper, reporter }) {
  reporter.step(
    "Shopper: filling a cart with one espresso machine and shipping"
  )
  const cart = await fillCart(storefront, seed)
  reporter.detail(`cart ${cart.id}, total ${formatIrr(cart.total)}`)

  reporter.step(
    `Shopper: paying with a Baloan loan in ${shopper.numberOfRepayments} ` +
      `instalments (national code ${maskNationalCode(shopper.nationalCode)}, ` +
      `birth date ${maskBirthdate(shopper.birthdate)})`
  )
  const session = await chooseLoan(storefront, cart, shopper)
  refuseShopperDetailsIn(session.data, shopper)
  const ref = session.data?.loan_application_ref
  reporter.detail(
    `loan application ${ref} (${describeLoan(session.data)}), ` +
      `${formatIrr(session.data?.amount_rials)}`
  )

  reporter.step("Shopper: placing the order")
  const order = await placeOrder(storefront, cart.id)
  const placed = { order, ref, sessionId: session.id, cartId: cart.id }
  const { paymentStatus } = await orderPayment(admin, order.id)
  const progress = await loanProgress(storefront, placed)
  reporter.detail(
    `order ${order.id}, payment ${paymentStatus}; loan ` +
      describeLoan(progress) +
      (progress.approval_requested ? ", approval asked of the customer" : "")
  )
  return placed
}

async function captureLoanPayment({
  gateway,
  storefront,
  admin,
  placed,
  reporter,
}) {
  const { order, ref } = placed
  reporter.step("Waiting for the plugin's job to authorize the order's payment")
  const payment = await waitFor(
    async () => {
      const state = await orderPayment(admin, order.id)
      return state.payment && state.paymentStatus === "authorized"
        ? state.payment
        : undefined
    },
    {
      reporter,
      describe: () =>
        `the job asks the gateway every ${POLL_INTERVAL_SECONDS} s`,
      timeoutMs: AUTHORIZATION_WAIT_MS,
    }
  )
  reporter.detail(`payment ${payment.id} authorized`)

  reporter.step(
    "Admin: capturing the payment (the plugin confirms the settlement)"
  )
  await capturePayment(admin, payment.id)
  const captured = await orderPayment(admin, order.id)
  const loan = await loanProgress(storefront, placed)
  const settled = gateway.control
    ? (await gateway.control.loan(ref)).settled === true
    : captured.paymentStatus === "captured"
  reporter.detail(
    gateway.control
      ? `the sandbox shows the loan ${settled ? "settled" : "not settled"}`
      : "the gateway accepted the settlement (it offers no way to read it back)"
  )

  return {
    order_id: order.id,
    loan_application_ref: ref,
    loan_status: loan.loan_status,
    payment_status: captured.paymentStatus,
    settled,
  }
}

async function approveLoan({ gateway, storefront, placed, reporter }) {
  if (gateway.control) {
    reporter.step(
      "Customer: approving the loan in the Blu app (sandbox control)"
    )
    const loan = await gateway.control.customerApprove(placed.ref)
    reporter.detail(`the sandbox says ${loan.loanApplicationStatus}`)
    return
  }

  reporter.step(
    "Customer: open the Blu app and confirm the loan; the demo waits for it"
  )
  let last = "unknown"
  await waitFor(
    async () => {
      const progress = await loanProgress(storefront, placed)
      last = progress.loan_status
      if (CLOSED_LOAN_STATES.has(progress.loan_state)) {
        throw new Error(`The loan will not be granted: it is ${last}`)
      }
      return progress.loan_state === "established" ? true : undefined
    },
    {
      reporter,
      describe: () => `waiting for the customer's approval (loan ${last})`,
      timeoutMs: REAL_APPROVAL_WAIT_MS,
      intervalMs: 5000,
    }
  )
}

// Anyone holding the cart id reads the session's data: the plugin promises
// that the shopper's national code and birth date are not in it.
function refuseShopperDetailsIn(data, shopper) {
  const text = JSON.stringify(data ?? {})
  if (text.includes(shopper.nationalCode) || text.includes(shopper.birthdate)) {
    throw new Error(
      "The payment session's data shows the shopper's national code or birth date"
    )
  }
}

// The create answer carries no status: until the first read the plugin
// knows only its own name for the state.
function describeLoan(data) {
  return data?.loan_status ?? data?.loan_state ?? "state unknown"
}

function formatIrr(amount) {
  return typeof amount === "number"
    ? `${amount.toLocaleString("en-US")} IRR`
    : "amount unknown"
}
