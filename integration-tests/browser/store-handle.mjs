// Starts store-process.mjs and waits for its READY line; `stop` asks it
// to remove everything and waits until it has.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

const ENTRY = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "store-process.mjs"
)
const STOP_GRACE_MS = 60_000

export function startStoreProcess() {
  const child = spawn(process.execPath, [ENTRY], {
    // Jest's own flags are for jest, not for the store's process.
    env: { ...process.env, NODE_OPTIONS: "" },
    stdio: ["pipe", "pipe", "inherit"],
  })
  const exited = new Promise((resolve) => child.on("exit", resolve))

  const ready = new Promise((resolve, reject) => {
    let buffered = ""
    child.stdout.on("data", (chunk) => {
      buffered += chunk
      const line = buffered.split("\n").find((l) => l.startsWith("READY "))
      if (line) {
        resolve(JSON.parse(line.slice("READY ".length)))
      }
    })
    exited.then((code) =>
      reject(new Error(`The store's process ended (exit ${code})`))
    )
  })

  const stop = async () => {
    if (child.exitCode !== null) {
      return
    }
    child.kill("SIGTERM")
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS)
    await exited
    clearTimeout(timer)
  }
  return { ready, stop }
}
