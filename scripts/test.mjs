// `npm test`: the unit suite, then the HTTP integration suite on a real
// PostgreSQL (the configured one, or an embedded one when none answers),
// then the browser suite (skipped, saying so, without /usr/bin/chromium),
// then the several-instances suite, twice when a Redis answers. `npm test --
// unit`, `-- http`, `-- browser` or `-- multi` runs one suite; further
// arguments go to jest. It ends with one line counting every test.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import fs from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { ensurePostgres } from "./lib/postgres.mjs"

const SUITES = {
  unit: { testType: "unit" },
  // Medusa's module loaders keep state across test files that share one
  // jest process, so each HTTP test file gets a process of its own.
  http: { testType: "integration:http", filesIn: "integration-tests/http" },
  // The admin in Debian's Chromium, against a store the test starts itself.
  browser: {
    testType: "integration:browser",
    needs: "/usr/bin/chromium",
    jestArgs: [
      "--testMatch=**/integration-tests/browser/**/*.spec.mjs",
      ...["js", "mjs", "ts", "json"].map(
        (ext) => `--moduleFileExtensions=${ext}`
      ),
    ],
  },
  // One server and two workers of a store built from the plugin; see
  // integration-tests/multi-instance/README-section.md.
  multi: {
    testType: "integration:multi",
    jestArgs: ["--config=integration-tests/multi-instance/jest.config.js"],
    variants: multiInstanceVariants,
  },
}

const [first, ...rest] = process.argv.slice(2)
const only = SUITES[first] ? [first] : Object.keys(SUITES)
const jestArgs = SUITES[first] ? rest : process.argv.slice(2)

const log = (line) => process.stdout.write(`[test] ${line}\n`)
const totals = { passed: 0, failed: 0, skipped: 0, brokenRuns: 0 }
const reportDir = await fs.mkdtemp(path.join(os.tmpdir(), "baloan-jest-"))

let database
const stopDatabase = async () => database?.stop()
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await stopDatabase()
    process.exit(130)
  })
}

try {
  for (const name of only) {
    const suite = SUITES[name]
    if (suite.needs && !existsSync(suite.needs)) {
      log(`Skipping the ${name} suite: ${suite.needs} is not installed`)
      continue
    }
    if (name === "http") {
      database = await ensurePostgres({ log })
    }
    log(`Running the ${name} suite`)
    const runs =
      suite.filesIn && !jestArgs.length
        ? (await specFiles(suite.filesIn)).map((file) => [file])
        : [[...jestArgs, ...(suite.jestArgs ?? [])]]
    const variants = suite.variants ? await suite.variants() : [{}]
    for (const { env, args: variantArgs = [] } of variants) {
      for (const args of runs) {
        await runJest(suite.testType, [...args, ...variantArgs], database, env)
      }
    }
  }
} finally {
  await stopDatabase()
  await fs.rm(reportDir, { recursive: true, force: true })
}

const failed = totals.failed > 0 || totals.brokenRuns > 0
if (totals.brokenRuns) {
  log(`${totals.brokenRuns} jest run(s) failed before reporting their tests`)
}
process.stdout.write(
  `jest: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`
)
process.exit(failed ? 1 : 0)

async function specFiles(dir) {
  const entries = await fs.readdir(dir)
  return entries
    .filter((entry) => entry.endsWith(".spec.ts"))
    .sort()
    .map((entry) => path.join(dir, entry))
}

// The multi suite runs on PostgreSQL's locking provider alone, then with
// Redis's locking, event bus and workflow engine: at REDIS_URL, or at
// 127.0.0.1:6379 when a Redis answers there. The second run skips the
// suite's pure unit tests, which the first one ran.
async function multiInstanceVariants() {
  const postgres = { env: { REDIS_URL: "" } }
  const redisUrl =
    process.env.REDIS_URL ||
    ((await redisAnswers("127.0.0.1", 6379)) ? "redis://127.0.0.1:6379" : "")
  if (!redisUrl) {
    log("No Redis answers on 127.0.0.1:6379: the multi suite runs without it")
    return [postgres]
  }
  const redis = {
    env: { REDIS_URL: redisUrl },
    args: ["--testPathIgnorePatterns=/__tests__/"],
  }
  return [postgres, redis]
}

function redisAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 })
    const done = (answer) => {
      socket.destroy()
      resolve(answer)
    }
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (data) => done(data.toString().startsWith("+PONG")))
    socket.on("timeout", () => done(false))
    socket.on("error", () => done(false))
  })
}

async function runJest(testType, args, db, variantEnv = {}) {
  const outputFile = path.join(reportDir, `run-${Date.now()}.json`)
  const env = {
    ...process.env,
    TEST_TYPE: testType,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_OPTIONS: "--experimental-vm-modules",
    ...variantEnv,
  }
  if (db) {
    Object.assign(env, {
      DB_HOST: db.host,
      DB_PORT: String(db.port),
      DB_USERNAME: db.user,
      DB_PASSWORD: db.password,
    })
  }

  const code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "node_modules/jest/bin/jest.js",
        "--runInBand",
        "--forceExit",
        "--json",
        `--outputFile=${outputFile}`,
        ...args,
      ],
      { env, stdio: "inherit" }
    )
    child.on("exit", (exitCode, signal) => resolve(signal ? 1 : exitCode))
  })

  const report = await fs
    .readFile(outputFile, "utf8")
    .then(JSON.parse)
    .catch(() => null)
  if (!report) {
    totals.brokenRuns++
    return
  }
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + report.numTodoTests
  if (code !== 0 && report.numFailedTests === 0) {
    // A suite that failed to load reports no failed test.
    totals.brokenRuns++
  }
}
