import type {
  DaloanClient,
  DaloanLoanApplication,
} from "../../../../lib/daloan"

export type LiveRead =
  | { kind: "live"; record: DaloanLoanApplication; at: Date }
  /** The ledger's record was read from the gateway during this request. */
  | { kind: "synced" }
  | { kind: "unreachable" }
  | { kind: "not_asked" }

/**
 * The client retries a failing gateway for up to a minute; an admin page
 * should not wait that long, so past this the ledger's last known record
 * is shown instead, with the time it was read.
 */
export const LIVE_READ_DEADLINE_MS = 5_000

/** Reads the loan at the gateway, or says why it could not. */
export async function readLiveRecord(
  client: Pick<DaloanClient, "getLoanApplication">,
  ref: string | null,
  deadlineMs = LIVE_READ_DEADLINE_MS
): Promise<LiveRead> {
  if (!ref) {
    return { kind: "not_asked" }
  }
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<LiveRead>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "unreachable" }), deadlineMs)
  })
  const read = client.getLoanApplication(ref).then(
    (record): LiveRead => ({ kind: "live", record, at: new Date() }),
    (): LiveRead => ({ kind: "unreachable" })
  )
  try {
    return await Promise.race([read, deadline])
  } finally {
    clearTimeout(timer)
  }
}
