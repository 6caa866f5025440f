import { describe, expect, it } from "@jest/globals"
import { waitFor, withProgress } from "../wait.mjs"

function recordingReporter() {
  const lines = []
  return {
    lines,
    progress: (text) => lines.push(`progress ${text}`),
    endProgress: () => lines.push("end"),
  }
}

describe("waitFor", () => {
  it("answers the first value the check gives", async () => {
    const answers = [undefined, undefined, "authorized"]
    const reporter = recordingReporter()
    const value = await waitFor(async () => answers.shift(), {
      reporter,
      describe: () => "waiting for the job",
      timeoutMs: 5000,
      intervalMs: 1,
    })
    expect(value).toBe("authorized")
    expect(
      reporter.lines.filter((line) => line.startsWith("progress"))
    ).toHaveLength(2)
    expect(reporter.lines.at(-1)).toBe("end")
  })

  it("gives up after the timeout and says what it waited for", async () => {
    const wait = waitFor(async () => undefined, {
      reporter: recordingReporter(),
      describe: () => "waiting for the job",
      timeoutMs: 20,
      intervalMs: 5,
    })
    await expect(wait).rejects.toThrow(
      /Gave up after \d+ s waiting for the job/
    )
  })

  it("stops at once when the check fails", async () => {
    const wait = waitFor(
      async () => {
        throw new Error("The loan will not be granted")
      },
      {
        reporter: recordingReporter(),
        describe: () => "waiting",
        timeoutMs: 5000,
      }
    )
    await expect(wait).rejects.toThrow("The loan will not be granted")
  })
})

describe("withProgress", () => {
  it("shows progress while the work runs and clears it after", async () => {
    const reporter = recordingReporter()
    const value = await withProgress(reporter, "migrating", Promise.resolve(7))
    expect(value).toBe(7)
    expect(reporter.lines[0]).toMatch(/^progress migrating \(0 s\)$/)
    expect(reporter.lines.at(-1)).toBe("end")
  })

  it("clears the progress line when the work fails", async () => {
    const reporter = recordingReporter()
    const work = Promise.reject(new Error("migration failed"))
    await expect(withProgress(reporter, "migrating", work)).rejects.toThrow(
      "migration failed"
    )
    expect(reporter.lines.at(-1)).toBe("end")
  })
})
