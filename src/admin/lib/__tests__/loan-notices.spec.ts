import type { AdminBaloanLoan } from "../../../api/admin/baloan/types"
import { loanNotices } from "../loan-notices"

function loan(overrides: Partial<AdminBaloanLoan> = {}): AdminBaloanLoan {
  return {
    id: "bloan_01",
    loan_application_ref: "LN_00000000042",
    state: "awaiting_customer",
    recorded_state: "awaiting_customer",
    gateway_status: "WAITING_FOR_CUSTOMER",
    amount_rials: 255_000_000,
    currency_code: "irr",
    number_of_repayments: 12,
    national_code_masked: "00******34",
    payment_session_id: "payses_01",
    approval_requested_at: null,
    settled_at: null,
    canceled_at: null,
    cancel_requested_at: null,
    cancel_reason: null,
    last_synced_at: null,
    sync_failures: 0,
    outcome_unknown: null,
    created_at: "2026-12-01T07:59:00.000Z",
    order: null,
    gateway: {
      live: true,
      as_of: "2026-12-01T08:00:00.000Z",
      unreachable: false,
    },
    record: null,
    ...overrides,
  }
}

const keys = (value: AdminBaloanLoan) =>
  loanNotices(value).map((notice) => notice.key)

describe("loanNotices", () => {
  it("explains that capture waits for the customer's approval", () => {
    expect(keys(loan())).toEqual(["captureBlocked"])
  })

  it("says capture settles the whole loan once it is established", () => {
    expect(
      keys(loan({ state: "established", recorded_state: "established" }))
    ).toEqual(["captureSettles"])
  })

  it("sends refunds of a settled loan to Baloan", () => {
    expect(
      keys(
        loan({
          state: "established",
          recorded_state: "established",
          settled_at: "2026-12-03T00:00:00.000Z",
        })
      )
    ).toEqual(["refundsThroughBaloan"])
  })

  it("marks a refused, expired or canceled loan as closed", () => {
    for (const state of ["refused", "expired", "canceled"] as const) {
      expect(keys(loan({ state, recorded_state: state }))).toEqual(["closed"])
    }
  })

  it("offers to retry a cancellation the gateway has not confirmed", () => {
    const notices = loanNotices(
      loan({ cancel_requested_at: "2026-12-02T00:00:00.000Z" })
    )
    expect(notices[0]).toEqual({
      key: "cancelPending",
      variant: "warning",
      retryCancel: true,
    })
  })

  it("puts an unknown creation first and asks nothing about capture without a reference", () => {
    expect(
      keys(
        loan({
          outcome_unknown: "create",
          loan_application_ref: null,
          state: "created",
          recorded_state: "created",
          gateway: { live: false, as_of: null, unreachable: false },
        })
      )
    ).toEqual(["unknownCreate"])
  })

  it("does not invite a capture while a settlement's outcome is unknown", () => {
    expect(
      keys(
        loan({
          state: "established",
          recorded_state: "established",
          outcome_unknown: "settlement",
        })
      )
    ).toEqual(["unknownSettlement"])
  })

  it("says when the view is not live and from when it is", () => {
    expect(
      keys(
        loan({
          gateway: {
            live: false,
            as_of: "2026-12-01T08:00:00.000Z",
            unreachable: true,
          },
        })
      )
    ).toEqual(["unreachable", "captureBlocked"])
    expect(
      keys(loan({ gateway: { live: false, as_of: null, unreachable: true } }))
    ).toEqual(["neverRead", "captureBlocked"])
  })

  it("points out a live state the ledger has not recorded yet", () => {
    expect(keys(loan({ state: "established" }))).toEqual([
      "notYetRecorded",
      "captureSettles",
    ])
  })
})
