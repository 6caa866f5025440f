export type FetchedToken = { accessToken: string; expiresInMs: number }

const MAX_EARLY_REFRESH_MS = 60_000

/**
 * Holds the bearer token in private fields, so that neither JSON.stringify
 * nor util.inspect of the client ever shows it, and shares one fetch among
 * every caller that needs a token while it is in flight.
 */
export class TokenCache {
  readonly #fetch: () => Promise<FetchedToken>
  readonly #now: () => number
  #value: string | null = null
  #refreshAt = 0
  #pending: Promise<string> | null = null

  constructor(fetch: () => Promise<FetchedToken>, now: () => number) {
    this.#fetch = fetch
    this.#now = now
  }

  get(): Promise<string> {
    if (this.#value !== null && this.#now() < this.#refreshAt) {
      return Promise.resolve(this.#value)
    }
    this.#pending ??= this.#refresh()
    return this.#pending
  }

  /**
   * Forgets the token the gateway refused. Another caller may already have
   * replaced it with a fresh one: that one is kept.
   */
  invalidate(refused: string | undefined): void {
    if (refused !== undefined && this.#value === refused) {
      this.#value = null
    }
  }

  /** The cached token, for masking it; never to send. */
  peek(): string | null {
    return this.#value
  }

  async #refresh(): Promise<string> {
    // Counted from before the request: the gateway's clock started no later.
    const requestedAt = this.#now()
    try {
      const { accessToken, expiresInMs } = await this.#fetch()
      const early = Math.min(MAX_EARLY_REFRESH_MS, expiresInMs * 0.1)
      this.#value = accessToken
      this.#refreshAt = requestedAt + expiresInMs - early
      return accessToken
    } finally {
      this.#pending = null
    }
  }
}
