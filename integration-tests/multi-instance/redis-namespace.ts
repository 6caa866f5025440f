import { randomBytes } from "node:crypto"
import Redis from "ioredis"

export type RedisNamespace = {
  /** Put before every key the store's Redis modules write. */
  prefix: string
  /** Deletes this run's keys, and only those. */
  remove(): Promise<number>
}

/**
 * A key prefix of this run's own on a shared Redis: the queues of the
 * event bus and the workflow engine and the locks all live under it, so
 * that another run or store on the same Redis neither sees nor takes them.
 */
export function createRedisNamespace(redisUrl: string): RedisNamespace {
  const prefix = `baloan-multi-${randomBytes(4).toString("hex")}`

  return {
    prefix,
    async remove() {
      const redis = new Redis(redisUrl, { lazyConnect: true })
      await redis.connect()
      let removed = 0
      try {
        let cursor = "0"
        do {
          const [next, keys] = await redis.scan(
            cursor,
            "MATCH",
            `${prefix}:*`,
            "COUNT",
            500
          )
          cursor = next
          if (keys.length) {
            removed += await redis.del(...keys)
          }
        } while (cursor !== "0")
      } finally {
        redis.disconnect()
      }
      return removed
    },
  }
}
