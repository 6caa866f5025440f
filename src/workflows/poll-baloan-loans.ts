import crypto from "node:crypto"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { resolveBaloanModule } from "./steps/resolve-baloan"
import type { SyncLoanResult } from "./steps/sync-loan"
import { syncBaloanLoanWorkflow } from "./sync-baloan-loan"

export const POLLER_LOCK_KEY = "baloan:poller"
const DEFAULT_CONCURRENCY = 4
const RATE_LIMIT_PAUSE_MS = 2_000

export type PollOptions = {
  /**
   * How long the run keeps the poller's lock. The job keeps it for its
   * whole interval, so that with several worker instances each loan is
   * read once per interval; 0 releases it when the run ends.
   */
  holdLockSeconds?: number
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
  const holdLockSeconds = options.holdLockSeconds ?? 0
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
    await locking.acquire(POLLER_LOCK_KEY, {
      ownerId,
      // Released at the end when not held; the expiry only guards against
      // a run that dies holding it.
      expire: holdLockSeconds > 0 ? holdLockSeconds : 120,
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
    if (holdLockSeconds === 0) {
      await locking.release(POLLER_LOCK_KEY, { ownerId })
    }
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
