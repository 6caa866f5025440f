import crypto from "node:crypto"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { resolveBaloanModule } from "./steps/resolve-baloan"
import type { SyncLoanResult } from "./steps/sync-loan"
import { syncBaloanLoanWorkflow } from "./sync-baloan-loan"

export const POLLER_LOCK_KEY = "baloan:poller"
const DEFAULT_CONCURRENCY = 4
const RATE_LIMIT_PAUSE_MS = 2_000
const LOCK_EXPIRE_SECONDS = 600

export type PollOptions = {
  /**
   * Loans read more recently than this are left for the next run. The job
   * passes most of its interval, so that when several worker instances run
   * the job in one interval, each loan is still read once in it: the lock
   * makes the runs take turns, and this makes the later ones skip what the
   * first one read.
   */
  freshForSeconds?: number
  concurrency?: number
  sleep?: (ms: number) => Promise<void>
}

export type PollResult = {
  skipped: boolean
  read: number
  changed: number
  failed: number
  slowed_down: boolean
  /** How many loans led to each action (authorize, cancel_loan...). */
  actions: Record<string, number>
}

/**
 * One run of the poller: every open loan of the ledger (waiting for the
 * customer, established and not settled, or marked for cancellation) is
 * read with bounded concurrency. A 429 from the gateway turns the rest of
 * the run into one loan at a time, with a pause between them.
 */
export async function pollBaloanLoans(
  container: MedusaContainer,
  options: PollOptions = {}
): Promise<PollResult> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const locking = container.resolve(Modules.LOCKING)
  const ownerId = crypto.randomUUID()
  const freshForSeconds = options.freshForSeconds ?? 0
  const sleep =
    options.sleep ??
    ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)))
  const result: PollResult = {
    skipped: false,
    read: 0,
    changed: 0,
    failed: 0,
    slowed_down: false,
    actions: {},
  }

  try {
    // Always released at the end of the run: Medusa's PostgreSQL locking
    // provider does not take over an expired lock, so the expiry only
    // helps the other providers after a run that died holding it.
    await locking.acquire(POLLER_LOCK_KEY, {
      ownerId,
      expire: LOCK_EXPIRE_SECONDS,
    })
  } catch {
    return { ...result, skipped: true }
  }

  try {
    const loans = await resolveBaloanModule(container).listBaloanLoans(
      {
        settled_at: null,
        canceled_at: null,
        loan_application_ref: { $ne: null },
        $or: [
          { last_synced_at: null },
          {
            last_synced_at: {
              $lt: new Date(Date.now() - freshForSeconds * 1000),
            },
          },
        ],
      },
      { select: ["id"], order: { created_at: "ASC" } }
    )
    const queue = loans.map((loan) => loan.id)
    let concurrency = options.concurrency ?? DEFAULT_CONCURRENCY

    // Each worker takes the next loan until the queue is empty; after a
    // 429 only the first worker goes on, so the rest of the run is serial.
    const runWorker = async (index: number): Promise<void> => {
      for (let loanId = queue.shift(); loanId; loanId = queue.shift()) {
        if (result.slowed_down) {
          await sleep(RATE_LIMIT_PAUSE_MS)
        }
        const synced = await syncOne(container, loanId, logger)
        if (synced?.read) {
          result.read++
          result.changed += synced.status_changed ? 1 : 0
          for (const action of synced.actions) {
            result.actions[action] = (result.actions[action] ?? 0) + 1
          }
        } else {
          result.failed++
        }
        if (synced?.rate_limited) {
          result.slowed_down = true
          concurrency = 1
        }
        if (index >= concurrency) {
          return
        }
      }
    }
    await Promise.all(
      Array.from({ length: concurrency }, (_, index) => runWorker(index))
    )
  } finally {
    await locking.release(POLLER_LOCK_KEY, { ownerId })
  }

  if (result.read || result.failed) {
    logger.info(
      `Baloan poller: ${result.read} loan(s) read, ${result.changed} changed, ${result.failed} failed${result.slowed_down ? ", slowed down by the gateway" : ""}`
    )
  }
  return result
}

async function syncOne(
  container: MedusaContainer,
  loanId: string,
  logger: Logger
): Promise<SyncLoanResult | null> {
  try {
    const { result } = await syncBaloanLoanWorkflow(container).run({
      input: { loan_id: loanId, source: "poller" },
    })
    return result
  } catch (error) {
    logger.warn(
      `Baloan poller: sync of ledger loan ${loanId} failed: ${(error as Error).message}`
    )
    return null
  }
}
