import axios, { type AxiosInstance } from "axios"

import {
  fakeNationalCode,
  isValidNationalCode,
  startSandbox,
  type DaloanSandbox,
} from ".."
import type { StartSandboxOptions } from "../server"

export const CLIENT_ID = "test-client-id"
export const CLIENT_SECRET = "test-client-secret-0123"

export const PATHS = {
  token: "/auth/token/",
  hasAccount: "/v1/daloan/account/has-account/",
  create: "/v1/daloan/loan/applications/create/",
  approve: "/v1/daloan/loan/applications/approve",
  get: "/v1/daloan/loan/applications/get/",
  settle: "/v1/daloan/loan/applications/settlement/confirm/",
  cancel: "/v1/daloan/loan/applications/cancel/",
}

/** An answer's parsed body, read freely by the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any

export interface Reply {
  status: number
  data: Body
}

export interface Harness {
  sandbox: DaloanSandbox
  /** Never throws on a status: tests read it. */
  http: AxiosInstance
  token(): Promise<string>
  /** Resets the sandbox and forgets the token it had issued. */
  reset(): void
  call(path: string, body: unknown): Promise<Reply>
  createLoan(overrides?: Record<string, unknown>): Promise<string>
  control(
    method: "get" | "post" | "delete",
    path: string,
    body?: unknown
  ): Promise<Reply>
}

/** A checksum-valid code that has a Blu account (its first digit is not 9). */
export function applicantCode(): string {
  for (;;) {
    const code = fakeNationalCode()
    if (!code.startsWith("9")) {
      return code
    }
  }
}

/** A checksum-valid code that starts with `prefix`. */
export function codeStartingWith(prefix: string): string {
  for (;;) {
    const body = (prefix + fakeNationalCode().slice(prefix.length)).slice(0, 9)
    for (let digit = 0; digit < 10; digit++) {
      if (isValidNationalCode(body + digit)) {
        return body + digit
      }
    }
  }
}

export function applicationBody(overrides: Record<string, unknown> = {}) {
  return {
    birthdate: "1990-03-21",
    nationalCode: applicantCode(),
    loanAmount: 250_000_000,
    numberOfRepayments: 12,
    customerContributionAmount: 0,
    ...overrides,
  }
}

export async function startHarness(
  options: StartSandboxOptions = {}
): Promise<Harness> {
  const sandbox = await startSandbox({
    quiet: true,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    ...options,
  })
  const http = axios.create({
    baseURL: sandbox.url,
    validateStatus: () => true,
    // Keep the raw text: some answers are meant not to be JSON.
    transformResponse: [(data) => data],
  })
  let cached: string | undefined

  const parse = (data: string) => {
    try {
      return JSON.parse(data)
    } catch {
      return data
    }
  }

  const harness: Harness = {
    sandbox,
    http,
    async token() {
      if (!cached) {
        const form = new URLSearchParams({
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          grant_type: "client_credentials",
        })
        const answer = await http.post(PATHS.token, form)
        cached = parse(answer.data).access_token as string
      }
      return cached
    },
    reset() {
      sandbox.reset()
      cached = undefined
    },
    async call(path, body) {
      const answer = await http.post(path, body, {
        headers: { Authorization: `Bearer ${await harness.token()}` },
      })
      return { status: answer.status, data: parse(answer.data) }
    },
    async createLoan(overrides) {
      const answer = await harness.call(
        PATHS.create,
        applicationBody(overrides)
      )
      if (answer.status !== 200) {
        throw new Error(`create answered ${answer.status}`)
      }
      return answer.data.loanApplicationRef as string
    },
    async control(method, path, body) {
      const answer = await http.request({
        method,
        url: `/__sandbox${path}`,
        data: body,
      })
      return { status: answer.status, data: parse(answer.data) }
    },
  }
  return harness
}
