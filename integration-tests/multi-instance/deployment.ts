import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import type { SeededStore } from "../helpers/seed-store"
import { loadDemoModules, type DemoModules } from "./demo-modules"
import { startInstances, type Instance } from "./instances"
import { createRedisNamespace } from "./redis-namespace"

const REPO_DIR = path.resolve(__dirname, "../..")
const STORE_FILES = path.join(__dirname, "store")
// Short, so that a few polls fit in a test; the job reads it at start-up.
const POLL_INTERVAL_SECONDS = "2"

export type Facts = {
  loans: Array<{
    ref: string | null
    state: string
    gateway_status: string | null
    canceled_at: string | null
    payment_session_id: string | null
    events: Array<{
      source: string
      from_status: string | null
      to_status: string | null
      from_state: string | null
      to_state: string | null
      note: string | null
    }>
  }>
  orders: Array<{
    id: string
    status: string
    canceled_at: string | null
    payment_collections: Array<{
      payments: Array<{ id: string; canceled_at: string | null }>
      payment_sessions: Array<{ id: string; status: string }>
    }>
  }>
  stray: string[]
}

export type Deployment = {
  redis: boolean
  databaseUrl: string
  pollIntervalMs: number
  sandboxUrl: string
  store: SeededStore
  server: Instance
  workers: Instance[]
  /** How long each part of the set-up took, in seconds. */
  timings: Record<string, number>
  /** Reads the ledger, the orders and the stray loans through `medusa exec`. */
  collectFacts(): Promise<Facts>
  /** Stops every process and removes everything the deployment made. */
  stop(): Promise<void>
}

/**
 * One store built from the plugin's build, on a database of its own, with
 * the sandbox as its gateway, one server and two workers. Everything it
 * made is undone by `stop`, or at once when the set-up fails.
 */
export async function deploy({
  redisUrl,
}: {
  redisUrl?: string
}): Promise<Deployment> {
  const demo = await loadDemoModules()
  const teardown = demo.createTeardown()
  const timings: Record<string, number> = {}
  const timed = async <T>(label: string, work: () => Promise<T>) => {
    const startedAt = Date.now()
    try {
      return await work()
    } finally {
      timings[label] = (Date.now() - startedAt) / 1000
    }
  }
  const stop = () => teardown.run()

  try {
    const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "baloan-multi-"))
    teardown.add("temporary files", () =>
      fs.rm(tempDir, { recursive: true, force: true })
    )
    const logFile = (name: string) => path.join(tempDir, `${name}.log`)

    await timed("build", async () => {
      if (!demo.isBuildCurrent(REPO_DIR)) {
        await demo.runMedusa(["plugin:build"], {
          cwd: REPO_DIR,
          env: withoutJestSettings({
            ...process.env,
            MEDUSA_DISABLE_TELEMETRY: "true",
          }),
          logFile: logFile("build"),
        })
      }
    })

    const database = await timed("database", () =>
      demo.createDemoDatabase({ log: () => {} })
    )
    teardown.add("database", () => database.remove())
    const gateway = await demo.startSandboxGateway(REPO_DIR)
    teardown.add("sandbox", () => gateway.close())

    const storeDir = await timed("store", () =>
      prepareStoreDir(demo, tempDir, logFile("yalc"))
    )
    teardown.add("store folder", async () => {
      await fs.rm(storeDir, { recursive: true, force: true })
      // .demo/ goes too unless a demo or another run still uses it.
      await fs.rmdir(path.dirname(storeDir)).catch(() => {})
    })

    const redisNamespace = redisUrl ? createRedisNamespace(redisUrl) : null
    if (redisNamespace) {
      teardown.add("Redis keys", () => redisNamespace.remove())
    }
    const env = instanceEnv(
      demo.storeEnv({ database, gateway, port: await demo.freePort() }),
      redisUrl,
      redisNamespace?.prefix
    )

    const run = (args: string[], name: string) =>
      demo.runMedusa(args, {
        cwd: storeDir,
        env: { ...env, MEDUSA_WORKER_MODE: "server" },
        logFile: logFile(name),
      })
    await timed("migrate", () => run(["db:migrate"], "migrate"))
    const seedFile = path.join(tempDir, "seed.json")
    await timed("seed", () =>
      run(["exec", path.join(STORE_FILES, "seed.ts"), seedFile], "seed")
    )
    const store: SeededStore = JSON.parse(await fs.readFile(seedFile, "utf8"))

    const { server, workers } = await timed("start", () =>
      startInstances(demo, { storeDir, env, tempDir, teardown })
    )

    return {
      redis: !!redisUrl,
      databaseUrl: database.url,
      pollIntervalMs: Number(env.BALOAN_POLL_INTERVAL_SECONDS) * 1000,
      sandboxUrl: gateway.baseUrl,
      store,
      server,
      workers,
      timings,
      async collectFacts() {
        const factsFile = path.join(tempDir, `facts-${Date.now()}.json`)
        await timed("facts", () =>
          run(
            [
              "exec",
              path.join(STORE_FILES, "collect-facts.ts"),
              factsFile,
              gateway.baseUrl,
            ],
            "facts"
          )
        )
        return JSON.parse(await fs.readFile(factsFile, "utf8"))
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

async function prepareStoreDir(
  demo: DemoModules,
  tempDir: string,
  logFile: string
): Promise<string> {
  const storeDir = await demo.createStoreDir(REPO_DIR)
  // The demo's store, with this test's configuration in place of its own.
  await fs.copyFile(
    path.join(STORE_FILES, "medusa-config.ts"),
    path.join(storeDir, "medusa-config.ts")
  )
  await demo.installPlugin({ repoDir: REPO_DIR, storeDir, tempDir, logFile })
  return storeDir
}

function instanceEnv(
  base: Record<string, string>,
  redisUrl: string | undefined,
  redisPrefix: string | undefined
): Record<string, string> {
  // The variant decides whether Medusa sees a Redis, not the caller's env.
  const { REDIS_URL: _redisUrl, ...rest } = withoutJestSettings(base)
  const env = { ...rest, BALOAN_POLL_INTERVAL_SECONDS: POLL_INTERVAL_SECONDS }
  return redisUrl && redisPrefix
    ? { ...env, REDIS_URL: redisUrl, MULTI_REDIS_PREFIX: redisPrefix }
    : env
}

// Jest's settings must not reach Medusa's processes: the VM-modules flag
// changes how Node loads them.
function withoutJestSettings<T extends NodeJS.ProcessEnv>(env: T) {
  const { NODE_OPTIONS: _nodeOptions, TEST_TYPE: _testType, ...rest } = env
  return rest
}
