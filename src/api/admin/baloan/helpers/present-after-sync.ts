import type { DaloanClient } from "../../../../lib/daloan"
import type { AdminBaloanLoan } from "../types"
import type { LedgerLoan } from "./ledger-loan"
import { presentLoan } from "./present-loan"
import { readLiveRecord } from "./read-live-record"

/**
 * A loan after a workflow talked to the gateway about it. When that
 * workflow just read the loan, the ledger holds the live record; when it
 * tried and failed, the gateway is down and is not asked again; when it had
 * no reason to ask (a settled or canceled loan), the record is read here so
 * that the admin still sees it current.
 */
export async function presentAfterSync(
  client: Pick<DaloanClient, "getLoanApplication">,
  before: LedgerLoan,
  after: LedgerLoan
): Promise<AdminBaloanLoan> {
  if (timeOf(after.last_synced_at) > timeOf(before.last_synced_at)) {
    return presentLoan(after, { kind: "synced" })
  }
  if ((after.sync_failures ?? 0) > (before.sync_failures ?? 0)) {
    return presentLoan(after, { kind: "unreachable" })
  }
  return presentLoan(
    after,
    await readLiveRecord(client, after.loan_application_ref)
  )
}

function timeOf(value: LedgerLoan["last_synced_at"]): number {
  return value ? new Date(value).getTime() : 0
}
