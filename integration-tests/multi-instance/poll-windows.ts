/** One `get` of a loan at the gateway, as the sandbox logged it. */
export type LoanRead = { ref: string; at: number }

export type PollWindow = { start: number; reads: number }

/**
 * Groups each loan's reads into poll windows: a window opens at a read
 * and takes every later read of the same loan that comes less than
 * `windowMs` after its start. The next read opens the next window. With
 * one poller run per interval, each window holds one read.
 */
export function pollWindows(
  reads: LoanRead[],
  windowMs: number
): Map<string, PollWindow[]> {
  const byRef = new Map<string, PollWindow[]>()
  const sorted = [...reads].sort((a, b) => a.at - b.at)
  for (const { ref, at } of sorted) {
    const windows = byRef.get(ref) ?? []
    const current = windows[windows.length - 1]
    if (current && at - current.start < windowMs) {
      current.reads++
    } else {
      windows.push({ start: at, reads: 1 })
    }
    byRef.set(ref, windows)
  }
  return byRef
}

export type ExtraReads = { ref: string; extra: number; allowed: number }

/**
 * The loans read more often than once per window, beyond what `allowed`
 * grants them (the provider reads an established loan once more when the
 * poller authorizes its payment, in the same window).
 */
export function extraReads(
  windows: Map<string, PollWindow[]>,
  allowed: Record<string, number> = {}
): ExtraReads[] {
  const found: ExtraReads[] = []
  for (const [ref, list] of windows) {
    const extra = list.reduce((sum, window) => sum + window.reads - 1, 0)
    const granted = allowed[ref] ?? 0
    if (extra > granted) {
      found.push({ ref, extra, allowed: granted })
    }
  }
  return found
}

/**
 * The longest time a loan went unread while the test watched it, so that
 * a poller that stopped polling cannot pass for one that reads once.
 */
export function longestSilence(
  windows: Map<string, PollWindow[]>,
  ref: string,
  from: number,
  until: number
): number {
  const starts = (windows.get(ref) ?? [])
    .map((window) => window.start)
    .filter((start) => start >= from && start <= until)
  let longest = 0
  let previous = from
  for (const start of [...starts, until]) {
    longest = Math.max(longest, start - previous)
    previous = start
  }
  return longest
}
