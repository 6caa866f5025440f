import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import express, { type ErrorRequestHandler, type Express } from "express"

import { CONTROL_PREFIX, controlRouter } from "./control-routes"
import type { SandboxLogger } from "./exchange"
import { gatewayRouter } from "./gateway-routes"
import type { SandboxOptionsInput } from "./options"
import { SandboxState } from "./state"

export interface StartSandboxOptions extends SandboxOptionsInput {
  /** 0, the default, picks a free port. */
  port?: number
  /** Loopback by default: the control API has no authentication. */
  host?: string
  /** No request lines on stdout. */
  quiet?: boolean
  /** Where the request lines go; stdout by default. */
  logger?: SandboxLogger
  /** The clock tokens expire by, in milliseconds. */
  now?: () => number
}

export function createSandboxApp(
  state: SandboxState,
  logger: SandboxLogger
): Express {
  const app = express()
  app.disable("x-powered-by")
  app.set("etag", false)
  app.use(CONTROL_PREFIX, controlRouter(state))
  app.use(gatewayRouter(state, logger))
  app.use(answerUnreadableBody)
  return app
}

/**
 * Body-parser failures (too large, an unknown encoding or charset) answer
 * in the gateway's error style instead of Express's HTML page, which would
 * show a stack trace.
 */
const answerUnreadableBody: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) {
    return next(error)
  }
  const status =
    typeof error?.status === "number" &&
    error.status >= 400 &&
    error.status < 500
      ? error.status
      : 400
  res.status(status).json({ detail: "The request body could not be read." })
}

export async function listen(
  app: Express,
  port: number,
  host: string
): Promise<{ server: Server; url: string; port: number }> {
  const server = createServer(app)
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = host.includes(":") ? `[${host}]` : host
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
  }
}

/** Stops listening and ends open connections, hung ones included. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    server.closeAllConnections()
  })
}

export const STDOUT_LOGGER: SandboxLogger = {
  info: (line) => {
    process.stdout.write(`${line}\n`)
  },
}

export const SILENT_LOGGER: SandboxLogger = { info: () => undefined }
