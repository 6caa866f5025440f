import type { z } from "zod"

import type { DaloanCall } from "./calls"
import { callLabel, GatewayExchange, type Payload } from "./gateway-exchange"
import { checkPerson, checkPlan, checkReference } from "./input-checks"
import { resolveOptions, type ResolvedOptions } from "./options"
import { decideRetry } from "./retry-policy"
import {
  approveAnswerSchema,
  cancelAnswerSchema,
  createAnswerSchema,
  hasAccountAnswerSchema,
  loanApplicationSchema,
  settlementAnswerSchema,
  tokenAnswerSchema,
} from "./schemas"
import { type FetchedToken, TokenCache } from "./token-cache"
import type {
  DaloanClientDeps,
  DaloanClientOptions,
  DaloanLoanApplication,
  DaloanLogger,
} from "./types"

const JSON_TYPE = "application/json"
const FORM_TYPE = "application/x-www-form-urlencoded"

type CallExtras = {
  /** Logged with the call: a loan reference is not personal. */
  ref?: string
  /** Input values that no error message may repeat. */
  sensitive?: string[]
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function json(body: Record<string, unknown>): Payload {
  return { data: JSON.stringify(body), contentType: JSON_TYPE }
}

/**
 * The Daloan gateway, one instance per set of credentials. Every field is
 * private (#): the client secret and the token never show in JSON.stringify
 * or util.inspect of the client.
 */
export class DaloanClient {
  readonly #options: ResolvedOptions
  readonly #exchange: GatewayExchange
  readonly #tokens: TokenCache
  readonly #logger: DaloanLogger | undefined
  readonly #sleep: (ms: number) => Promise<void>
  readonly #now: () => number
  readonly #random: () => number

  constructor(options: DaloanClientOptions, deps: DaloanClientDeps = {}) {
    this.#options = resolveOptions(options)
    this.#logger = deps.logger
    this.#sleep = deps.sleep ?? realSleep
    this.#now = deps.now ?? Date.now
    this.#random = deps.random ?? Math.random
    this.#exchange = new GatewayExchange(this.#options, {
      now: this.#now,
      log: (line) => this.#logger?.debug(line),
    })
    this.#tokens = new TokenCache(() => this.#fetchToken(), this.#now)
  }

  async hasAccount(input: {
    nationalCode: string
    birthdate: string
  }): Promise<{ hasBluAccount: boolean }> {
    checkPerson("hasAccount", input)

    const answer = await this.#call(
      "hasAccount",
      json({ birthdate: input.birthdate, nationalCode: input.nationalCode }),
      hasAccountAnswerSchema,
      { sensitive: [input.nationalCode, input.birthdate] }
    )
    return { hasBluAccount: answer.hasBluAccount }
  }

  async createLoanApplication(input: {
    nationalCode: string
    birthdate: string
    loanAmount: number
    numberOfRepayments: number
  }): Promise<{ loanApplicationRef: string; whiteListCode: string | null }> {
    checkPerson("createLoanApplication", input)
    checkPlan("createLoanApplication", input)

    // The document: customerContributionAmount "always should be 0".
    const answer = await this.#call(
      "createLoanApplication",
      json({
        birthdate: input.birthdate,
        nationalCode: input.nationalCode,
        loanAmount: input.loanAmount,
        numberOfRepayments: input.numberOfRepayments,
        customerContributionAmount: 0,
      }),
      createAnswerSchema,
      { sensitive: [input.nationalCode, input.birthdate] }
    )
    return {
      loanApplicationRef: answer.loanApplicationRef,
      whiteListCode: answer.whiteListCode,
    }
  }

  async approveLoanApplication(
    ref: string
  ): Promise<{ requestId: string; loanApplicationRef: string }> {
    const loanApplicationRef = checkReference("approveLoanApplication", ref)

    const answer = await this.#call(
      "approveLoanApplication",
      json({ loanApplicationRef }),
      approveAnswerSchema,
      { ref: loanApplicationRef }
    )
    return {
      requestId: answer.requestId,
      loanApplicationRef: answer.loanApplicationRef,
    }
  }

  async getLoanApplication(ref: string): Promise<DaloanLoanApplication> {
    const loanApplicationRef = checkReference("getLoanApplication", ref)

    // Another loan's record would be applied to this one: refuse it.
    const schema = loanApplicationSchema.refine(
      (record) => record.loanApplicationReference === loanApplicationRef,
      { path: ["loanApplicationReference"] }
    )
    return this.#call(
      "getLoanApplication",
      json({ loanApplicationRef }),
      schema,
      { ref: loanApplicationRef }
    )
  }

  async confirmSettlement(ref: string): Promise<void> {
    const loanApplicationRef = checkReference("confirmSettlement", ref)

    await this.#call(
      "confirmSettlement",
      json({ loanApplicationRef }),
      settlementAnswerSchema,
      { ref: loanApplicationRef }
    )
  }

  async cancelLoanApplication(
    ref: string
  ): Promise<{ loanApplicationRef: string; loanApplicationStatus: string }> {
    const loanApplicationRef = checkReference("cancelLoanApplication", ref)

    const answer = await this.#call(
      "cancelLoanApplication",
      json({ loanApplicationRef }),
      cancelAnswerSchema,
      { ref: loanApplicationRef }
    )
    return {
      loanApplicationRef:
        answer.loanApplicationReference ??
        answer.loanApplicationRef ??
        loanApplicationRef,
      loanApplicationStatus: answer.loanApplicationStatus,
    }
  }

  async #fetchToken(): Promise<FetchedToken> {
    const form = new URLSearchParams({
      client_id: this.#options.clientId,
      client_secret: this.#options.clientSecret,
      grant_type: "client_credentials",
    })
    const answer = await this.#call(
      "token",
      { data: form.toString(), contentType: FORM_TYPE },
      tokenAnswerSchema,
      {}
    )
    return {
      accessToken: answer.access_token,
      expiresInMs: answer.expires_in * 1000,
    }
  }

  /**
   * The one retry layer: attempts, asks decideRetry, sleeps. A token fetch
   * that fails ends the call at once, since it already ran its own retries.
   */
  async #call<S extends z.ZodType>(
    call: DaloanCall,
    payload: Payload,
    schema: S,
    extras: CallExtras
  ): Promise<z.output<S>> {
    let attempt = 1
    let tokenRefreshed = false

    for (;;) {
      const token = call === "token" ? undefined : await this.#tokens.get()
      try {
        return await this.#exchange.run({
          call,
          payload,
          schema,
          token,
          attempt,
          ref: extras.ref,
          sensitive: this.#sensitive(token, extras.sensitive),
        })
      } catch (error) {
        const decision = decideRetry({
          call,
          error,
          attempt,
          maxRetries: this.#options.maxRetries,
          random: this.#random(),
          tokenRefreshed,
        })
        if (!decision.retry) {
          throw error
        }
        if (decision.refreshToken) {
          tokenRefreshed = true
          this.#tokens.invalidate(token)
          this.#debug(call, extras, "token refused, fetching a fresh one")
        } else {
          attempt += 1
          this.#debug(call, extras, `retrying in ${decision.delayMs} ms`)
        }
        if (decision.delayMs > 0) {
          await this.#sleep(decision.delayMs)
        }
      }
    }
  }

  #sensitive(token: string | undefined, extra: string[] = []): string[] {
    const values = [
      this.#options.clientSecret,
      this.#options.clientId,
      token,
      this.#tokens.peek(),
      ...extra,
    ]
    return values.filter((value): value is string => typeof value === "string")
  }

  #debug(call: DaloanCall, extras: CallExtras, what: string): void {
    this.#logger?.debug(`${callLabel(call, extras.ref)}: ${what}`)
  }
}
