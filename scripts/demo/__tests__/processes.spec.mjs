import { afterEach, beforeEach, describe, expect, it } from "@jest/globals"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { runToEnd, startGroup } from "../processes.mjs"

function groupIsAlive(pid) {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

describe("process groups", () => {
  let dir
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "baloan-demo-spec-"))
  })
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it("stops a command and the children it forked", async () => {
    // The shell forks a sleeper and waits on another, as `medusa develop`
    // forks the server it runs.
    const group = startGroup("sh", ["-c", "sleep 60 & sleep 60"], {
      cwd: dir,
      env: process.env,
      logFile: path.join(dir, "out.log"),
    })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(groupIsAlive(group.pid)).toBe(true)

    await group.stop()
    expect(groupIsAlive(group.pid)).toBe(false)
  })

  it("fails with the end of the command's output", async () => {
    const logFile = path.join(dir, "out.log")
    const run = runToEnd("sh", ["-c", "echo 'the reason it failed'; exit 3"], {
      cwd: dir,
      env: process.env,
      logFile,
    })
    await expect(run).rejects.toThrow(/exit 3[\s\S]*the reason it failed/)
  })

  it("registers a running command and forgets it when it ends", async () => {
    const live = new Set()
    const register = (group) => {
      live.add(group)
      return () => live.delete(group)
    }
    const run = runToEnd(
      "sh",
      ["-c", "sleep 0.2"],
      { cwd: dir, env: process.env, logFile: path.join(dir, "out.log") },
      register
    )
    expect(live.size).toBe(1)
    await run
    expect(live.size).toBe(0)
  })
})
