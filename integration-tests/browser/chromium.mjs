// Debian's Chromium, driven by playwright-core: no browser is ever
// downloaded. It runs headless with a fresh profile, and it may only talk
// to the test's own store on the loopback interface.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { chromium } from "playwright-core"

export const CHROMIUM_PATH = "/usr/bin/chromium"

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // No name resolves, so only the literal loopback address can be reached.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"])

export function hasChromium() {
  return fs.existsSync(CHROMIUM_PATH)
}

/** A browser context on a fresh profile, and how to throw both away. */
export async function launchChromium({
  viewport = { width: 1440, height: 900 },
} = {}) {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "baloan-chromium-"))
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport,
    locale: "en-US",
    timezoneId: "Asia/Tehran",
  })
  // A second fence behind the resolver rule: any request that leaves the
  // loopback interface is refused before it is sent.
  await context.route("**/*", (route) => {
    const { hostname, protocol } = new URL(route.request().url())
    const local =
      protocol === "data:" ||
      protocol === "blob:" ||
      LOOPBACK_HOSTS.has(hostname)
    return local ? route.continue() : route.abort("blockedbyclient")
  })

  return {
    context,
    async close() {
      await context.close().catch(() => {})
      fs.rmSync(profileDir, { recursive: true, force: true })
    },
  }
}
