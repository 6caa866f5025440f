// `npm test`: the unit suite, then the HTTP integration suite on a real
// PostgreSQL (the configured one, or an embedded one when none answers).
// `npm test -- unit` or `npm test -- http` runs one suite; further
// arguments go to jest.
import { spawn } from "node:child_process"
import { ensurePostgres } from "./lib/postgres.mjs"

const SUITES = { unit: "unit", http: "integration:http" }

const [first, ...rest] = process.argv.slice(2)
const only = SUITES[first] ? [first] : Object.keys(SUITES)
const jestArgs = SUITES[first] ? rest : process.argv.slice(2)

const log = (line) => process.stdout.write(`[test] ${line}\n`)

let database
const stopDatabase = async () => database?.stop()
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await stopDatabase()
    process.exit(130)
  })
}

let failed = false
try {
  if (only.includes("http")) {
    database = await ensurePostgres({ log })
  }
  for (const suite of only) {
    log(`Running the ${suite} suite`)
    const code = await runJest(SUITES[suite], jestArgs, database)
    failed ||= code !== 0
  }
} finally {
  await stopDatabase()
}
process.exit(failed ? 1 : 0)

function runJest(testType, args, db) {
  const env = {
    ...process.env,
    TEST_TYPE: testType,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_OPTIONS: "--experimental-vm-modules",
  }
  if (db) {
    Object.assign(env, {
      DB_HOST: db.host,
      DB_PORT: String(db.port),
      DB_USERNAME: db.user,
      DB_PASSWORD: db.password,
    })
  }
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["node_modules/jest/bin/jest.js", "--runInBand", "--forceExit", ...args],
      { env, stdio: "inherit" }
    )
    child.on("exit", (code, signal) => resolve(signal ? 1 : (code ?? 1)))
  })
}
