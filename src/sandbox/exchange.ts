import type { Request, Response } from "express"

import {
  faultAnswer,
  GatewayRefusal,
  htmlAnswer,
  spoiledAnswer,
  type Answer,
} from "./answers"
import { formatLogLine, type RequestLogEntry } from "./request-log"
import type { SandboxState } from "./state"

export interface SandboxLogger {
  info(message: string): void
}

/** What a documented call does once it reaches the gateway. */
export type Act = (req: Request) => Answer

/**
 * Runs one gateway call: logs it, lets the path's next fault strike, acts,
 * and answers. A fault's parts strike in the order `faults.ts` gives.
 */
export function exchange(state: SandboxState, logger: SandboxLogger, act: Act) {
  return async (req: Request, res: Response): Promise<void> => {
    const fault = state.faults.take(req.path)
    const entry = logRequest(state, logger, req, res, fault?.id ?? null)

    if (fault?.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
    }
    if (fault?.status !== undefined) {
      send(res, faultAnswer(fault.status, fault.body, fault.retryAfter))
      return
    }
    if (fault?.drop === "before") {
      res.socket?.destroy()
      return
    }

    const answer = runAct(act, req, entry)

    if (fault?.drop === "after") {
      res.socket?.destroy()
    } else if (fault?.body) {
      send(res, spoiledAnswer(fault.body, 200, answer))
    } else {
      send(res, answer)
    }
  }
}

/**
 * Adds the call to the request log and prints its line once the exchange
 * ends, answered or not.
 */
export function logRequest(
  state: SandboxState,
  logger: SandboxLogger,
  req: Request,
  res: Response,
  faultId: number | null = null
): RequestLogEntry {
  const started = process.hrtime.bigint()
  const authorization = req.get("authorization") ?? null
  const entry = state.requests.add({
    at: new Date(state.now()).toISOString(),
    method: req.method,
    path: req.path,
    contentType: req.get("content-type") ?? null,
    authorization:
      /^Bearer +(.*)$/i.exec(authorization ?? "")?.[1] ?? authorization,
    body: parseForLog(req),
    status: null,
    durationMs: null,
    faultId,
  })
  res.on("close", () => {
    entry.durationMs = Number((process.hrtime.bigint() - started) / 1_000_000n)
    entry.status = res.writableFinished ? res.statusCode : null
    logger.info(formatLogLine(entry))
  })
  return entry
}

export function send(res: Response, answer: Answer): void {
  res.status(answer.status)
  res.set(answer.headers ?? {})
  res.type(answer.contentType)
  res.send(answer.body)
}

function runAct(act: Act, req: Request, entry: RequestLogEntry): Answer {
  try {
    return act(req)
  } catch (error) {
    if (error instanceof GatewayRefusal) {
      return error.answer
    }
    // A fault of the sandbox itself: answer as a crashed server would.
    entry.body = { sandboxError: (error as Error).message, body: entry.body }
    return htmlAnswer(500, "<h1>Server Error (500)</h1>")
  }
}

function parseForLog(req: Request): unknown {
  const raw = typeof req.body === "string" ? req.body : ""
  if (raw === "") {
    return null
  }
  if (req.is("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(raw))
  }
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}
