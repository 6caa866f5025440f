// `npm run bench`: how much the client's shared token saves, measured in
// one run against the sandbox on loopback. The baseline is a client per
// call (a token request before every call, as a naive integration does);
// the ratio is what matters, not the absolute times of this machine.
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const built = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../.medusa/server/src"
)
const { startSandbox } = require(`${built}/sandbox`)
const { DaloanClient } = require(`${built}/lib/daloan`)
const { makeNationalCode } = require(`${built}/lib/iran/national-code`)

const CALLS = Number(process.env.BENCH_CALLS || 300)
const CONCURRENCY = 10
const credentials = { clientId: "bench-client", clientSecret: "bench-secret" }

const sandbox = await startSandbox({ port: 0, quiet: true, ...credentials })
const options = { baseUrl: sandbox.url, ...credentials }
const probe = new DaloanClient(options)
const ref = (
  await probe.createLoanApplication({
    nationalCode: makeNationalCode("001234567"),
    birthdate: "1990-03-21",
    loanAmount: 250_000_000,
    numberOfRepayments: 12,
  })
).loanApplicationRef

async function run(label, clientFor) {
  let next = 0
  const started = process.hrtime.bigint()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < CALLS) {
        await clientFor().getLoanApplication(ref)
      }
    })
  )
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  return { label, ms }
}

try {
  const shared = new DaloanClient(options)
  await run("warm-up", () => shared)
  const baseline = await run(
    "a client per call",
    () => new DaloanClient(options)
  )
  const cached = await run("one shared client", () => shared)
  for (const { label, ms } of [baseline, cached]) {
    process.stdout.write(
      `${label.padEnd(20)} ${CALLS} reads in ${ms.toFixed(0)} ms\n`
    )
  }
  process.stdout.write(
    `ratio: the shared client takes ${(cached.ms / baseline.ms).toFixed(2)}× the baseline's time\n`
  )
} finally {
  await sandbox.close()
}
