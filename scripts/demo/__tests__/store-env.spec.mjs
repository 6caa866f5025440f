import { describe, expect, it } from "@jest/globals"
import { medusaEnv, storeEnv } from "../store-env.mjs"

const GATEWAY = {
  baseUrl: "http://127.0.0.1:4100",
  clientId: "demo-id",
  clientSecret: "demo-secret",
}

describe("store environment", () => {
  it("leaves the operator's own details out of Medusa's processes", () => {
    const env = medusaEnv({
      PATH: "/usr/bin",
      BALOAN_DEMO_NATIONAL_CODE: "1234567891",
      BALOAN_DEMO_BIRTHDATE: "1370/06/31",
    })
    expect(env.PATH).toBe("/usr/bin")
    expect(JSON.stringify(env)).not.toContain("1234567891")
    expect(JSON.stringify(env)).not.toContain("1370/06/31")
  })

  it("hands the store the gateway, the database and its own origin", () => {
    const env = storeEnv({
      database: { url: "postgres://localhost:5432/baloan_demo_x" },
      gateway: GATEWAY,
      port: 4200,
    })
    expect(env).toMatchObject({
      DATABASE_URL: "postgres://localhost:5432/baloan_demo_x",
      BALOAN_BASE_URL: GATEWAY.baseUrl,
      BALOAN_CLIENT_ID: GATEWAY.clientId,
      BALOAN_CLIENT_SECRET: GATEWAY.clientSecret,
      MEDUSA_WORKER_MODE: "shared",
      MEDUSA_DISABLE_TELEMETRY: "true",
    })
    expect(env.STORE_CORS.split(",")).toContain("http://127.0.0.1:4200")
  })

  it("draws fresh secrets for every store", () => {
    const args = { database: { url: "" }, gateway: GATEWAY, port: 4200 }
    const first = storeEnv(args)
    const second = storeEnv(args)
    expect(first.JWT_SECRET).not.toBe(second.JWT_SECRET)
    expect(first.COOKIE_SECRET).not.toBe(second.COOKIE_SECRET)
  })
})
