import { STATUS_CODES } from "node:http"

/**
 * One HTTP answer, built before it is sent so that a fault can replace it
 * after the gateway has acted.
 */
export interface Answer {
  status: number
  contentType: string
  body: string
  headers?: Record<string, string>
}

/**
 * A refusal of the gateway. The document gives no error body; the sandbox
 * answers in the shape of Django REST framework, which the token answer's
 * scope ("read write groups") and the trailing slashes suggest the gateway
 * is built on: `{ "detail": … }`, a list of messages per field, and a plain
 * HTML page for a path that does not exist.
 */
export class GatewayRefusal extends Error {
  constructor(readonly answer: Answer) {
    super(`${answer.status} ${answer.body}`)
    this.name = "GatewayRefusal"
  }
}

export function jsonAnswer(
  status: number,
  value: unknown,
  headers?: Record<string, string>
): Answer {
  return {
    status,
    contentType: "application/json",
    body: JSON.stringify(value),
    headers,
  }
}

export function htmlAnswer(status: number, html: string): Answer {
  return { status, contentType: "text/html; charset=utf-8", body: html }
}

export function detail(status: number, message: string): GatewayRefusal {
  return new GatewayRefusal(jsonAnswer(status, { detail: message }))
}

export function fieldErrors(errors: Record<string, string[]>): GatewayRefusal {
  return new GatewayRefusal(jsonAnswer(400, errors))
}

export function notFoundPage(): Answer {
  return htmlAnswer(
    404,
    '<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n' +
      "</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was " +
      "not found on this server.</p>\n</body>\n</html>\n"
  )
}

export type SpoiledBody = "malformed" | "html" | "empty" | "wrong-shape"

/**
 * The answer of an injected error status: a small JSON error, or the body
 * kind asked for, as a proxy in front of the gateway could send.
 */
export function faultAnswer(
  status: number,
  kind?: SpoiledBody,
  retryAfter?: number | string
): Answer {
  const headers =
    retryAfter === undefined ? undefined : { "Retry-After": String(retryAfter) }
  if (kind) {
    return { ...spoiledAnswer(kind, status), headers }
  }
  const message =
    status === 429
      ? "Request was throttled."
      : (STATUS_CODES[status] ?? "Error")
  return jsonAnswer(status, { detail: message }, headers)
}

/**
 * A body a client cannot use. `malformed` is the real answer with a trailing
 * comma, as in the document's cancel sample, or a body cut short when there
 * is no real answer.
 */
export function spoiledAnswer(
  kind: SpoiledBody,
  status: number,
  real?: Answer
): Answer {
  const reason = STATUS_CODES[status] ?? "Error"
  switch (kind) {
    case "malformed": {
      const body =
        real && /^\{.+\}$/s.test(real.body)
          ? `${real.body.slice(0, -1)},}`
          : '{"detail": '
      return { status, contentType: "application/json", body }
    }
    case "html":
      return htmlAnswer(
        status,
        `<html>\n<head><title>${status} ${reason}</title></head>\n` +
          `<body>\n<h1>${status} ${reason}</h1>\n</body>\n</html>\n`
      )
    case "empty":
      return { status, contentType: "application/json", body: "" }
    case "wrong-shape":
      return jsonAnswer(status, { result: "ok", data: [] })
  }
}
