import type { MedusaContainer } from "@medusajs/framework/types"
import { pollBaloanLoans } from "../workflows/poll-baloan-loans"

const DEFAULT_POLL_INTERVAL_SECONDS = 60

/**
 * A job's schedule is read once, when this file loads, so it comes from the
 * environment rather than from the plugin's options.
 */
export function pollIntervalSeconds(
  value = process.env.BALOAN_POLL_INTERVAL_SECONDS
): number {
  const seconds = Number(value)
  return Number.isFinite(seconds) && seconds >= 1
    ? seconds
    : DEFAULT_POLL_INTERVAL_SECONDS
}

/**
 * The gateway sends no webhooks: every interval, one worker instance reads
 * the open loans and brings their orders in line.
 */
export default async function pollBaloanLoansJob(container: MedusaContainer) {
  const interval = pollIntervalSeconds()
  // Hold the lock for (almost) the whole interval so that another worker
  // instance's tick in the same interval finds it taken.
  await pollBaloanLoans(container, {
    holdLockSeconds: Math.max(1, interval - 1),
  })
}

export const config = {
  name: "poll-baloan-loans",
  schedule: { interval: pollIntervalSeconds() * 1000 },
}
