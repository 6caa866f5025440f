import type { AxiosInstance, AxiosResponse } from "axios"
import { makeNationalCode } from "../../src/lib/iran/national-code"
import { ADMIN_EMAIL, ADMIN_PASSWORD, BALOAN_PROVIDER_ID } from "./seed-store"
import type { SeededStore } from "./seed-store"

/** A Jalali birth date in Persian digits, as a shopper types it. */
export const PERSIAN_BIRTHDATE = "۱۳۷۰/۰۶/۳۱"
export const GREGORIAN_OF_PERSIAN_BIRTHDATE = "1991-09-22"

export type Shopper = ReturnType<typeof createShopper>

/** Acts as a storefront would, through the store API only. */
export function createShopper(api: AxiosInstance, store: SeededStore) {
  const headers = { "x-publishable-api-key": store.publishableKey }
  const ok = { headers }
  const any = { headers, validateStatus: () => true }

  return {
    headers,

    async createCart(quantity = 1): Promise<string> {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: store.regionId,
          email: "shopper@example.com",
          items: [{ variant_id: store.variantId, quantity }],
          shipping_address: address,
          billing_address: address,
        },
        ok
      )
      const cartId = data.cart.id as string
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: store.shippingOptionId },
        ok
      )
      return cartId
    },

    async paymentCollection(cartId: string): Promise<string> {
      const { data } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        ok
      )
      return data.payment_collection.id as string
    },

    /** Answers whatever the store says, 400s included. */
    async pickLoan(cartId: string, data: unknown): Promise<AxiosResponse> {
      const collectionId = await this.paymentCollection(cartId)
      return api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: BALOAN_PROVIDER_ID, data },
        any
      )
    },

    async cart(cartId: string) {
      const { data } = await api.get(`/store/carts/${cartId}`, ok)
      return data.cart
    },

    async baloanSession(cartId: string) {
      const cart = await this.cart(cartId)
      const session = cart.payment_collection?.payment_sessions?.find(
        (candidate: { provider_id: string }) =>
          candidate.provider_id === BALOAN_PROVIDER_ID
      )
      return session as
        | { id: string; status: string; data: Record<string, unknown> }
        | undefined
    },

    async complete(cartId: string): Promise<AxiosResponse> {
      return api.post(`/store/carts/${cartId}/complete`, {}, any)
    },

    async addItem(cartId: string) {
      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: store.variantId, quantity: 1 },
        ok
      )
    },

    /** A cart whose Baloan session made a loan application. */
    async cartWithLoan(details: Record<string, unknown> = loanDetails()) {
      const cartId = await this.createCart()
      const picked = await this.pickLoan(cartId, details)
      if (picked.status !== 200) {
        throw new Error(
          `payment session refused: ${JSON.stringify(picked.data)}`
        )
      }
      const session = await this.baloanSession(cartId)
      return {
        cartId,
        sessionId: session!.id,
        ref: session!.data.loan_application_ref as string,
      }
    },

    /** Approval first: sends the loan to the shopper's bank app. */
    async requestApproval(cartId: string, sessionId: string) {
      return api.post(
        `/store/baloan/payment-sessions/${sessionId}/approve`,
        { cart_id: cartId },
        any
      )
    },

    get: (path: string) => api.get(path, any),
    post: (path: string, body: unknown) => api.post(path, body, any),
  }
}

/**
 * A checksum-valid code that no real person is likely to hold: it starts
 * with 00 and is random after that. (The sandbox gives every code that
 * does not start with 9 a Blu account.)
 */
export function testNationalCode(): string {
  const rest = String(Math.floor(Math.random() * 1e7)).padStart(7, "0")
  return makeNationalCode(`00${rest}`)
}

export function loanDetails(overrides: Record<string, unknown> = {}) {
  return {
    national_code: testNationalCode(),
    birthdate: PERSIAN_BIRTHDATE,
    number_of_repayments: 12,
    ...overrides,
  }
}

/** Signs in as the seeded admin and answers the request headers. */
export async function adminHeaders(api: AxiosInstance) {
  const { data } = await api.post("/auth/user/emailpass", {
    email: ADMIN_EMAIL,
    password: ADMIN_PASSWORD,
  })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

const address = {
  first_name: "Sara",
  last_name: "Ahmadi",
  address_1: "Enghelab St. 12",
  city: "Tehran",
  country_code: "ir",
  postal_code: "1234567890",
  phone: "09120000000",
}
