import { describe, expect, it } from "@jest/globals"
import { createTeardown } from "../teardown.mjs"

describe("createTeardown", () => {
  it("undoes the steps in the reverse order of their registration", async () => {
    const done = []
    const teardown = createTeardown()
    teardown.add("database", () => done.push("database"))
    teardown.add("store", () => done.push("store"))
    await teardown.run()
    expect(done).toEqual(["store", "database"])
  })

  it("goes on after a step fails and reports which one", async () => {
    const done = []
    const failures = []
    const teardown = createTeardown()
    teardown.add("database", () => done.push("database"))
    teardown.add("store", () => {
      throw new Error("busy")
    })
    await teardown.run((label, error) => failures.push([label, error.message]))
    expect(done).toEqual(["database"])
    expect(failures).toEqual([["store", "busy"]])
  })

  it("undoes each step once when run twice at the same time", async () => {
    let count = 0
    const teardown = createTeardown()
    teardown.add("sandbox", async () => {
      await new Promise((resolve) => setTimeout(resolve, 10))
      count++
    })
    await Promise.all([teardown.run(), teardown.run()])
    expect(count).toBe(1)
  })
})
