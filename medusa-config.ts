// The store the integration tests run: this plugin's `src` loaded as the
// project, its module and provider registered the way a store registers
// the published package (see the README), against the gateway at
// BALOAN_BASE_URL (the tests point it at the sandbox).
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const gateway = {
  baseUrl: process.env.BALOAN_BASE_URL,
  clientId: process.env.BALOAN_CLIENT_ID,
  clientSecret: process.env.BALOAN_CLIENT_SECRET,
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET || "integration-tests-only",
      cookieSecret: process.env.COOKIE_SECRET || "integration-tests-only",
    },
  },
  modules: [
    { resolve: "./src/modules/baloan", options: gateway },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          { resolve: "./src/providers/baloan", id: "baloan", options: gateway },
        ],
      },
    },
  ],
})
