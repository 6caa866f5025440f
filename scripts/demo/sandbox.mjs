// The gateway the demo store talks to: the plugin's own Daloan sandbox,
// started in this process from the build, or the real gateway the operator
// configured. The sandbox's control API stands in for the customer's Blu
// app and lets the demo read the loan as the bank sees it.
import { randomBytes } from "node:crypto"
import path from "node:path"
import { pathToFileURL } from "node:url"

const SANDBOX_ENTRY = ".medusa/server/src/sandbox/index.js"

export async function startSandboxGateway(repoDir) {
  const entry = pathToFileURL(path.join(repoDir, SANDBOX_ENTRY)).href
  const { startSandbox } = await import(entry)
  const credentials = {
    clientId: "baloan-demo",
    // A fresh secret each run: nothing the demo prints can be replayed.
    clientSecret: randomBytes(18).toString("base64url"),
  }
  const sandbox = await startSandbox({
    host: "127.0.0.1",
    port: 0,
    quiet: true,
    ...credentials,
  })
  return {
    baseUrl: sandbox.url,
    ...credentials,
    close: () => sandbox.close(),
    control: sandboxControl(sandbox.url),
  }
}

export function sandboxControl(baseUrl) {
  const call = async (method, route) => {
    const response = await fetch(`${baseUrl}/__sandbox${route}`, { method })
    const body = await response.json().catch(() => null)
    if (!response.ok) {
      const message = body?.message ?? response.statusText
      throw new Error(
        `sandbox ${method} ${route}: ${response.status} ${message}`
      )
    }
    return body
  }
  const loanPath = (ref) => `/loans/${encodeURIComponent(ref)}`

  return {
    /** What the customer does in the Blu app. */
    customerApprove: (ref) => call("POST", `${loanPath(ref)}/customer-approve`),
    /** The loan with the sandbox's own bookkeeping (settled, counts...). */
    loan: (ref) => call("GET", loanPath(ref)),
  }
}
