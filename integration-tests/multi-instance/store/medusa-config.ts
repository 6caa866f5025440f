// The store of the several-instances test: the published plugin installed
// as a store installs it, one server and two workers on one database, and
// the shared modules that several instances need. Without REDIS_URL the
// locking module uses PostgreSQL and nothing else is shared but the
// database; with it, locking, the event bus and the workflow engine all go
// through Redis, under a key prefix of this run's own.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const gateway = {
  baseUrl: process.env.BALOAN_BASE_URL,
  clientId: process.env.BALOAN_CLIENT_ID,
  clientSecret: process.env.BALOAN_CLIENT_SECRET,
}
const redisUrl = process.env.REDIS_URL
const redisPrefix = process.env.MULTI_REDIS_PREFIX || "baloan-multi"

const lockingProvider = redisUrl
  ? {
      resolve: "@medusajs/medusa/locking-redis",
      id: "locking-redis",
      is_default: true,
      options: { redisUrl, namespace: `${redisPrefix}:lock:` },
    }
  : {
      resolve: "@medusajs/medusa/locking-postgres",
      id: "locking-postgres",
      is_default: true,
    }

// BullMQ puts the prefix in front of every queue key, so two runs (or two
// stores) on one Redis never take each other's jobs.
const queues = {
  queueOptions: { prefix: redisPrefix },
  workerOptions: { prefix: redisPrefix },
}
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl, ...queues },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl, ...queues } },
      },
    ]
  : []

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
  admin: { disable: true },
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
    {
      resolve: "@medusajs/medusa/locking",
      options: { providers: [lockingProvider] },
    },
    ...redisModules,
  ],
})
