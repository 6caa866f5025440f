import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { pollBaloanLoans } from "../../src/workflows/poll-baloan-loans"
import { ledger, ledgerLoans } from "../helpers/ledger"
import { useSandbox } from "../helpers/sandbox"
import { useShop } from "../helpers/shop"
import { adminHeaders, loanDetails } from "../helpers/shopper"

jest.setTimeout(120_000)

const sandbox = useSandbox()
const CANCEL_PATH = "/v1/daloan/loan/applications/cancel/"
const CREATE_PATH = "/v1/daloan/loan/applications/create/"
const SETTLE_PATH = "/v1/daloan/loan/applications/settlement/confirm/"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const shop = useShop({ api, getContainer }, sandbox)

    async function orderAwaitingApproval() {
      const { cartId, ref } = await shop.shopper.cartWithLoan()
      const completed = await shop.shopper.complete(cartId)
      return { cartId, ref, orderId: completed.data.order.id as string }
    }

    async function order(orderId: string) {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,status,payment_status,*payment_collections.payments`,
        await adminHeaders(api)
      )
      return data.order
    }

    async function waitFor(check: () => Promise<boolean>) {
      const deadline = Date.now() + 10_000
      while (!(await check())) {
        if (Date.now() > deadline) {
          throw new Error("condition not met in time")
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }

    describe("order to loan", () => {
      it("cancels the order while the gateway is down, then the poller cancels the loan", async () => {
        const { ref, orderId } = await orderAwaitingApproval()
        await sandbox.control.post("/faults", {
          path: CANCEL_PATH,
          status: 503,
          count: 20,
        })

        const canceled = await api.post(
          `/admin/orders/${orderId}/cancel`,
          {},
          await adminHeaders(api)
        )
        expect(canceled.status).toBe(200)
        await waitFor(async () => {
          const [loan] = await ledgerLoans(getContainer(), ref)
          return !!loan.cancel_requested_at
        })
        expect((await order(orderId)).status).toBe("canceled")
        expect((await sandbox.loan(ref)).loanApplicationStatus).not.toBe(
          "APPLICATION_CANCELED"
        )

        // A poll while the gateway still refuses counts the failure without
        // writing the same history entry again.
        await pollBaloanLoans(getContainer())
        const [waiting] = await ledgerLoans(getContainer(), ref)
        expect(waiting.sync_failures).toBe(1)
        expect(
          waiting.events.filter((event) =>
            /not confirmed/.test(event.note ?? "")
          )
        ).toHaveLength(1)

        await sandbox.control.delete("/faults")
        await sandbox.customerApprove(ref)
        const polled = await pollBaloanLoans(getContainer())

        expect(polled.actions).toEqual({ cancel_loan: 1 })
        const loan = await sandbox.loan(ref)
        expect(loan.loanApplicationStatus).toBe("APPLICATION_CANCELED")
        expect(loan.settlementCount).toBe(0)
        const [entry] = await ledgerLoans(getContainer(), ref)
        expect(entry).toMatchObject({
          cancel_requested_at: null,
          cancel_reason: "order_canceled",
        })
        expect((await order(orderId)).payment_collections[0].payments).toEqual(
          []
        )
      })

      it("cancels an application the customer never approves after the TTL, and its order", async () => {
        const { ref, orderId } = await orderAwaitingApproval()
        await pollBaloanLoans(getContainer())
        expect((await order(orderId)).status).toBe("pending")

        await dbConnection.raw(
          "update baloan_loan set created_at = now() - interval '73 hours' where loan_application_ref = ?",
          [ref]
        )
        const polled = await pollBaloanLoans(getContainer())

        expect(polled.actions).toEqual({ cancel_loan: 1, cancel_order: 1 })
        expect((await sandbox.loan(ref)).loanApplicationStatus).toBe(
          "APPLICATION_CANCELED"
        )
        expect((await order(orderId)).status).toBe("canceled")
        const [entry] = await ledgerLoans(getContainer(), ref)
        expect(entry.cancel_reason).toBe("approval_ttl_expired")
      })

      it("finds and cancels an orphan left when the gateway failed during a session's deletion", async () => {
        const cartId = await shop.shopper.createCart()
        await shop.shopper.pickLoan(cartId, loanDetails())
        const session = await shop.shopper.baloanSession(cartId)
        const ref = session!.data.loan_application_ref as string
        await sandbox.control.post("/faults", {
          path: CANCEL_PATH,
          status: 503,
          count: 20,
        })

        await shop.shopper.addItem(cartId)
        expect(await shop.shopper.baloanSession(cartId)).toBeUndefined()
        expect((await sandbox.loan(ref)).loanApplicationStatus).toBe(
          "APPLICATION_CREATED"
        )

        await sandbox.control.delete("/faults")
        const polled = await pollBaloanLoans(getContainer())

        expect(polled.actions).toEqual({ cancel_loan: 1 })
        expect((await sandbox.loan(ref)).loanApplicationStatus).toBe(
          "APPLICATION_CANCELED"
        )
        const [entry] = await ledgerLoans(getContainer(), ref)
        expect(entry.cancel_reason).toBe("orphan")
      })
    })

    describe("loan to order", () => {
      it("authorizes once when the poller and the storefront complete the cart together", async () => {
        const { cartId, sessionId, ref } = await shop.shopper.cartWithLoan()
        await shop.shopper.requestApproval(cartId, sessionId)
        await sandbox.customerApprove(ref)

        const [completed] = await Promise.all([
          shop.shopper.complete(cartId),
          pollBaloanLoans(getContainer()),
        ])

        expect(completed.data.type).toBe("order")
        const placed = await order(completed.data.order.id)
        expect(placed.payment_status).toBe("authorized")
        expect(placed.payment_collections[0].payments).toHaveLength(1)
        const { data: orders } = await api.get(
          "/admin/orders?fields=id",
          await adminHeaders(api)
        )
        expect(orders.orders).toHaveLength(1)
      })

      it("cancels an authorized order when the bank cancels its loan", async () => {
        const { ref, orderId } = await orderAwaitingApproval()
        await sandbox.customerApprove(ref)
        await pollBaloanLoans(getContainer())
        expect((await order(orderId)).payment_status).toBe("authorized")

        await sandbox.control.post(`/loans/${ref}/bank-cancel`)
        const polled = await pollBaloanLoans(getContainer())

        expect(polled.actions).toEqual({ cancel_order: 1 })
        expect((await order(orderId)).status).toBe("canceled")
        const [entry] = await ledgerLoans(getContainer(), ref)
        expect(entry).toMatchObject({
          state: "canceled",
          cancel_reason: "loan_canceled",
        })
        expect((await sandbox.loan(ref)).settlementCount).toBe(0)
      })

      it("tells the admin, and keeps the order, when the loan closes after fulfillment", async () => {
        const { ref, orderId } = await orderAwaitingApproval()
        await sandbox.customerApprove(ref)
        await pollBaloanLoans(getContainer())
        const admin = await adminHeaders(api)
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=id,*items`,
          admin
        )
        const fulfilled = await api.post(
          `/admin/orders/${orderId}/fulfillments`,
          {
            items: data.order.items.map(
              (item: { id: string; quantity: number }) => ({
                id: item.id,
                quantity: item.quantity,
              })
            ),
          },
          { ...admin, validateStatus: () => true }
        )
        expect(fulfilled.status).toBe(200)

        await sandbox.control.post(`/loans/${ref}/bank-cancel`)
        const polled = await pollBaloanLoans(getContainer())
        const again = await pollBaloanLoans(getContainer())

        expect(polled.actions).toEqual({ warn_fulfilled: 1 })
        expect(again.actions).toEqual({})
        expect((await order(orderId)).status).not.toBe("canceled")
        const [entry] = await ledgerLoans(getContainer(), ref)
        expect(entry.events.map((event) => event.note).join("\n")).toMatch(
          /already fulfilled/
        )
      })

      it("slows the whole run down when the gateway answers 429", async () => {
        const first = await orderAwaitingApproval()
        const others = [
          await orderAwaitingApproval(),
          await orderAwaitingApproval(),
        ]
        // Enough 429s for every attempt the client makes on one loan.
        await sandbox.control.post("/faults", {
          path: "/v1/daloan/loan/applications/get/",
          status: 429,
          retryAfter: "0",
          count: 4,
        })
        const pauses: number[] = []

        const polled = await pollBaloanLoans(getContainer(), {
          concurrency: 1,
          sleep: async (ms) => {
            pauses.push(ms)
          },
        })

        expect(polled).toMatchObject({
          slowed_down: true,
          failed: 1,
          read: others.length,
        })
        expect(pauses).toEqual(others.map(() => 2_000))
        const [entry] = await ledgerLoans(getContainer(), first.ref)
        expect(entry.sync_failures).toBe(1)
      })

      it("emits a status change and an expiry event, and records the history", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const seen: Array<{ name: string; data: Record<string, unknown> }> = []
        for (const name of [
          "baloan.loan.status_changed",
          "baloan.loan.expired",
        ]) {
          eventBus.subscribe(name, async (event) => {
            seen.push({ name, data: event.data as Record<string, unknown> })
          })
        }
        const { ref, orderId } = await orderAwaitingApproval()

        await sandbox.control.post(`/loans/${ref}/expire`)
        await pollBaloanLoans(getContainer())

        await waitFor(async () => seen.length >= 2)
        expect(seen.map((event) => event.name).sort()).toEqual([
          "baloan.loan.expired",
          "baloan.loan.status_changed",
        ])
        expect(seen[0].data).toMatchObject({
          loan_application_ref: ref,
          to_state: "expired",
        })
        expect((await order(orderId)).status).toBe("canceled")
        const [entry] = await ledgerLoans(getContainer(), ref)
        expect(entry.approval_request_id).toBeTruthy()
        const transitions = entry.events.map((event) => [
          event.source,
          event.to_state,
        ])
        expect(transitions).toEqual(
          expect.arrayContaining([
            ["storefront", "created"],
            ["poller", "expired"],
          ])
        )
      })
    })

    describe("unknown outcomes", () => {
      it("records a create whose answer was lost", async () => {
        const cartId = await shop.shopper.createCart()
        await sandbox.control.post("/faults", {
          path: CREATE_PATH,
          drop: "after",
        })

        const picked = await shop.shopper.pickLoan(cartId, loanDetails())

        expect(picked.status).toBeGreaterThanOrEqual(400)
        const unknown = await ledger(getContainer()).listBaloanLoans({
          outcome_unknown: "create",
        })
        expect(unknown).toHaveLength(1)
        expect(unknown[0].loan_application_ref).toBeNull()
        expect(
          (await sandbox.requests()).filter(
            (entry) => entry.path === CREATE_PATH
          )
        ).toHaveLength(1)
      })

      it("never resends a settlement whose answer was lost", async () => {
        const { ref, orderId } = await orderAwaitingApproval()
        await sandbox.customerApprove(ref)
        await pollBaloanLoans(getContainer())
        const payment = (await order(orderId)).payment_collections[0]
          .payments[0]
        const admin = {
          ...(await adminHeaders(api)),
          validateStatus: () => true,
        }
        await sandbox.control.post("/faults", {
          path: SETTLE_PATH,
          drop: "after",
        })

        const first = await api.post(
          `/admin/payments/${payment.id}/capture`,
          {},
          admin
        )
        const second = await api.post(
          `/admin/payments/${payment.id}/capture`,
          {},
          admin
        )

        expect(first.status).toBeGreaterThanOrEqual(400)
        expect(first.data.message).toMatch(/answer was lost/)
        expect(second.status).toBe(400)
        expect(second.data.message).toMatch(/Check with Baloan/)
        expect((await sandbox.loan(ref)).settlementCount).toBe(1)
        const [entry] = await ledgerLoans(getContainer(), ref)
        expect(entry.outcome_unknown).toBe("settlement")
      })
    })
  },
})
