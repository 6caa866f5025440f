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
  // A loan read in the last three quarters of an interval was read by this
  // interval's run, on this worker instance or another.
  await pollBaloanLoans(container, {
    freshForSeconds: pollIntervalSeconds() * 0.75,
  })
}

export const config = {
  name: "poll-baloan-loans",
  schedule: { interval: pollIntervalSeconds() * 1000 },
}
