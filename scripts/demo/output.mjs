// What the demo prints: one line per step in plain words, a progress line
// while it waits, and, with --json, one JSON object as the very last line.
export const RESULT_KEYS = [
  "order_id",
  "loan_application_ref",
  "loan_status",
  "payment_status",
  "settled",
]

const PLAIN_PROGRESS_EVERY_MS = 10_000

export function createReporter({
  json = false,
  out = process.stdout,
  err = process.stderr,
  now = Date.now,
} = {}) {
  const startedAt = now()
  const tty = Boolean(out.isTTY)
  let progressShown = false
  let lastPlainProgress = 0

  const clearProgress = () => {
    if (progressShown) {
      out.write("\r\x1b[K")
      progressShown = false
    }
  }
  const elapsed = () => `${Math.round((now() - startedAt) / 1000)}s`.padStart(4)

  return {
    step(text) {
      clearProgress()
      out.write(`[${elapsed()}] ${text}\n`)
    },
    detail(text) {
      clearProgress()
      out.write(`       ${text}\n`)
    },
    // On a terminal the line is rewritten in place; in a log it is repeated
    // now and then, so that a CI log shows the wait without flooding.
    progress(text) {
      if (tty) {
        out.write(`\r\x1b[K       … ${text}`)
        progressShown = true
      } else if (now() - lastPlainProgress >= PLAIN_PROGRESS_EVERY_MS) {
        out.write(`       … ${text}\n`)
        lastPlainProgress = now()
      }
    },
    endProgress: clearProgress,
    fail(text) {
      clearProgress()
      err.write(`[${elapsed()}] ${text}\n`)
    },
    result(summary) {
      clearProgress()
      const picked = pickResult(summary)
      if (json) {
        out.write(`${JSON.stringify(picked)}\n`)
        return
      }
      out.write(`[${elapsed()}] Result:\n`)
      for (const key of RESULT_KEYS) {
        out.write(`       ${key.padEnd(22)} ${picked[key]}\n`)
      }
    },
  }
}

/** Exactly the keys the --json contract names, in its order. */
export function pickResult(summary) {
  return {
    order_id: summary.order_id ?? null,
    loan_application_ref: summary.loan_application_ref ?? null,
    loan_status: summary.loan_status ?? null,
    payment_status: summary.payment_status ?? null,
    settled: summary.settled === true,
  }
}
