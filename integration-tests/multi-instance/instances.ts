import path from "node:path"
import type { DemoModules, ProcessGroup, Teardown } from "./demo-modules"
import { guardAgainstOrphans } from "./orphan-guard"

const READY_TIMEOUT_MS = 150_000

export type Instance = {
  name: string
  mode: "server" | "worker"
  url: string
  logFile: string
  group: ProcessGroup
}

/**
 * Starts `medusa start` three times on one store: one HTTP server and two
 * workers, each on its own port of 127.0.0.1 and in its own process group,
 * and waits until all three answer. Each is registered in the teardown
 * (stopped by its pid) as soon as it is spawned.
 */
export async function startInstances(
  demo: DemoModules,
  {
    storeDir,
    env,
    tempDir,
    teardown,
  }: {
    storeDir: string
    env: Record<string, string>
    tempDir: string
    teardown: Teardown
  }
): Promise<{ server: Instance; workers: Instance[] }> {
  const start = async (
    name: string,
    mode: Instance["mode"]
  ): Promise<Instance> => {
    const port = await demo.freePort()
    const logFile = path.join(tempDir, `${name}.log`)
    const group = demo.startMedusa(
      ["start", "-H", "127.0.0.1", "-p", String(port)],
      { cwd: storeDir, env: { ...env, MEDUSA_WORKER_MODE: mode }, logFile }
    )
    teardown.add(name, () => group.stop())
    return { name, mode, url: `http://127.0.0.1:${port}`, logFile, group }
  }

  const instances = await Promise.all([
    start("server", "server"),
    start("worker-1", "worker"),
    start("worker-2", "worker"),
  ])
  // Added last, so the teardown ends it first: from then on the teardown
  // stops the groups itself.
  const guard = guardAgainstOrphans(
    instances.flatMap(({ group }) => (group.pid ? [group.pid] : []))
  )
  teardown.add("orphan guard", async () => guard.stop())
  await Promise.all(instances.map((instance) => waitUntilReady(demo, instance)))
  const [server, ...workers] = instances
  return { server, workers }
}

async function waitUntilReady(demo: DemoModules, instance: Instance) {
  let exited: string | null = null
  void instance.group.exited.then(
    (result) => (exited = String(result.signal ?? result.code))
  )
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(
        `${instance.name} stopped (exit ${exited}):\n${demo.tailOf(instance.logFile)}`
      )
    }
    if (await answers(`${instance.url}/health`)) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `${instance.name} did not answer within ${READY_TIMEOUT_MS / 1000} s:\n` +
      demo.tailOf(instance.logFile)
  )
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
    return response.ok
  } catch {
    return false
  }
}
