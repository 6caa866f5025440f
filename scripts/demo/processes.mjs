// Child processes in their own process group: `medusa develop` forks the
// server it runs, and stopping only the parent leaves that server
// listening. Stopping the group by its id stops the whole tree.
import { spawn } from "node:child_process"
import fs from "node:fs"

const GRACE_MS = 10_000
// Medusa's logger colours its output even into a file.
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPES = /\x1b\[[0-9;]*m/g

export function startGroup(command, args, { cwd, env, logFile }) {
  const output = fs.openSync(logFile, "a")
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", output, output],
  })
  fs.closeSync(output)

  const exited = new Promise((resolve) => {
    child.on("error", (error) => resolve({ code: null, error }))
    child.on("exit", (code, signal) => resolve({ code, signal }))
  })

  let stopping
  return {
    pid: child.pid,
    exited,
    stop: () => (stopping ??= stopGroup(child.pid, exited)),
  }
}

/**
 * Runs a command to its end; a failure names it by `options.label` and
 * carries the end of its output.
 */
export async function runToEnd(command, args, options, register) {
  const group = startGroup(command, args, options)
  const forget = register?.(group) ?? (() => {})
  try {
    const { code, signal, error } = await group.exited
    if (code !== 0) {
      const why = error ? error.message : `exit ${signal ?? code}`
      throw new Error(
        `${options.label ?? command} failed (${why}):\n` +
          tailOf(options.logFile)
      )
    }
  } finally {
    forget()
  }
}

export function tailOf(logFile, lines = 25) {
  try {
    const text = fs
      .readFileSync(logFile, "utf8")
      .replace(ANSI_ESCAPES, "")
      .trimEnd()
    return text.split("\n").slice(-lines).join("\n")
  } catch {
    return "(no output)"
  }
}

async function stopGroup(pid, exited) {
  if (!pid) {
    return
  }
  signalGroup(pid, "SIGTERM")
  const deadline = Date.now() + GRACE_MS
  await Promise.race([exited, sleep(GRACE_MS)])
  // The leader may be gone while a forked child is still shutting down: a
  // signal 0 tells whether anyone is left in the group.
  while (Date.now() < deadline && signalGroup(pid, 0)) {
    await sleep(200)
  }
  if (signalGroup(pid, 0)) {
    signalGroup(pid, "SIGKILL")
  }
  await exited
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** The commands running right now, so that Ctrl-C can stop them too. */
export function createProcessRegistry() {
  const live = new Set()
  return {
    register(group) {
      live.add(group)
      return () => live.delete(group)
    },
    stopAll() {
      return Promise.all([...live].map((group) => group.stop()))
    },
  }
}
