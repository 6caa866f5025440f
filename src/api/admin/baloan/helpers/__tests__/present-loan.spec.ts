import { presentLoan } from "../present-loan"
import {
  FAKE_BIRTHDATE,
  FAKE_NATIONAL_CODE,
  gatewayRecord,
  ledgerLoan,
} from "./loan-builders"

describe("presentLoan", () => {
  it("answers the ledger's state and its stored record when the gateway was not asked", () => {
    const loan = ledgerLoan({
      gateway_record: { ...gatewayRecord({ interestRate: 18 }) },
    })

    const presented = presentLoan(loan)

    expect(presented.state).toBe("awaiting_customer")
    expect(presented.recorded_state).toBe("awaiting_customer")
    expect(presented.gateway).toEqual({
      live: false,
      as_of: "2026-12-01T08:05:00.000Z",
      unreachable: false,
    })
    expect(presented.record?.interest_rate).toBe(18)
  })

  it("takes the state and the record from a live read, keeping the ledger's state beside it", () => {
    const at = new Date("2026-12-02T10:00:00Z")
    const presented = presentLoan(ledgerLoan(), {
      kind: "live",
      record: gatewayRecord(),
      at,
    })

    expect(presented.state).toBe("established")
    expect(presented.recorded_state).toBe("awaiting_customer")
    expect(presented.gateway_status).toBe("ESTABLISHED")
    expect(presented.gateway).toEqual({
      live: true,
      as_of: at.toISOString(),
      unreachable: false,
    })
    expect(presented.record).toMatchObject({
      status: "ESTABLISHED",
      disbursement_date: "2026-12-02T00:00:00.000Z",
      number_of_paid_repayments: 1,
      first_repayment_amount: 23_866_071,
      credit_line_name: "وام خرید کالا بالون",
    })
  })

  it("says the gateway was unreachable and shows the ledger's last read with its time", () => {
    const presented = presentLoan(ledgerLoan(), { kind: "unreachable" })

    expect(presented.gateway).toEqual({
      live: false,
      as_of: "2026-12-01T08:05:00.000Z",
      unreachable: true,
    })
    expect(presented.state).toBe("awaiting_customer")
  })

  it("reads a bigNumber amount in any of its shapes", () => {
    expect(
      presentLoan(ledgerLoan({ amount_rials: "370000000" })).amount_rials
    ).toBe(370_000_000)
    expect(
      presentLoan(ledgerLoan({ amount_rials: { numeric: 1_500_000 } }))
        .amount_rials
    ).toBe(1_500_000)
  })

  it("passes no field it does not name, so no national code or birth date can slip through", () => {
    const loan = {
      ...ledgerLoan({
        gateway_record: {
          ...gatewayRecord(),
          nationalCode: FAKE_NATIONAL_CODE,
          birthdate: FAKE_BIRTHDATE,
        },
      }),
      national_code: FAKE_NATIONAL_CODE,
      birthdate: FAKE_BIRTHDATE,
      sealed: `sealed:${FAKE_NATIONAL_CODE}`,
    }

    const text = JSON.stringify(presentLoan(loan))

    expect(text).not.toContain(FAKE_NATIONAL_CODE)
    expect(text).not.toContain(FAKE_BIRTHDATE)
    expect(text).toContain("00******34")
  })

  it("drops a national code column that holds anything but a masked code", () => {
    const presented = presentLoan(
      ledgerLoan({ national_code_masked: FAKE_NATIONAL_CODE })
    )
    expect(presented.national_code_masked).toBeNull()
  })

  it("orders the history oldest first whatever order the database answered in", () => {
    const event = (id: string, at: string, to: string) => ({
      id,
      source: "poller",
      from_status: null,
      to_status: to,
      from_state: null,
      to_state: null,
      note: null,
      created_at: new Date(at),
    })
    const presented = presentLoan(
      ledgerLoan({
        events: [
          event("ev_2", "2026-12-02T00:00:00Z", "ESTABLISHED"),
          event("ev_1", "2026-12-01T00:00:00Z", "WAITING_FOR_CUSTOMER"),
        ],
      })
    )
    expect(presented.events?.map((entry) => entry.id)).toEqual(["ev_1", "ev_2"])
  })

  it("answers no history when none was asked for", () => {
    expect(presentLoan(ledgerLoan())).not.toHaveProperty("events")
  })

  it("maps a state it does not know to pending rather than failing", () => {
    expect(presentLoan(ledgerLoan({ state: "mystery" })).state).toBe("pending")
  })
})
