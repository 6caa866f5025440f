// Polls until a check answers something other than undefined, with a
// progress line that says what it waits for and for how long.
export async function waitFor(
  check,
  { reporter, describe, timeoutMs, intervalMs = 1000 }
) {
  const startedAt = Date.now()
  for (;;) {
    const value = await check()
    if (value !== undefined) {
      reporter.endProgress()
      return value
    }
    const seconds = Math.round((Date.now() - startedAt) / 1000)
    if (Date.now() - startedAt >= timeoutMs) {
      reporter.endProgress()
      throw new Error(`Gave up after ${seconds} s ${describe()}`)
    }
    reporter.progress(`${describe()} (${seconds} s)`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

/** Keeps the progress line moving while a long command runs. */
export async function withProgress(reporter, label, work) {
  const startedAt = Date.now()
  const tick = () =>
    reporter.progress(
      `${label} (${Math.round((Date.now() - startedAt) / 1000)} s)`
    )
  tick()
  const timer = setInterval(tick, 1000)
  try {
    return await work
  } finally {
    clearInterval(timer)
    reporter.endProgress()
  }
}
