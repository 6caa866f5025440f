import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { authorizeEstablishedLoans } from "../../src/workflows/authorize-established-loans"
import { useSandbox } from "../helpers/sandbox"
import {
  createAdminUser,
  seedStore,
  type SeededStore,
} from "../helpers/seed-store"
import {
  adminHeaders,
  createShopper,
  loanDetails,
  type Shopper,
} from "../helpers/shopper"

jest.setTimeout(120_000)

const sandbox = useSandbox()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: SeededStore
    let shopper: Shopper

    beforeEach(async () => {
      store = await seedStore(getContainer())
      await createAdminUser(getContainer())
      shopper = createShopper(api, store)
    })

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
        const cartId = await shopper.createCart()
        const picked = await shopper.pickLoan(cartId, loanDetails())
        expect(picked.status).toBe(200)

        const session = await shopper.baloanSession(cartId)
        const ref = session!.data.loan_application_ref as string
        expect(ref).toMatch(/^LN_\d+$/)
        const created = await sandbox.loan(ref)
        expect(Number(created.loanAmount)).toBe(
          store.unitPrice + store.shippingPrice
        )
        expect(created.numberOfRepayments).toBe(12)

        const completed = await shopper.complete(cartId)
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
        const orderId = completed.data.order.id as string
        expect((await orderPaymentStatus(orderId)).payment_status).toBe(
          "awaiting"
        )
        expect((await sandbox.loan(ref)).loanApplicationStatus).toBe(
          "WAITING_FOR_CUSTOMER"
        )

        const early = await authorizeEstablishedLoans(getContainer())
        expect(early.authorized).toBe(0)

        const approved = await sandbox.control.post(
          `/loans/${ref}/customer-approve`
        )
        expect(approved.status).toBe(200)
        const synced = await authorizeEstablishedLoans(getContainer())
        expect(synced.authorized).toBe(1)

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
  },
})
