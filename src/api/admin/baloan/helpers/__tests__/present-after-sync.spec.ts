import { presentAfterSync } from "../present-after-sync"
import { gatewayRecord, ledgerLoan } from "./loan-builders"

describe("presentAfterSync", () => {
  const before = ledgerLoan({
    last_synced_at: new Date("2026-12-01T08:05:00Z"),
  })

  it("shows the ledger as live when the sync just read the loan, without asking again", async () => {
    const getLoanApplication = jest.fn()
    const after = ledgerLoan({
      state: "established",
      last_synced_at: new Date("2026-12-02T10:00:00Z"),
      gateway_record: { ...gatewayRecord() },
    })

    const loan = await presentAfterSync({ getLoanApplication }, before, after)

    expect(loan.state).toBe("established")
    expect(loan.gateway).toEqual({
      live: true,
      as_of: "2026-12-02T10:00:00.000Z",
      unreachable: false,
    })
    expect(getLoanApplication).not.toHaveBeenCalled()
  })

  it("does not ask a gateway the sync just found down", async () => {
    const getLoanApplication = jest.fn()
    const after = ledgerLoan({ sync_failures: 1 })

    const loan = await presentAfterSync({ getLoanApplication }, before, after)

    expect(loan.gateway.unreachable).toBe(true)
    expect(loan.gateway.as_of).toBe("2026-12-01T08:05:00.000Z")
    expect(getLoanApplication).not.toHaveBeenCalled()
  })

  it("reads a loan the sync had no reason to read, such as a settled one", async () => {
    const settled = ledgerLoan({
      state: "established",
      settled_at: new Date("2026-12-03T00:00:00Z"),
    })
    const record = gatewayRecord({ numberOfPaidRepayments: 3 })

    const loan = await presentAfterSync(
      { getLoanApplication: async () => record },
      settled,
      settled
    )

    expect(loan.gateway.live).toBe(true)
    expect(loan.record?.number_of_paid_repayments).toBe(3)
  })
})
