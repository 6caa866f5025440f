// The shopper's side, through the store API with @medusajs/js-sdk, as a
// storefront would call it: fill a cart, choose the loan, place the order,
// and follow the loan on the plugin's session route.
import Medusa from "@medusajs/js-sdk"

export const BALOAN_PROVIDER_ID = "pp_baloan_baloan"

const ADDRESS = {
  first_name: "Sara",
  last_name: "Demo",
  address_1: "Valiasr St. 1",
  city: "Tehran",
  country_code: "ir",
  postal_code: "1234567890",
  phone: "+989120000000",
}

export function createStorefront(url, publishableKey) {
  return new Medusa({
    baseUrl: url,
    publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  })
}

export async function fillCart(sdk, { regionId, variantId }) {
  const { cart } = await sdk.store.cart.create({
    region_id: regionId,
    email: "shopper@example.com",
    shipping_address: ADDRESS,
    billing_address: ADDRESS,
  })
  await sdk.store.cart.createLineItem(cart.id, {
    variant_id: variantId,
    quantity: 1,
  })

  const { shipping_options: options } =
    await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  if (options.length === 0) {
    throw new Error("The store offers no shipping option for this cart")
  }
  const { cart: ready } = await sdk.store.cart.addShippingMethod(cart.id, {
    option_id: options[0].id,
  })
  return ready
}

/** Picks the loan: the plugin creates the loan application at the gateway. */
export async function chooseLoan(sdk, cart, shopper) {
  const { payment_collection: collection } =
    await sdk.store.payment.initiatePaymentSession(cart, {
      provider_id: BALOAN_PROVIDER_ID,
      data: {
        national_code: shopper.nationalCode,
        birthdate: shopper.birthdate,
        number_of_repayments: shopper.numberOfRepayments,
      },
    })
  const session = collection.payment_sessions?.find(
    (candidate) => candidate.provider_id === BALOAN_PROVIDER_ID
  )
  if (!session) {
    throw new Error("The store created no Baloan payment session")
  }
  return session
}

export async function placeOrder(sdk, cartId) {
  const completed = await sdk.store.cart.complete(cartId)
  if (completed.type !== "order") {
    throw new Error(
      `The order was not placed: ${completed.error?.message ?? "no reason given"}`
    )
  }
  return completed.order
}

/** The plugin's view of the session: loan reference, status, approval. */
export async function loanProgress(sdk, { sessionId, cartId }) {
  const { payment_session: session } = await sdk.client.fetch(
    `/store/baloan/payment-sessions/${sessionId}`,
    { query: { cart_id: cartId } }
  )
  return session
}
