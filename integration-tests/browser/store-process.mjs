// The child process that owns the test's store: it prints one line,
// `READY <json>`, once the store runs with its orders placed, and removes
// everything it started when it gets SIGTERM or SIGINT, or when its parent
// goes away (its standard input closes).
import { startStoreWithLoans } from "./store.mjs"

let running
let stopping

const stop = (code) => {
  stopping ??= (async () => {
    await running?.stop()
    process.exit(code)
  })()
  return stopping
}

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => stop(0))
}
process.stdin.on("end", () => stop(0))
process.stdin.resume()

try {
  running = await startStoreWithLoans()
  const { store, orders } = running
  const ready = {
    url: store.url,
    admin: store.admin,
    sandboxUrl: store.gateway.baseUrl,
    orders,
  }
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`)
} catch (error) {
  process.stderr.write(`[browser] the store did not start: ${error.stack}\n`)
  await stop(1)
}
