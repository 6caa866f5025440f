import type { LoanAction } from "./control-routes"
import type { Fault, FaultInput } from "./faults"
import type { RequestLogEntry } from "./request-log"
import {
  closeServer,
  createSandboxApp,
  listen,
  SILENT_LOGGER,
  STDOUT_LOGGER,
  type StartSandboxOptions,
} from "./server"
import { SandboxState, type LoanView } from "./state"

export { CONTROL_PREFIX } from "./control-routes"
export { SandboxControlError } from "./control-error"
export { ENDPOINT_PATHS, type EndpointName } from "./endpoints"
export type { SandboxLogger } from "./exchange"
export type { Fault, FaultInput } from "./faults"
export { fakeNationalCode, isValidNationalCode } from "./national-code"
export type { RequestLogEntry } from "./request-log"
export { createSandboxApp, type StartSandboxOptions } from "./server"
export { SandboxState, type LoanView } from "./state"
export { LOAN_STATUSES, type LoanStatus } from "./statuses"

/**
 * A running sandbox. Besides its URL it offers, in the same process, what
 * the control API offers over HTTP.
 */
export interface DaloanSandbox {
  /** The base URL a client is configured with, without a trailing slash. */
  url: string
  port: number
  state: SandboxState
  close(): Promise<void>
  loans(): LoanView[]
  loan(ref: string): LoanView
  customerApprove(ref: string): LoanView
  customerRefuse(ref: string): LoanView
  bankCancel(ref: string): LoanView
  expire(ref: string): LoanView
  expireTokens(): void
  addFault(fault: FaultInput): Fault
  clearFaults(): void
  requests(): RequestLogEntry[]
  clearRequests(): void
  reset(): void
}

/** Starts the sandbox on a real port of this machine. */
export async function startSandbox(
  options: StartSandboxOptions = {}
): Promise<DaloanSandbox> {
  const { port = 0, host = "127.0.0.1", quiet, logger, now, ...rest } = options
  const state = new SandboxState(rest, now)
  const app = createSandboxApp(
    state,
    logger ?? (quiet ? SILENT_LOGGER : STDOUT_LOGGER)
  )
  const running = await listen(app, port, host)
  const { loans } = state
  const view =
    (action: "find" | LoanAction) =>
    (ref: string): LoanView =>
      state.view(loans[action](ref))

  return {
    url: running.url,
    port: running.port,
    state,
    close: () => closeServer(running.server),
    loans: () => loans.list().map((loan) => state.view(loan)),
    loan: view("find"),
    customerApprove: view("customerApprove"),
    customerRefuse: view("customerRefuse"),
    bankCancel: view("bankCancel"),
    expire: view("expire"),
    expireTokens: () => state.tokens.expireAll(),
    addFault: (fault) => state.addFault(fault),
    clearFaults: () => state.faults.clear(),
    requests: () => state.requests.list(),
    clearRequests: () => state.requests.clear(),
    reset: () => state.reset(),
  }
}
