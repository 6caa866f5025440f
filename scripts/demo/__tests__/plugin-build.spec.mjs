import { afterEach, beforeEach, describe, expect, it } from "@jest/globals"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { isBuildCurrent } from "../plugin-build.mjs"

function write(root, file, seconds) {
  const full = path.join(root, file)
  fs.mkdirSync(path.dirname(full), { recursive: true })
  fs.writeFileSync(full, "")
  fs.utimesSync(full, seconds, seconds)
}

describe("isBuildCurrent", () => {
  let repo
  beforeEach(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), "baloan-demo-spec-"))
    write(repo, "package.json", 1000)
    write(repo, "src/providers/baloan/service.ts", 1000)
  })
  afterEach(() => {
    fs.rmSync(repo, { recursive: true, force: true })
  })

  it("is false when nothing was built", () => {
    expect(isBuildCurrent(repo)).toBe(false)
  })

  it("is true when every built file is newer than every source", () => {
    write(repo, ".medusa/server/src/providers/baloan/service.js", 2000)
    expect(isBuildCurrent(repo)).toBe(true)
  })

  it("is false when a source changed after the build", () => {
    write(repo, ".medusa/server/src/providers/baloan/service.js", 2000)
    write(repo, "src/lib/iran/money.ts", 3000)
    expect(isBuildCurrent(repo)).toBe(false)
  })

  it("is false when one built file is older than a source", () => {
    write(repo, ".medusa/server/src/providers/baloan/service.js", 2000)
    write(repo, ".medusa/server/src/sandbox/index.js", 500)
    expect(isBuildCurrent(repo)).toBe(false)
  })

  it("is false when the admin extensions were not built", () => {
    write(repo, "src/admin/widgets/loan.tsx", 1000)
    write(repo, ".medusa/server/src/providers/baloan/service.js", 2000)
    expect(isBuildCurrent(repo)).toBe(false)
  })
})
