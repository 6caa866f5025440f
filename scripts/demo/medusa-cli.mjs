// Runs the Medusa command line the project installed, each command in its
// own process group with its output in a log file: the demo's own lines
// stay readable, and the log is shown when a command fails.
import { createRequire } from "node:module"
import path from "node:path"
import { runToEnd, startGroup } from "./processes.mjs"

const require = createRequire(import.meta.url)
const CLI = path.join(
  path.dirname(require.resolve("@medusajs/cli/package.json")),
  "cli.js"
)

export function runMedusa(args, { cwd, env, logFile, register }) {
  return runToEnd(
    process.execPath,
    [CLI, ...args],
    { cwd, env, logFile, label: `medusa ${args[0]}` },
    register
  )
}

export function startMedusa(args, { cwd, env, logFile }) {
  return startGroup(process.execPath, [CLI, ...args], { cwd, env, logFile })
}
