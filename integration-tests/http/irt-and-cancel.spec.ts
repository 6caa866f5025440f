import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { pollBaloanLoans } from "../../src/workflows/poll-baloan-loans"
import { strayLoans } from "../helpers/invariants"
import { useSandbox } from "../helpers/sandbox"
import { createAdminUser, seedStore } from "../helpers/seed-store"
import { adminHeaders, createShopper, loanDetails } from "../helpers/shopper"

jest.setTimeout(120_000)

const sandbox = useSandbox()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeEach(async () => {
      await createAdminUser(getContainer())
    })

    afterEach(async () => {
      await sandbox.control.delete("/faults")
      expect(await strayLoans(sandbox, getContainer())).toEqual([])
    })

    it("asks the gateway for ten rials per toman in an IRT store", async () => {
      const store = await seedStore(getContainer(), { currencyCode: "irt" })
      const shopper = createShopper(api, store)
      const cartId = await shopper.createCart()

      const picked = await shopper.pickLoan(cartId, loanDetails())
      expect(picked.status).toBe(200)

      const session = await shopper.baloanSession(cartId)
      const loan = await sandbox.loan(
        session!.data.loan_application_ref as string
      )
      expect(Number(loan.loanAmount)).toBe(
        (store.unitPrice + store.shippingPrice) * 10
      )
      expect(session!.data.amount_rials).toBe(Number(loan.loanAmount))
    })

    it("cancels the loan when an order waiting for approval is canceled, and never authorizes it", async () => {
      const store = await seedStore(getContainer())
      const shopper = createShopper(api, store)
      const cartId = await shopper.createCart()
      await shopper.pickLoan(cartId, loanDetails())
      const session = await shopper.baloanSession(cartId)
      const ref = session!.data.loan_application_ref as string
      const completed = await shopper.complete(cartId)
      const orderId = completed.data.order.id as string
      const admin = await adminHeaders(api)

      const canceled = await api.post(
        `/admin/orders/${orderId}/cancel`,
        {},
        admin
      )
      expect(canceled.status).toBe(200)

      await waitFor(
        async () =>
          (await sandbox.loan(ref)).loanApplicationStatus ===
          "APPLICATION_CANCELED"
      )
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=status,payment_status,*payment_collections.payments`,
        admin
      )
      expect(data.order.status).toBe("canceled")
      expect(
        (await pollBaloanLoans(getContainer())).actions.authorize ?? 0
      ).toBe(0)
      expect(data.order.payment_collections[0].payments).toEqual([])
    })

    it("refuses a cart in a currency the gateway does not lend in", async () => {
      const store = await seedStore(getContainer(), { currencyCode: "eur" })
      const shopper = createShopper(api, store)
      const cartId = await shopper.createCart()
      const loansBefore = (await sandbox.loans()).length

      const picked = await shopper.pickLoan(cartId, loanDetails())

      expect(picked.status).toBe(400)
      expect(picked.data.message).toMatch(/IRR.*IRT.*not EUR/)
      expect(await sandbox.loans()).toHaveLength(loansBefore)
    })
  },
})

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error("condition not met in time")
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
