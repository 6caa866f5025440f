// `npm run demo`: a throwaway Medusa store with this plugin installed, a
// shopper who pays with a Baloan loan, the customer's approval, the
// plugin's job authorizing the payment and the admin's capture. Everything
// it starts is stopped and removed at the end, on failure and on Ctrl-C.
// See scripts/demo/README-section.md.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { runCheckout } from "./demo/checkout.mjs"
import { USAGE, UsageError, readOptions } from "./demo/options.mjs"
import { createReporter } from "./demo/output.mjs"
import { createProcessRegistry } from "./demo/processes.mjs"
import { setUpStore } from "./demo/set-up.mjs"
import { createTeardown } from "./demo/teardown.mjs"

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

let options
try {
  options = readOptions(process.argv.slice(2), process.env)
} catch (error) {
  if (!(error instanceof UsageError)) {
    throw error
  }
  process.stderr.write(`${error.message}\n`)
  process.exit(2)
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
const reporter = createReporter({ json: options.json })
const teardown = createTeardown()
const processes = createProcessRegistry()

const cleanUp = async () => {
  await processes.stopAll()
  await teardown.run((label, error) =>
    reporter.fail(`Could not remove the ${label}: ${error.message}`)
  )
}

let stopping = false
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) {
      return
    }
    stopping = true
    reporter.fail(`${signal}: stopping everything the demo started`)
    await cleanUp()
    process.exit(130)
  })
}

let exitCode = 0
try {
  const store = await setUpStore({
    repoDir,
    options,
    reporter,
    teardown,
    processes,
  })
  const summary = await runCheckout({
    store,
    shopper: options.shopper,
    reporter,
  })
  if (options.keep) {
    await keepRunning(store, summary)
  }
  reporter.step("Stopping and removing everything the demo started")
  await cleanUp()
  reporter.result(summary)
} catch (error) {
  if (stopping) {
    // Ctrl-C made the running step fail; the signal handler finishes.
    await new Promise(() => {})
  }
  reporter.fail(`The demo failed: ${error.message}`)
  await cleanUp()
  exitCode = 1
}
process.exit(exitCode)

// The result is printed before the wait so that it stays the last line of
// standard output; what Ctrl-C prints goes to standard error.
async function keepRunning(store, summary) {
  reporter.step("The store keeps running until Ctrl-C")
  reporter.detail(`store          ${store.url}`)
  reporter.detail(`admin          ${store.url}/app`)
  reporter.detail(
    `admin login    ${store.admin.email} / ${store.admin.password}`
  )
  reporter.detail(`publishable key ${store.seed.publishableKey}`)
  reporter.detail(`order          ${summary.order_id}`)
  if (store.gateway.control) {
    reporter.detail(`sandbox        ${store.gateway.baseUrl}/__sandbox/loans`)
  }
  reporter.result(summary)
  // The signal handler cleans up and exits; until then, wait.
  await new Promise(() => {})
}
