import { LOAN_STATUSES } from "../statuses"
import { applicationBody, PATHS, startHarness, type Harness } from "./support"

describe("a loan application in the sandbox", () => {
  let harness: Harness

  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(() => harness.sandbox.close())
  beforeEach(() => harness.reset())

  const get = async (ref: string) =>
    (await harness.call(PATHS.get, { loanApplicationRef: ref })).data
  const act = (call: "approve" | "settle" | "cancel", ref: string) =>
    harness.call(PATHS[call], { loanApplicationRef: ref })
  const control = (action: string, ref: string) =>
    harness.control("post", `/loans/${ref}/${action}`)

  /** Created, approval asked, confirmed by the customer. */
  async function establishedLoan(overrides?: Record<string, unknown>) {
    const ref = await harness.createLoan(overrides)
    await act("approve", ref)
    await control("customer-approve", ref)
    return ref
  }

  it("answers create with the code sent, white list 10 as a string and a new ref", async () => {
    const body = applicationBody()

    const first = await harness.call(PATHS.create, body)
    const second = await harness.call(PATHS.create, body)

    expect(first.status).toBe(200)
    expect(first.data).toEqual({
      nationalCode: body.nationalCode,
      whiteListCode: "10",
      loanApplicationRef: expect.stringMatching(/^LN_\d{11}$/),
    })
    const number = (ref: string) => Number(ref.slice(3))
    expect(number(second.data.loanApplicationRef)).toBe(
      number(first.data.loanApplicationRef) + 1
    )
  })

  it("shows a new application with empty fields where nothing is known yet", async () => {
    const ref = await harness.createLoan({
      loanAmount: 90_000_000,
      numberOfRepayments: 18,
    })

    expect(await get(ref)).toEqual({
      loanApplicationReference: ref,
      loanApplicationRequestDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      loanAccountNumber: "",
      loanApplicationStatus: LOAN_STATUSES.created,
      loanApplicationStatusDescList: [],
      disbursementDate: "",
      nextRepaymentDate: "",
      loanOutstandingAmount: "",
      loanAmount: "90000000",
      numberOfRepayments: 18,
      numberOfPaidRepayments: 0,
      hasPartialPaid: false,
      interestRate: 22,
      firstRepaymentAmount: "",
      automaticRepaymentStatus: "",
      lastInquiryDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      whiteListCode: 10,
      whiteListName: "وام خرید کالا بالون",
    })
  })

  it("waits for the customer once approval is asked, and refuses a second approve", async () => {
    const ref = await harness.createLoan()

    const approved = await act("approve", ref)
    const again = await act("approve", ref)

    expect(approved.data).toEqual({
      requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
      loanApplicationRef: ref,
    })
    expect(again.status).toBe(400)
    expect((await get(ref)).loanApplicationStatus).toBe(
      LOAN_STATUSES.waitingForCustomer
    )
    expect(harness.sandbox.loan(ref).approveCount).toBe(2)
  })

  it("is established when the customer confirms, with the document's first instalment", async () => {
    // The amount and plan of the document's sample record.
    const ref = await establishedLoan({
      loanAmount: 585_000_000,
      numberOfRepayments: 18,
    })

    const record = await get(ref)

    expect(record).toMatchObject({
      loanApplicationStatus: LOAN_STATUSES.established,
      loanAccountNumber: expect.stringMatching(/^\d{18}$/),
      disbursementDate: expect.stringMatching(/T00:00:00\.000Z$/),
      nextRepaymentDate: expect.stringMatching(/T00:00:00\.000Z$/),
      loanOutstandingAmount: "585000000",
      loanAmount: "585000000",
      firstRepaymentAmount: 38451262,
      automaticRepaymentStatus: "A",
    })
    const monthLater = new Date(record.disbursementDate)
    monthLater.setUTCMonth(monthLater.getUTCMonth() + 1)
    expect(record.nextRepaymentDate).toBe(monthLater.toISOString())
  })

  it("confirms a settlement once and counts every attempt", async () => {
    const ref = await establishedLoan()

    const first = await act("settle", ref)
    const second = await act("settle", ref)

    expect(first).toEqual({ status: 200, data: {} })
    expect(second.status).toBe(400)
    const inside = harness.sandbox.loan(ref)
    expect(inside).toMatchObject({ settled: true, settlementCount: 2 })
    expect(inside.loanApplicationStatus).toBe(LOAN_STATUSES.established)
  })

  it("refuses a settlement before the loan is established", async () => {
    const ref = await harness.createLoan()
    await act("approve", ref)

    const answer = await act("settle", ref)

    expect(answer.status).toBe(400)
    expect(harness.sandbox.loan(ref).settled).toBe(false)
  })

  it("cancels, and answers a second cancel with the canceled record again", async () => {
    const ref = await harness.createLoan({ numberOfRepayments: 24 })

    const first = await act("cancel", ref)
    const second = await act("cancel", ref)

    const record = {
      interestRate: 22,
      whiteListCode: 10,
      whiteListName: "وام خرید کالا بالون",
      hasPartialPaid: false,
      numberOfRepayments: 24,
      loanApplicationStatus: LOAN_STATUSES.canceled,
      loanApplicationReference: ref,
    }
    expect(first).toEqual({ status: 200, data: record })
    expect(second).toEqual({ status: 200, data: record })
    expect(harness.sandbox.loan(ref).cancelCount).toBe(2)
  })

  it("cancels an established loan before settlement, not after", async () => {
    const open = await establishedLoan()
    const settled = await establishedLoan()
    await act("settle", settled)

    expect((await act("cancel", open)).status).toBe(200)
    expect((await act("cancel", settled)).status).toBe(400)
    expect((await get(settled)).loanApplicationStatus).toBe(
      LOAN_STATUSES.established
    )
  })

  it("refuses approve once the customer has refused", async () => {
    const ref = await harness.createLoan()
    await act("approve", ref)

    const refused = await control("customer-refuse", ref)

    expect(refused.status).toBe(200)
    expect(refused.data.loanApplicationStatus).toBe(LOAN_STATUSES.rejected)
    expect((await act("approve", ref)).status).toBe(400)
  })

  describe("through the control API", () => {
    it("lets only a waiting loan be confirmed by the customer", async () => {
      const ref = await harness.createLoan()

      expect((await control("customer-approve", ref)).status).toBe(409)
      expect((await control("customer-approve", "LN_1")).status).toBe(404)
    })

    it("lets the customer refuse before or after approval is asked", async () => {
      const notAsked = await harness.createLoan()
      const asked = await harness.createLoan()
      await act("approve", asked)

      expect((await control("customer-refuse", notAsked)).status).toBe(200)
      expect((await control("customer-refuse", asked)).status).toBe(200)
      const established = await establishedLoan()
      expect((await control("customer-refuse", established)).status).toBe(409)
    })

    it("lets the bank cancel anything but a settled loan", async () => {
      const waiting = await harness.createLoan()
      await act("approve", waiting)
      const settled = await establishedLoan()
      await act("settle", settled)

      const canceled = await control("bank-cancel", waiting)

      expect(canceled.data.loanApplicationStatus).toBe(LOAN_STATUSES.canceled)
      expect((await control("bank-cancel", settled)).status).toBe(409)
    })

    it("expires an application, but not an established loan", async () => {
      const waiting = await harness.createLoan()
      await act("approve", waiting)
      const established = await establishedLoan()

      const expired = await control("expire", waiting)

      expect(expired.data.loanApplicationStatus).toBe(LOAN_STATUSES.expired)
      expect((await act("cancel", waiting)).status).toBe(400)
      expect((await control("expire", established)).status).toBe(409)
    })

    it("shows every loan with its inside: flags, counts, applicant and history", async () => {
      const body = applicationBody()
      const ref = await harness.createLoan(body)
      await act("approve", ref)

      const list = await harness.control("get", "/loans")
      const one = await harness.control("get", `/loans/${ref}`)

      expect(list.data).toEqual([
        { ...one.data, lastInquiryDate: expect.any(String) },
      ])
      expect(one.data).toMatchObject({
        loanApplicationReference: ref,
        loanApplicationStatus: LOAN_STATUSES.waitingForCustomer,
        settled: false,
        settlementCount: 0,
        approveCount: 1,
        cancelCount: 0,
        nationalCode: body.nationalCode,
        birthdate: body.birthdate,
      })
      expect(one.data.history.map((h: { status: string }) => h.status)).toEqual(
        [LOAN_STATUSES.created, LOAN_STATUSES.waitingForCustomer]
      )
    })

    it("forgets every loan on reset", async () => {
      const ref = await harness.createLoan()

      expect((await harness.control("post", "/reset")).status).toBe(204)

      expect((await harness.control("get", "/loans")).data).toEqual([])
      expect((await harness.control("get", `/loans/${ref}`)).status).toBe(404)
    })
  })
})
