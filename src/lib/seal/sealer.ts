import crypto from "node:crypto"

const VERSION = "v1"
const IV_BYTES = 12
const TAG_BYTES = 16

export type Sealer = {
  seal(value: unknown, ttlMs: number): string
  open<T>(sealed: unknown): T | null
}

type Envelope = { value: unknown; expiresAt: number }

/**
 * Seals short-lived personal data (AES-256-GCM) so that it can cross
 * Medusa's session workflow, which stores whatever it is given, without
 * being readable there. The key is derived from the gateway's client
 * secret, which the module and the provider already share.
 */
export function createSealer(
  secret: string,
  now: () => number = Date.now
): Sealer {
  const key = Buffer.from(
    crypto.hkdfSync(
      "sha256",
      secret,
      "medusa-payment-baloan",
      "session-details",
      32
    )
  )

  return {
    seal(value, ttlMs) {
      const iv = crypto.randomBytes(IV_BYTES)
      const cipher = crypto.createCipheriv("aes-256-gcm", key, iv)
      const envelope: Envelope = { value, expiresAt: now() + ttlMs }
      const body = Buffer.concat([
        cipher.update(JSON.stringify(envelope), "utf8"),
        cipher.final(),
      ])
      const sealed = Buffer.concat([iv, cipher.getAuthTag(), body])
      return `${VERSION}.${sealed.toString("base64url")}`
    },

    open<T>(sealed: unknown): T | null {
      if (typeof sealed !== "string" || !sealed.startsWith(`${VERSION}.`)) {
        return null
      }
      try {
        const raw = Buffer.from(sealed.slice(VERSION.length + 1), "base64url")
        const iv = raw.subarray(0, IV_BYTES)
        const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES)
        const decipher = crypto.createDecipheriv("aes-256-gcm", key, iv)
        decipher.setAuthTag(tag)
        const text = Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString("utf8")
        const envelope = JSON.parse(text) as Envelope
        return envelope.expiresAt >= now() ? (envelope.value as T) : null
      } catch {
        return null
      }
    },
  }
}
