import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { pollBaloanLoans } from "../../src/workflows/poll-baloan-loans"
import { ledgerLoans } from "../helpers/ledger"
import { useSandbox } from "../helpers/sandbox"
import { createAdminUser, seedStore } from "../helpers/seed-store"
import {
  adminHeaders,
  createShopper,
  GREGORIAN_OF_PERSIAN_BIRTHDATE,
  loanDetails,
  PERSIAN_BIRTHDATE,
  type Shopper,
} from "../helpers/shopper"

jest.setTimeout(120_000)

const sandbox = useSandbox()
const GET_PATH = "/v1/daloan/loan/applications/get/"
const CANCEL_PATH = "/v1/daloan/loan/applications/cancel/"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shopper: Shopper
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      const store = await seedStore(getContainer())
      await createAdminUser(getContainer())
      shopper = createShopper(api, store)
      admin = await adminHeaders(api)
    })

    afterEach(async () => {
      await sandbox.control.delete("/faults")
    })

    const get = (path: string) =>
      api.get(path, { ...admin, validateStatus: () => true })
    const post = (path: string, body: unknown = {}) =>
      api.post(path, body, { ...admin, validateStatus: () => true })

    /** An order placed with a loan, once the store has linked the two. */
    async function orderWithLoan() {
      const details = loanDetails()
      const cartId = await shopper.createCart()
      await shopper.pickLoan(cartId, details)
      const session = await shopper.baloanSession(cartId)
      const completed = await shopper.complete(cartId)
      const orderId = completed.data.order.id as string
      await waitFor(
        async () =>
          (await get(`/admin/baloan/orders/${orderId}/loans`)).data.loans
            ?.length === 1
      )
      return {
        orderId,
        nationalCode: details.national_code,
        ref: session!.data.loan_application_ref as string,
      }
    }

    function expectNothingPersonal(body: unknown, nationalCode: string) {
      const text = JSON.stringify(body)
      expect(text).not.toContain(nationalCode)
      expect(text).not.toContain(PERSIAN_BIRTHDATE)
      expect(text).not.toContain(GREGORIAN_OF_PERSIAN_BIRTHDATE)
      expect(text).not.toMatch(/birth/i)
    }

    it("answers 401 on every Baloan admin route without an admin session", async () => {
      const { orderId } = await orderWithLoan()
      const [loan] = (await get(`/admin/baloan/orders/${orderId}/loans`)).data
        .loans
      const anonymous = { headers: shopper.headers, validateStatus: () => true }

      const answers = await Promise.all([
        api.get(`/admin/baloan/orders/${orderId}/loans`, anonymous),
        api.get("/admin/baloan/loans", anonymous),
        api.post(`/admin/baloan/loans/${loan.id}/sync`, {}, anonymous),
        api.post(`/admin/baloan/loans/${loan.id}/cancel`, {}, anonymous),
      ])

      expect(answers.map((answer) => answer.status)).toEqual([
        401, 401, 401, 401,
      ])
      for (const answer of answers) {
        expect(JSON.stringify(answer.data)).not.toContain(loan.id)
      }
    })

    it("shows an order's loan live from the gateway, with the ledger's history", async () => {
      const { orderId, ref, nationalCode } = await orderWithLoan()

      const { status, data } = await get(
        `/admin/baloan/orders/${orderId}/loans`
      )

      expect(status).toBe(200)
      expect(data.order_id).toBe(orderId)
      const [loan] = data.loans
      const atGateway = await sandbox.loan(ref)
      expect(loan).toMatchObject({
        loan_application_ref: ref,
        state: "awaiting_customer",
        gateway_status: atGateway.loanApplicationStatus,
        amount_rials: Number(atGateway.loanAmount),
        number_of_repayments: 12,
        national_code_masked: `${nationalCode.slice(0, 2)}******${nationalCode.slice(-2)}`,
        order: { id: orderId },
        gateway: { live: true, unreachable: false },
        record: {
          status: "WAITING_FOR_CUSTOMER",
          loan_amount: Number(atGateway.loanAmount),
          number_of_repayments: 12,
          interest_rate: expect.any(Number),
          credit_line_name: expect.stringMatching(/[\u0600-\u06ff]/),
          disbursement_date: null,
        },
      })
      expect(loan.events.length).toBeGreaterThan(0)
      expect(loan.events.at(-1).created_at >= loan.events[0].created_at).toBe(
        true
      )
      expectNothingPersonal(data, nationalCode)
    })

    it("answers 404 for an unknown order or loan", async () => {
      const none = await get("/admin/baloan/orders/order_missing/loans")
      expect(none.status).toBe(404)
      const unknownLoan = await post("/admin/baloan/loans/bloan_missing/sync")
      expect(unknownLoan.status).toBe(404)
    })

    it("refreshes a loan now: records the change with the admin as its source and acts on it", async () => {
      const { orderId, ref, nationalCode } = await orderWithLoan()
      const [before] = (await get(`/admin/baloan/orders/${orderId}/loans`)).data
        .loans
      await sandbox.control.post(`/loans/${ref}/customer-approve`)

      const { status, data } = await post(
        `/admin/baloan/loans/${before.id}/sync`
      )

      expect(status).toBe(200)
      expect(data.loan).toMatchObject({
        id: before.id,
        state: "established",
        recorded_state: "established",
        gateway: { live: true, unreachable: false },
        record: { status: "ESTABLISHED", number_of_paid_repayments: 0 },
      })
      expect(data.loan.last_synced_at).not.toBe(before.last_synced_at)
      expect(data.loan.events).toContainEqual(
        expect.objectContaining({
          source: "admin",
          to_status: "ESTABLISHED",
          to_state: "established",
        })
      )
      const { data: orderData } = await api.get(
        `/admin/orders/${orderId}?fields=payment_status`,
        admin
      )
      expect(orderData.order.payment_status).toBe("authorized")
      expectNothingPersonal(data, nationalCode)
    })

    it("answers the ledger's last known state, as of its last read, when the gateway is down", async () => {
      const { orderId, ref } = await orderWithLoan()
      await sandbox.control.post(`/loans/${ref}/customer-approve`)
      await pollBaloanLoans(getContainer())
      const [recorded] = await ledgerLoans(getContainer(), ref)
      await sandbox.control.post("/faults", {
        path: GET_PATH,
        status: 503,
        count: 100,
      })

      const { status, data } = await get(
        `/admin/baloan/orders/${orderId}/loans`
      )

      expect(status).toBe(200)
      expect(data.loans[0]).toMatchObject({
        state: "established",
        gateway: {
          live: false,
          unreachable: true,
          as_of: new Date(recorded.last_synced_at!).toISOString(),
        },
        record: { status: "ESTABLISHED" },
      })
    })

    it("lists every loan with counts per state, a state filter and paging", async () => {
      const waiting = await orderWithLoan()
      const established = await orderWithLoan()
      await sandbox.control.post(`/loans/${established.ref}/customer-approve`)
      await pollBaloanLoans(getContainer())

      const all = await get("/admin/baloan/loans")
      expect(all.status).toBe(200)
      expect(all.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
      expect(all.data.counts).toEqual({
        all: 2,
        created: 0,
        awaiting_customer: 1,
        established: 1,
        refused: 0,
        expired: 0,
        canceled: 0,
        pending: 0,
      })
      expect(
        all.data.loans.map((loan: { order: { id: string } }) => loan.order.id)
      ).toEqual([established.orderId, waiting.orderId])
      expect(all.data.loans[0].order.display_id).toEqual(expect.any(Number))
      expectNothingPersonal(all.data, waiting.nationalCode)
      expectNothingPersonal(all.data, established.nationalCode)

      const filtered = await get("/admin/baloan/loans?state=established")
      expect(filtered.data.count).toBe(1)
      expect(filtered.data.loans).toEqual([
        expect.objectContaining({
          loan_application_ref: established.ref,
          state: "established",
        }),
      ])
      expect(filtered.data.counts.all).toBe(2)

      const second = await get("/admin/baloan/loans?limit=1&offset=1")
      expect(second.data.count).toBe(2)
      expect(second.data.loans).toHaveLength(1)
      expect(second.data.loans[0].loan_application_ref).toBe(waiting.ref)

      const searched = await get(
        `/admin/baloan/loans?q=${waiting.ref.slice(-6)}`
      )
      expect(
        searched.data.loans.map(
          (loan: { loan_application_ref: string }) => loan.loan_application_ref
        )
      ).toEqual([waiting.ref])

      expect((await get("/admin/baloan/loans?state=approved")).status).toBe(400)
      expect((await get("/admin/baloan/loans?limit=1000")).status).toBe(400)
    })

    it("retries a cancellation the gateway has not confirmed, and refuses any other", async () => {
      const { orderId, ref } = await orderWithLoan()
      const [loan] = (await get(`/admin/baloan/orders/${orderId}/loans`)).data
        .loans

      const refused = await post(`/admin/baloan/loans/${loan.id}/cancel`)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/no cancellation waiting/)
      expect((await sandbox.loan(ref)).cancelCount).toBe(0)

      await sandbox.control.post("/faults", {
        path: CANCEL_PATH,
        status: 503,
        count: 100,
      })
      await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
      await waitFor(async () =>
        Boolean(
          (await ledgerLoans(getContainer(), ref))[0]?.cancel_requested_at
        )
      )
      const pending = (await get(`/admin/baloan/orders/${orderId}/loans`)).data
        .loans[0]
      expect(pending.cancel_requested_at).toEqual(expect.any(String))
      expect(pending.canceled_at).toBeNull()
      await sandbox.control.delete("/faults")

      const retried = await post(`/admin/baloan/loans/${loan.id}/cancel`)

      expect(retried.status).toBe(200)
      expect(retried.data.loan).toMatchObject({
        state: "canceled",
        cancel_requested_at: null,
        canceled_at: expect.any(String),
      })
      expect(retried.data.loan.events).toContainEqual(
        expect.objectContaining({ source: "admin", to_state: "canceled" })
      )
      expect((await sandbox.loan(ref)).loanApplicationStatus).toBe(
        "APPLICATION_CANCELED"
      )
    })
  },
})

async function waitFor(check: () => Promise<boolean>) {
  const deadline = Date.now() + 15_000
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error("condition not met in time")
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
