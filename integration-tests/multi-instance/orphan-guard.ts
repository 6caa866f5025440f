import { spawn } from "node:child_process"

// Runs apart from jest: every second it checks that the test's process is
// alive, and once it is gone, stops the groups it was given (SIGTERM, then
// SIGKILL after 10 s) and exits.
const WATCHER = `
const [parent, ...groups] = process.argv.slice(1).map(Number)
const signal = (pid, name) => {
  try {
    process.kill(pid, name)
    return true
  } catch {
    return false
  }
}
setInterval(() => {
  if (signal(parent, 0)) return
  for (const group of groups) signal(-group, "SIGTERM")
  setTimeout(() => {
    for (const group of groups) signal(-group, "SIGKILL")
    process.exit(0)
  }, 10000)
}, 1000)
`

/**
 * Stops the given process groups if the test's process dies without its
 * teardown (killed, or interrupted: jest gives a test no way to hear a
 * signal or the process's exit). `stop` ends the watcher once the
 * teardown has stopped them itself.
 */
export function guardAgainstOrphans(groupIds: number[]): { stop(): void } {
  const watcher = spawn(
    process.execPath,
    ["-e", WATCHER, String(process.pid), ...groupIds.map(String)],
    { detached: true, stdio: "ignore" }
  )
  watcher.unref()
  return {
    stop() {
      if (watcher.pid) {
        try {
          process.kill(watcher.pid, "SIGTERM")
        } catch {
          // It had already exited.
        }
      }
    },
  }
}
