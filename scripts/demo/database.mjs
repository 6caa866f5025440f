// A database of the demo's own, created for this run and dropped after it,
// on the server DATABASE_URL names, else on the one scripts/lib/postgres.mjs
// finds or starts.
import { randomBytes } from "node:crypto"
import pg from "pg"
import { databaseUrl, ensurePostgres } from "../lib/postgres.mjs"

export async function createDemoDatabase({ log }) {
  const server = process.env.DATABASE_URL
    ? serverFromUrl(process.env.DATABASE_URL)
    : await ensurePostgres({ log })
  const name = `baloan_demo_${randomBytes(4).toString("hex")}`

  try {
    await withClient(server, (client) =>
      client.query(`create database ${name}`)
    )
  } catch (error) {
    await server.stop()
    throw new Error(`Could not create the demo database: ${error.message}`)
  }

  return {
    name,
    url: server.urlFor ? server.urlFor(name) : databaseUrl(server, name),
    embedded: Boolean(server.embedded),
    async remove() {
      // An embedded server's files go with it; a shared server keeps
      // running, so the demo's database is dropped there.
      if (!server.embedded) {
        await withClient(server, (client) =>
          client.query(`drop database if exists ${name} with (force)`)
        )
      }
      await server.stop()
    },
  }
}

function serverFromUrl(value) {
  // The URL's own database is only where the demo connects to create its
  // own; the rest of the URL (credentials, SSL settings) is kept as is.
  const urlFor = (database) => {
    const url = new URL(value)
    url.pathname = `/${database}`
    return url.toString()
  }
  return {
    connectionString: value,
    urlFor,
    embedded: false,
    stop: async () => {},
  }
}

async function withClient(server, work) {
  const client = new pg.Client(
    server.connectionString
      ? { connectionString: server.connectionString }
      : {
          host: server.host,
          port: server.port,
          user: server.user,
          password: server.password,
          database: "postgres",
        }
  )
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}
