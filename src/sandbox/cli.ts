#!/usr/bin/env node
import { parseArgs } from "node:util"

import { startSandbox } from "./index"

const USAGE = `Usage: baloan-sandbox [options]

An offline stand-in for the Daloan credit gateway, with its control API
under /__sandbox/. Stop it with Ctrl-C.

  --port N            port to listen on (default 4010; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1)
  --client-id X       the client_id it accepts (default sandbox-client-id)
  --client-secret Y   the client_secret it accepts (default
                      sandbox-client-secret)
  --token-ttl S       token lifetime in seconds (default 1800)
  --quiet             no line per request
  --help              this text
`

function print(line: string): void {
  process.stdout.write(`${line}\n`)
}

function integer(name: string, value: string | undefined) {
  if (value === undefined) {
    return undefined
  }
  if (!/^\d+$/.test(value)) {
    throw new Error(`--${name} must be a whole number`)
  }
  return Number(value)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "client-id": { type: "string" },
      "client-secret": { type: "string" },
      "token-ttl": { type: "string" },
      quiet: { type: "boolean" },
      help: { type: "boolean" },
    },
  })
  if (values.help) {
    print(USAGE)
    return
  }

  const sandbox = await startSandbox({
    port: integer("port", values.port) ?? 4010,
    host: values.host,
    clientId: values["client-id"],
    clientSecret: values["client-secret"],
    tokenTtlSeconds: integer("token-ttl", values["token-ttl"]),
    quiet: values.quiet,
  })
  const { clientId, clientSecret } = sandbox.state.options
  // The sandbox's own credentials, printed so a store can be pointed at it.
  print(`Daloan sandbox listening at ${sandbox.url}`)
  print(`  BALOAN_BASE_URL=${sandbox.url}`)
  print(`  BALOAN_CLIENT_ID=${clientId}`)
  print(`  BALOAN_CLIENT_SECRET=${clientSecret}`)
  print(`  control API: ${sandbox.url}/__sandbox/`)

  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}

main().catch((error: Error) => {
  process.stderr.write(`baloan-sandbox: ${error.message}\n`)
  process.exit(1)
})
