// The demo store's configuration: the plugin installed the way a store
// installs it, with the gateway's settings and the rest coming from the
// environment that scripts/demo.mjs prepares for each run.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const gateway = {
  baseUrl: process.env.BALOAN_BASE_URL,
  clientId: process.env.BALOAN_CLIENT_ID,
  clientSecret: process.env.BALOAN_CLIENT_SECRET,
}

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "",
      adminCors: process.env.ADMIN_CORS || "",
      authCors: process.env.AUTH_CORS || "",
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: {
    // The demo serves the admin only with --keep: bundling it costs time
    // that a one-shot run does not need.
    disable: process.env.DEMO_ADMIN !== "true",
  },
  plugins: [{ resolve: "medusa-payment-baloan", options: gateway }],
  modules: [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "medusa-payment-baloan/providers/baloan",
            id: "baloan",
            options: gateway,
          },
        ],
      },
    },
  ],
})
