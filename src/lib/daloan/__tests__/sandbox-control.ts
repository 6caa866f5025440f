import { startSandbox } from "../../../sandbox"

import { DaloanClient } from "../client"
import type { DaloanClientDeps, DaloanClientOptions } from "../types"
import { SILENT_LOGGER } from "./fixtures"

export const CLIENT_ID = "sandbox-client-id"
export const CLIENT_SECRET = "sandbox-client-secret"

export type LoggedRequest = {
  method: string
  path: string
  contentType: string | null
  authorization: string | null
  body: unknown
  status: number
}

export type FaultInput = {
  path: string
  count?: number
  status?: number
  retryAfter?: number | string
  delayMs?: number
  drop?: "before" | "after"
  body?: "malformed" | "html" | "empty"
}

export type SandboxLoan = Record<string, unknown> & {
  loanApplicationStatus: string
  settled: boolean
  settlementCount: number
  approveCount: number
  cancelCount: number
}

/** Drives the sandbox through its documented control API, over HTTP. */
export class SandboxControl {
  constructor(readonly url: string) {}

  async fault(input: FaultInput): Promise<void> {
    await this.send("POST", "/faults", input)
  }

  async requests(path?: string): Promise<LoggedRequest[]> {
    const list: LoggedRequest[] = await this.send("GET", "/requests")
    return path === undefined ? list : list.filter((r) => r.path === path)
  }

  async clearRequests(): Promise<void> {
    await this.send("DELETE", "/requests")
  }

  async expireTokens(): Promise<void> {
    await this.send("POST", "/tokens/expire")
  }

  async customerApprove(ref: string): Promise<void> {
    await this.send(
      "POST",
      `/loans/${encodeURIComponent(ref)}/customer-approve`
    )
  }

  async loans(): Promise<SandboxLoan[]> {
    return this.send("GET", "/loans")
  }

  async loan(ref: string): Promise<SandboxLoan> {
    return this.send("GET", `/loans/${encodeURIComponent(ref)}`)
  }

  async reset(): Promise<void> {
    await this.send("POST", "/reset")
  }

  // The control API's answers are the sandbox's, trusted as typed here.
  private async send<T>(
    method: string,
    path: string,
    body?: unknown
  ): Promise<T> {
    const response = await fetch(`${this.url}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`sandbox control ${method} ${path}: ${response.status}`)
    }
    return (text === "" ? undefined : JSON.parse(text)) as T
  }
}

export type Harness = {
  url: string
  control: SandboxControl
  close(): Promise<void>
}

export async function startHarness(
  options: Parameters<typeof startSandbox>[0] = {}
): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, quiet: true, ...options })
  return {
    url: sandbox.url,
    control: new SandboxControl(sandbox.url),
    close: () => sandbox.close(),
  }
}

/**
 * A sandbox for the whole file, emptied before each test. Its fields are
 * filled when the file's tests start.
 */
export function useHarness(): Harness {
  const harness = {} as Harness

  beforeAll(async () => {
    Object.assign(harness, await startHarness())
  })
  afterAll(async () => {
    await harness.close()
  })
  beforeEach(async () => {
    await harness.control.reset()
  })

  return harness
}

/** Sleeps that only record: retries run without waiting. */
export function recordingSleep(): {
  delays: number[]
  sleep: (ms: number) => Promise<void>
} {
  const delays: number[] = []
  return {
    delays,
    sleep: async (ms: number) => {
      delays.push(ms)
    },
  }
}

export function clientFor(
  url: string,
  options: Partial<DaloanClientOptions> = {},
  deps: DaloanClientDeps = {}
): DaloanClient {
  return new DaloanClient(
    {
      baseUrl: url,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      ...options,
    },
    { logger: SILENT_LOGGER, sleep: async () => undefined, ...deps }
  )
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) {
      return error
    }
    throw new Error("rejected with something that is not an Error")
  }
  throw new Error("expected a failure, the call succeeded")
}
