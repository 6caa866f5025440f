// The environment the demo store runs in: its database, fresh secrets,
// CORS for its own origin, the gateway's settings and a short poll
// interval, so that the plugin's job notices an approval within seconds.
import { randomBytes } from "node:crypto"

export const POLL_INTERVAL_SECONDS = 2

export function storeEnv({ database, gateway, port }) {
  const origins = `http://127.0.0.1:${port},http://localhost:${port}`
  return {
    ...medusaEnv(process.env),
    NODE_ENV: "development",
    DATABASE_URL: database.url,
    STORE_CORS: origins,
    ADMIN_CORS: origins,
    AUTH_CORS: origins,
    JWT_SECRET: randomBytes(24).toString("base64url"),
    COOKIE_SECRET: randomBytes(24).toString("base64url"),
    BALOAN_BASE_URL: gateway.baseUrl,
    BALOAN_CLIENT_ID: gateway.clientId,
    BALOAN_CLIENT_SECRET: gateway.clientSecret,
    BALOAN_POLL_INTERVAL_SECONDS: String(POLL_INTERVAL_SECONDS),
    // Scheduled jobs, the plugin's poller among them, run in this mode.
    MEDUSA_WORKER_MODE: "shared",
  }
}

/** The caller's environment without the shopper's details in it. */
export function medusaEnv(env) {
  const {
    BALOAN_DEMO_NATIONAL_CODE: _code,
    BALOAN_DEMO_BIRTHDATE: _birthdate,
    ...rest
  } = env
  return { ...rest, MEDUSA_DISABLE_TELEMETRY: "true" }
}
