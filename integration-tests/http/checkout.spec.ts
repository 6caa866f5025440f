import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { pollBaloanLoans } from "../../src/workflows/poll-baloan-loans"
import { ledgerLoans } from "../helpers/ledger"
import { useSandbox } from "../helpers/sandbox"
import { useShop } from "../helpers/shop"
import { adminHeaders, loanDetails } from "../helpers/shopper"

jest.setTimeout(120_000)

const sandbox = useSandbox()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const shop = useShop({ api, getContainer }, sandbox)

    async function orderPaymentStatus(orderId: string) {
      const admin = await adminHeaders(api)
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,status,payment_status,*payment_collections.payments`,
        admin
      )
      return data.order
    }

    describe("order first", () => {
      it("places the order, authorizes it once the loan is established, and settles on capture", async () => {
        const cartId = await shop.shopper.createCart()
        const picked = await shop.shopper.pickLoan(cartId, loanDetails())
        expect(picked.status).toBe(200)

        const session = await shop.shopper.baloanSession(cartId)
        const ref = session!.data.loan_application_ref as string
        expect(ref).toMatch(/^LN_\d+$/)
        const created = await sandbox.loan(ref)
        expect(Number(created.loanAmount)).toBe(
          shop.store.unitPrice + shop.store.shippingPrice
        )
        expect(created.numberOfRepayments).toBe(12)

        const completed = await shop.shopper.complete(cartId)
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
        const orderId = completed.data.order.id as string
        expect((await orderPaymentStatus(orderId)).payment_status).toBe(
          "awaiting"
        )
        expect((await sandbox.loan(ref)).loanApplicationStatus).toBe(
          "WAITING_FOR_CUSTOMER"
        )

        const early = await pollBaloanLoans(getContainer())
        expect(early.actions.authorize ?? 0).toBe(0)

        const approved = await sandbox.control.post(
          `/loans/${ref}/customer-approve`
        )
        expect(approved.status).toBe(200)
        const synced = await pollBaloanLoans(getContainer())
        expect(synced.actions.authorize ?? 0).toBe(1)

        const order = await orderPaymentStatus(orderId)
        expect(order.payment_status).toBe("authorized")
        const payment = order.payment_collections[0].payments[0]

        const admin = await adminHeaders(api)
        const captured = await api.post(
          `/admin/payments/${payment.id}/capture`,
          {},
          admin
        )
        expect(captured.status).toBe(200)
        expect((await orderPaymentStatus(orderId)).payment_status).toBe(
          "captured"
        )
        const settled = await sandbox.loan(ref)
        expect(settled.settled).toBe(true)
        expect(settled.settlementCount).toBe(1)
      })
    })

    describe("approval first", () => {
      it("asks approval before the order, and the order is authorized at once", async () => {
        const cartId = await shop.shopper.createCart()
        expect(
          (await shop.shopper.pickLoan(cartId, loanDetails())).status
        ).toBe(200)
        const session = await shop.shopper.baloanSession(cartId)
        const ref = session!.data.loan_application_ref as string

        const unowned = await shop.shopper.post(
          `/store/baloan/payment-sessions/${session!.id}/approve`,
          { cart_id: await shop.shopper.createCart() }
        )
        expect(unowned.status).toBe(404)

        const approve = await shop.shopper.post(
          `/store/baloan/payment-sessions/${session!.id}/approve`,
          { cart_id: cartId }
        )
        expect(approve.status).toBe(200)
        expect(approve.data.payment_session).toMatchObject({
          id: session!.id,
          loan_application_ref: ref,
          loan_status: "WAITING_FOR_CUSTOMER",
          approval_requested: true,
        })
        const again = await shop.shopper.post(
          `/store/baloan/payment-sessions/${session!.id}/approve`,
          { cart_id: cartId }
        )
        expect(again.status).toBe(200)
        expect((await sandbox.loan(ref)).approveCount).toBe(1)

        await sandbox.control.post(`/loans/${ref}/customer-approve`)
        const status = await shop.shopper.get(
          `/store/baloan/payment-sessions/${session!.id}?cart_id=${cartId}`
        )
        expect(status.status).toBe(200)
        expect(status.data.payment_session).toMatchObject({
          loan_status: "ESTABLISHED",
          loan_state: "established",
          live: true,
        })
        const noCart = await shop.shopper.get(
          `/store/baloan/payment-sessions/${session!.id}`
        )
        expect(noCart.status).toBe(400)

        const completed = await shop.shopper.complete(cartId)
        expect(completed.data.type).toBe("order")
        const order = await orderPaymentStatus(completed.data.order.id)
        expect(order.payment_status).toBe("authorized")
        expect((await sandbox.loan(ref)).approveCount).toBe(1)
      })

      it("completes the cart when the shopper approved but never came back", async () => {
        const { cartId, sessionId, ref } = await shop.shopper.cartWithLoan()
        await shop.shopper.requestApproval(cartId, sessionId)
        await sandbox.customerApprove(ref)

        expect(
          (await pollBaloanLoans(getContainer())).actions.authorize ?? 0
        ).toBe(1)

        const cart = await shop.shopper.cart(cartId)
        expect(cart.completed_at).toBeTruthy()
      })
    })

    describe("loan refused", () => {
      it("cancels the order, never authorized, when the customer refuses", async () => {
        const cartId = await shop.shopper.createCart()
        await shop.shopper.pickLoan(cartId, loanDetails())
        const session = await shop.shopper.baloanSession(cartId)
        const ref = session!.data.loan_application_ref as string
        const completed = await shop.shopper.complete(cartId)
        const orderId = completed.data.order.id as string

        await sandbox.control.post(`/loans/${ref}/customer-refuse`)
        const synced = await pollBaloanLoans(getContainer())

        expect(synced.actions).toEqual({ cancel_order: 1 })
        const order = await orderPaymentStatus(orderId)
        expect(order.status).toBe("canceled")
        expect(order.payment_collections[0].payments).toEqual([])
        const [loan] = await ledgerLoans(getContainer(), ref)
        expect(loan).toMatchObject({
          state: "refused",
          cancel_reason: "loan_refused",
        })
      })
    })

    describe("capture", () => {
      async function authorizedOrder() {
        const { cartId, sessionId, ref } = await shop.shopper.cartWithLoan()
        await shop.shopper.requestApproval(cartId, sessionId)
        await sandbox.customerApprove(ref)
        const completed = await shop.shopper.complete(cartId)
        const order = await orderPaymentStatus(completed.data.order.id)
        return { ref, order, payment: order.payment_collections[0].payments[0] }
      }

      it("refuses a partial capture, saying the gateway settles whole loans", async () => {
        const { ref, payment } = await authorizedOrder()
        const admin = await adminHeaders(api)

        const partial = await api.post(
          `/admin/payments/${payment.id}/capture`,
          { amount: Number(payment.amount) - 1000 },
          { ...admin, validateStatus: () => true }
        )

        expect(partial.status).toBe(400)
        expect(partial.data.message).toMatch(/whole loans/)
        expect((await sandbox.loan(ref)).settlementCount).toBe(0)
        const full = await api.post(
          `/admin/payments/${payment.id}/capture`,
          { amount: Number(payment.amount) },
          admin
        )
        expect(full.status).toBe(200)
        expect((await sandbox.loan(ref)).settlementCount).toBe(1)
      })

      it("never settles twice when a captured payment is captured again", async () => {
        const { ref, payment } = await authorizedOrder()
        const admin = await adminHeaders(api)
        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)

        await api.post(
          `/admin/payments/${payment.id}/capture`,
          {},
          {
            ...admin,
            validateStatus: () => true,
          }
        )

        const loan = await sandbox.loan(ref)
        expect(loan.settled).toBe(true)
        expect(loan.settlementCount).toBe(1)
      })
    })
  },
})
