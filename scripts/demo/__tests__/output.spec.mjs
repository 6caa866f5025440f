import { describe, expect, it } from "@jest/globals"
import { RESULT_KEYS, createReporter } from "../output.mjs"

function capture({ isTTY = false } = {}) {
  const chunks = []
  return {
    isTTY,
    write: (chunk) => chunks.push(chunk),
    text: () => chunks.join(""),
  }
}

const SUMMARY = {
  order_id: "order_1",
  loan_application_ref: "LN_1",
  loan_status: "ESTABLISHED",
  payment_status: "captured",
  settled: true,
}

describe("createReporter", () => {
  it("ends --json output with one object of exactly the contract's keys", () => {
    const out = capture()
    const reporter = createReporter({ json: true, out, err: capture() })
    reporter.step("Doing something")
    reporter.result({ ...SUMMARY, cart_id: "cart_1" })

    const lines = out.text().trimEnd().split("\n")
    const last = JSON.parse(lines.at(-1))
    expect(Object.keys(last)).toEqual(RESULT_KEYS)
    expect(last).toEqual(SUMMARY)
  })

  it("answers settled as a boolean even when it is unknown", () => {
    const out = capture()
    createReporter({ json: true, out }).result({ order_id: "order_1" })
    expect(JSON.parse(out.text()).settled).toBe(false)
  })

  it("rewrites the progress line in place on a terminal", () => {
    const out = capture({ isTTY: true })
    const reporter = createReporter({ out })
    reporter.progress("waiting (1 s)")
    reporter.progress("waiting (2 s)")
    reporter.step("Next")
    expect(out.text()).toContain("\r\x1b[K")
    expect(out.text().split("\n")).toHaveLength(2)
  })

  it("repeats the progress line in a log only every ten seconds", () => {
    let clock = 100_000
    const out = capture()
    const reporter = createReporter({ out, now: () => clock })
    reporter.progress("waiting (0 s)")
    clock += 9_000
    reporter.progress("waiting (9 s)")
    clock += 2_000
    reporter.progress("waiting (11 s)")
    expect(out.text()).toContain("waiting (0 s)")
    expect(out.text()).not.toContain("waiting (9 s)")
    expect(out.text()).toContain("waiting (11 s)")
  })

  it("writes failures to standard error", () => {
    const out = capture()
    const err = capture()
    createReporter({ out, err }).fail("It broke")
    expect(out.text()).toBe("")
    expect(err.text()).toContain("It broke")
  })
})
