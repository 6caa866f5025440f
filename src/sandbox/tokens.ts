import { randomBytes } from "node:crypto"

/** Issued access tokens, each valid until its expiry by the sandbox's clock. */
export class TokenStore {
  /** Token → the time it expires, in milliseconds of `now`. */
  private tokens = new Map<string, number>()

  constructor(private readonly now: () => number) {}

  issue(ttlSeconds: number): string {
    const token = randomBytes(24).toString("base64url").slice(0, 30)
    this.tokens.set(token, this.now() + ttlSeconds * 1000)
    return token
  }

  isValid(token: string): boolean {
    const expiresAt = this.tokens.get(token)
    if (expiresAt === undefined) {
      return false
    }
    if (expiresAt <= this.now()) {
      this.tokens.delete(token)
      return false
    }
    return true
  }

  /** Every token issued so far stops working now. */
  expireAll(): void {
    this.tokens.clear()
  }
}
