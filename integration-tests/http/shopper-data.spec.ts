import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { makeNationalCode } from "../../src/lib/iran/national-code"
import { captureOutput } from "../helpers/output-capture"
import { useSandbox } from "../helpers/sandbox"
import { useShop } from "../helpers/shop"
import {
  adminHeaders,
  GREGORIAN_OF_PERSIAN_BIRTHDATE,
  loanDetails,
  PERSIAN_BIRTHDATE,
  testNationalCode,
} from "../helpers/shopper"

jest.setTimeout(120_000)

const output = captureOutput()
const sandbox = useSandbox()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const shop = useShop({ api, getContainer }, sandbox)

    async function gatewayCalls(path: string) {
      return (await sandbox.requests()).filter((entry) => entry.path === path)
        .length
    }

    describe("bad shopper input", () => {
      it("answers 400 per field in English and Persian, calls no gateway, and keeps the previous session", async () => {
        const cartId = await shop.shopper.createCart()
        await shop.shopper.pickLoan(cartId, loanDetails())
        const before = await shop.shopper.baloanSession(cartId)
        const creates = await gatewayCalls(
          "/v1/daloan/loan/applications/create/"
        )

        const bad = await shop.shopper.pickLoan(cartId, {
          national_code: "۱۲۳۴۵۶۷۸۹۰",
          birthdate: "1402/12/30",
          number_of_repayments: 7,
        })

        expect(bad.status).toBe(400)
        expect(
          bad.data.errors.map((error: { field: string }) => error.field)
        ).toEqual(["national_code", "birthdate", "number_of_repayments"])
        for (const error of bad.data.errors) {
          expect(error.message).toMatch(/[A-Za-z]/)
          expect(error.message_fa).toMatch(/[\u0600-\u06FF]/)
        }
        expect(await gatewayCalls("/v1/daloan/loan/applications/create/")).toBe(
          creates
        )
        const after = await shop.shopper.baloanSession(cartId)
        expect(after?.id).toBe(before?.id)
        expect(after?.data.loan_application_ref).toBe(
          before?.data.loan_application_ref
        )
      })

      it("refuses data that is not an object without echoing it", async () => {
        const nationalCode = testNationalCode()
        const cartId = await shop.shopper.createCart()

        const bad = await shop.shopper.pickLoan(cartId, [nationalCode])

        expect(bad.status).toBe(400)
        expect(JSON.stringify(bad.data)).not.toContain(nationalCode)
        expect(output.text()).not.toContain(nationalCode)
        expect(bad.data.errors[0]).toMatchObject({
          field: "national_code",
          code: "required",
        })
      })

      it("refuses a minor and a future birth date", async () => {
        const cartId = await shop.shopper.createCart()
        const today = new Date()
        const minor = `${today.getUTCFullYear() - 10}-01-01`
        const future = `${today.getUTCFullYear() + 1}-01-01`

        const young = await shop.shopper.pickLoan(
          cartId,
          loanDetails({ birthdate: minor })
        )
        const unborn = await shop.shopper.pickLoan(
          cartId,
          loanDetails({ birthdate: future })
        )

        expect(young.status).toBe(400)
        expect(young.data.errors[0]).toMatchObject({
          field: "birthdate",
          code: "minor",
        })
        expect(unborn.data.errors[0]).toMatchObject({
          field: "birthdate",
          code: "future_date",
        })
      })
    })

    describe("store routes", () => {
      it("offers the shop's options, nothing secret", async () => {
        const { status, data } = await shop.shopper.get("/store/baloan/options")

        expect(status).toBe(200)
        expect(data).toEqual({
          currencies: ["irr", "irt"],
          repayment_options: [6, 12, 18, 24],
          min_loan_amount: 1_000_000,
          max_loan_amount: 2_000_000_000,
          amount_unit: "rial",
        })
      })

      it("tells whether the shopper has a Blu account, then limits the rate", async () => {
        const withAccount = await shop.shopper.post(
          "/store/baloan/eligibility",
          {
            national_code: testNationalCode(),
            birthdate: PERSIAN_BIRTHDATE,
          }
        )
        const withoutAccount = await shop.shopper.post(
          "/store/baloan/eligibility",
          {
            national_code: makeNationalCode("912345678"),
            birthdate: PERSIAN_BIRTHDATE,
          }
        )
        const bad = await shop.shopper.post("/store/baloan/eligibility", {
          national_code: "12",
        })

        expect(withAccount.data).toEqual({ has_blu_account: true })
        expect(withoutAccount.data).toEqual({ has_blu_account: false })
        expect(bad.status).toBe(400)
        expect(
          bad.data.errors.map((error: { field: string }) => error.field)
        ).toEqual(["national_code", "birthdate"])

        const statuses: number[] = []
        for (let i = 0; i < 10; i++) {
          const answer = await shop.shopper.post("/store/baloan/eligibility", {
            national_code: testNationalCode(),
            birthdate: PERSIAN_BIRTHDATE,
          })
          statuses.push(answer.status)
        }
        expect(statuses.slice(0, 7).every((status) => status === 200)).toBe(
          true
        )
        expect(statuses.slice(7)).toEqual([429, 429, 429])
        expect(await gatewayCalls("/v1/daloan/account/has-account/")).toBe(9)

        // A forged X-Forwarded-For gets past the per-client count, but not
        // past the cap over all clients.
        const forged: number[] = []
        for (let i = 0; i < 100; i++) {
          const answer = await api.post(
            "/store/baloan/eligibility",
            { national_code: testNationalCode(), birthdate: PERSIAN_BIRTHDATE },
            {
              headers: {
                ...shop.shopper.headers,
                "x-forwarded-for": `192.0.2.${i}`,
              },
              validateStatus: () => true,
            }
          )
          forged.push(answer.status)
        }
        expect(forged.at(-1)).toBe(429)
        expect(
          await gatewayCalls("/v1/daloan/account/has-account/")
        ).toBeLessThanOrEqual(100)
      })
    })

    describe("personal data", () => {
      it("keeps the national code and birth date out of answers, tables and logs", async () => {
        const nationalCode = testNationalCode()
        const cartId = await shop.shopper.createCart()
        const picked = await shop.shopper.pickLoan(
          cartId,
          loanDetails({ national_code: nationalCode })
        )
        expect(picked.status).toBe(200)
        const session = await shop.shopper.baloanSession(cartId)
        const ref = session!.data.loan_application_ref as string
        const sent = (await sandbox.requests())
          .filter(
            (entry) => entry.path === "/v1/daloan/loan/applications/create/"
          )
          .pop()
        expect(sent?.body).toMatchObject({
          nationalCode,
          birthdate: GREGORIAN_OF_PERSIAN_BIRTHDATE,
        })

        const answers = [JSON.stringify(picked.data)]
        answers.push(JSON.stringify(await shop.shopper.cart(cartId)))
        const status = await shop.shopper.get(
          `/store/baloan/payment-sessions/${session!.id}?cart_id=${cartId}`
        )
        answers.push(JSON.stringify(status.data))
        const completed = await shop.shopper.complete(cartId)
        answers.push(JSON.stringify(completed.data))
        await sandbox.control.post(`/loans/${ref}/customer-approve`)
        const admin = await adminHeaders(api)
        const order = await api.get(
          `/admin/orders/${completed.data.order.id}?fields=*payment_collections.payment_sessions,*payment_collections.payments`,
          admin
        )
        answers.push(JSON.stringify(order.data))

        const rows = await everyRowAsText(dbConnection)
        const forbidden = [
          nationalCode,
          PERSIAN_BIRTHDATE,
          GREGORIAN_OF_PERSIAN_BIRTHDATE,
        ]
        for (const text of [...answers, rows, output.text()]) {
          for (const value of forbidden) {
            expect(text).not.toContain(value)
          }
        }
        expect(session!.data.national_code_masked).toBe(
          `${nationalCode.slice(0, 2)}******${nationalCode.slice(-2)}`
        )
        expect(rows).toContain(ref)
      })
    })

    describe("cart changes", () => {
      it("cancels the old loan when the total changes, and a new session creates a new one", async () => {
        const cartId = await shop.shopper.createCart()
        await shop.shopper.pickLoan(cartId, loanDetails())
        const first = await shop.shopper.baloanSession(cartId)
        const oldRef = first!.data.loan_application_ref as string

        await shop.shopper.addItem(cartId)
        expect(await shop.shopper.baloanSession(cartId)).toBeUndefined()
        expect((await sandbox.loan(oldRef)).loanApplicationStatus).toBe(
          "APPLICATION_CANCELED"
        )

        await shop.shopper.pickLoan(cartId, loanDetails())
        const second = await shop.shopper.baloanSession(cartId)
        const newRef = second!.data.loan_application_ref as string
        expect(newRef).not.toBe(oldRef)
        expect(Number((await sandbox.loan(newRef)).loanAmount)).toBe(
          2 * shop.store.unitPrice + shop.store.shippingPrice
        )
      })

      it("asks for the details again when Medusa replays a stored session", async () => {
        const cartId = await shop.shopper.createCart()
        await shop.shopper.pickLoan(cartId, loanDetails())
        const first = await shop.shopper.baloanSession(cartId)
        const loansBefore = (await sandbox.loans()).length

        await sandbox.control.post("/faults", {
          path: "/v1/daloan/loan/applications/create/",
          status: 400,
        })
        const failed = await shop.shopper.pickLoan(cartId, loanDetails())

        expect(failed.status).toBe(400)
        expect((await sandbox.loans()).length).toBe(loansBefore)
        const replayed = await shop.shopper.baloanSession(cartId)
        expect(replayed?.status).toBe("requires_more")
        expect(replayed?.data).toMatchObject({
          requires_details: true,
          loan_application_ref: null,
        })
        expect(
          (await sandbox.loan(first!.data.loan_application_ref as string))
            .loanApplicationStatus
        ).toBe("APPLICATION_CANCELED")
      })
    })
  },
})

/** Every row of every table in the test database, as one text. */
async function everyRowAsText(db: {
  raw: (sql: string) => Promise<{ rows: Array<Record<string, string>> }>
}): Promise<string> {
  const { rows: tables } = await db.raw(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
  )
  const texts: string[] = []
  for (const { table_name } of tables) {
    const { rows } = await db.raw(
      `select t::text as row from "${table_name}" t`
    )
    texts.push(...rows.map((row) => row.row))
  }
  return texts.join("\n")
}
