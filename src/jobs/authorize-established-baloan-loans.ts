import type { MedusaContainer } from "@medusajs/framework/types"
import { authorizeEstablishedLoans } from "../workflows/authorize-established-loans"

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

export default async function authorizeEstablishedBaloanLoansJob(
  container: MedusaContainer
) {
  await authorizeEstablishedLoans(container)
}

export const config = {
  name: "authorize-established-baloan-loans",
  schedule: { interval: pollIntervalSeconds() * 1000 },
}
