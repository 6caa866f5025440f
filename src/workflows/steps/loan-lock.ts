import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The lock every writer of one loan's ledger entry takes. */
export function loanLockKey(loanId: string): string {
  return `baloan:loan:${loanId}`
}

/**
 * Runs `job` holding the loan's lock, so that a subscriber's write and the
 * poller's sync of the same loan never interleave (each reads the ledger
 * entry, then writes a history entry from what it read).
 */
export async function withLoanLock<T>(
  container: Pick<MedusaContainer, "resolve">,
  loanId: string,
  job: () => Promise<T>
): Promise<T> {
  return container
    .resolve(Modules.LOCKING)
    .execute(loanLockKey(loanId), job, { timeout: 10 })
}
