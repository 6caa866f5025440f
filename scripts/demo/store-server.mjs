// Starts the demo store: `medusa start` without the admin for a one-shot
// run (ready in seconds), `medusa develop` with the admin at /app for
// --keep (its Vite server builds the dashboard on first load instead of the
// half-minute `medusa build`). Listens on 127.0.0.1 only.
import { tailOf } from "./processes.mjs"
import { startMedusa } from "./medusa-cli.mjs"
import { waitFor } from "./wait.mjs"

const READY_TIMEOUT_MS = 180_000

export async function startStore({
  storeDir,
  env,
  port,
  admin,
  logFile,
  reporter,
}) {
  const command = admin ? "develop" : "start"
  const server = startMedusa([command, "-H", "127.0.0.1", "-p", String(port)], {
    cwd: storeDir,
    env: {
      ...env,
      DEMO_ADMIN: admin ? "true" : "false",
      // The admin's live-reload socket listens on a port of its own.
      HMR_BIND_HOST: "127.0.0.1",
    },
    logFile,
  })
  const url = `http://127.0.0.1:${port}`

  let exited = null
  server.exited.then((result) => (exited = result))
  try {
    await waitFor(
      async () => {
        if (exited) {
          throw new Error(
            `medusa ${command} stopped (exit ${exited.signal ?? exited.code}):\n` +
              tailOf(logFile)
          )
        }
        return (await answers(`${url}/health`)) ? true : undefined
      },
      {
        reporter,
        describe: () => `waiting for medusa ${command} on ${url}`,
        timeoutMs: READY_TIMEOUT_MS,
        intervalMs: 500,
      }
    )
  } catch (error) {
    await server.stop()
    throw error
  }
  return { url, stop: server.stop }
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
    return response.ok
  } catch {
    return false
  }
}
