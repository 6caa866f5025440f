// Everything before the shopper arrives: the plugin's build, a database, the
// gateway, a Medusa store with the plugin installed, migrated and seeded,
// and the store's server. Each part registers its own undoing.
import { randomBytes } from "node:crypto"
import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { freePort } from "../lib/postgres.mjs"
import { createDemoDatabase } from "./database.mjs"
import { runMedusa } from "./medusa-cli.mjs"
import { isBuildCurrent } from "./plugin-build.mjs"
import { startSandboxGateway } from "./sandbox.mjs"
import { createStoreDir, installPlugin } from "./store-setup.mjs"
import { medusaEnv, storeEnv } from "./store-env.mjs"
import { startStore } from "./store-server.mjs"
import { withProgress } from "./wait.mjs"

const SEED_SCRIPT = new URL("./seed-store.ts", import.meta.url).pathname
const PROVIDER_ID = "pp_baloan_baloan"

export async function setUpStore({
  repoDir,
  options,
  reporter,
  teardown,
  processes,
}) {
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "baloan-demo-"))
  teardown.add("temporary files", () =>
    fs.rm(tempDir, { recursive: true, force: true })
  )
  const log = (name) => path.join(tempDir, `${name}.log`)
  const run = (args, cwd, env, name) =>
    withProgress(
      reporter,
      `medusa ${args[0]} is running`,
      runMedusa(args, {
        cwd,
        env,
        logFile: log(name),
        register: processes.register,
      })
    )

  if (isBuildCurrent(repoDir)) {
    reporter.step("The plugin's build is up to date")
  } else {
    reporter.step("Building the plugin (medusa plugin:build)")
    await run(["plugin:build"], repoDir, medusaEnv(process.env), "build")
  }

  reporter.step("Preparing a database")
  const database = await createDemoDatabase({ log: reporter.detail })
  teardown.add("database", database.remove)
  reporter.detail(
    `database ${database.name}${database.embedded ? " (embedded PostgreSQL)" : ""}`
  )

  const gateway = await startGateway({ repoDir, options, reporter, teardown })
  const storeDir = await prepareStoreDir({
    repoDir,
    tempDir,
    reporter,
    teardown,
  })

  const port = await freePort()
  const env = storeEnv({ database, gateway, port })
  const medusa = (args, name) => run(args, storeDir, env, name)
  const { seed, admin } = await migrateAndSeed({ medusa, tempDir, reporter })

  reporter.step(
    options.keep
      ? "Starting the store with its admin (medusa develop)"
      : "Starting the store (medusa start)"
  )
  const store = await startStore({
    storeDir,
    env,
    port,
    admin: options.keep,
    logFile: log("store"),
    reporter,
  })
  teardown.add("store server", store.stop)
  reporter.detail(`store at ${store.url}`)

  return { url: store.url, seed, admin, gateway }
}

async function prepareStoreDir({ repoDir, tempDir, reporter, teardown }) {
  reporter.step("Creating the store and installing the plugin (yalc)")
  const storeDir = await createStoreDir(repoDir)
  teardown.add("store folder", async () => {
    await fs.rm(storeDir, { recursive: true, force: true })
    // .demo/ itself goes too when no other run uses it.
    await fs.rmdir(path.dirname(storeDir)).catch(() => {})
  })
  reporter.detail(path.relative(repoDir, storeDir))
  await installPlugin({
    repoDir,
    storeDir,
    tempDir,
    logFile: path.join(tempDir, "yalc.log"),
  })
  return storeDir
}

async function migrateAndSeed({ medusa, tempDir, reporter }) {
  reporter.step("Migrating the database (medusa db:migrate)")
  await medusa(["db:migrate"], "migrate")

  reporter.step(
    "Seeding an IRR region, a product with stock and shipping, a publishable key"
  )
  const seedFile = path.join(tempDir, "seed.json")
  await medusa(["exec", SEED_SCRIPT, seedFile, PROVIDER_ID], "seed")
  const seed = JSON.parse(await fs.readFile(seedFile, "utf8"))

  // After the seed, not beside it: every Medusa command creates the default
  // store when there is none, and two at once would create two.
  reporter.step("Creating an admin user (medusa user)")
  const admin = {
    email: "admin@example.com",
    // A leading "-" would be read as a flag by the command line.
    password: `demo-${randomBytes(12).toString("base64url")}`,
  }
  await medusa(["user", "-e", admin.email, "-p", admin.password], "user")
  return { seed, admin }
}

async function startGateway({ repoDir, options, reporter, teardown }) {
  if (options.gateway) {
    reporter.step(
      `Using the gateway at ${new URL(options.gateway.baseUrl).origin}`
    )
    return { ...options.gateway, control: null }
  }
  reporter.step("Starting the Daloan sandbox")
  const sandbox = await startSandboxGateway(repoDir)
  teardown.add("sandbox", sandbox.close)
  reporter.detail(`sandbox at ${sandbox.baseUrl}`)
  return sandbox
}
