// The shop's side, through the admin API: watch the order's payment and
// capture it, which makes the plugin confirm the loan's settlement.
import Medusa from "@medusajs/js-sdk"

const PAYMENT_FIELDS = "id,payment_status,*payment_collections.payments"

export async function signInAdmin(url, { email, password }) {
  const sdk = new Medusa({
    baseUrl: url,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  })
  await sdk.auth.login("user", "emailpass", { email, password })
  return sdk
}

/** The order's payment status and its payment, once Medusa created one. */
export async function orderPayment(sdk, orderId) {
  const { order } = await sdk.admin.order.retrieve(orderId, {
    fields: PAYMENT_FIELDS,
  })
  const payments = (order.payment_collections ?? []).flatMap(
    (collection) => collection.payments ?? []
  )
  return { paymentStatus: order.payment_status, payment: payments[0] ?? null }
}

export async function capturePayment(sdk, paymentId) {
  const { payment } = await sdk.admin.payment.capture(paymentId, {})
  return payment
}
