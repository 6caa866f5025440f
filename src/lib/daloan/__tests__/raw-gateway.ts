import { createServer, type IncomingMessage, type Server } from "http"
import type { AddressInfo } from "net"

export type RawAnswer = {
  status: number
  body: string
  contentType?: string
}

export type RawRequest = {
  path: string
  headers: IncomingMessage["headers"]
  body: string
}

/**
 * A bare HTTP server for answers the sandbox cannot give (an error message
 * that echoes what it was sent, a header to read back). Loopback only.
 */
export async function startRawGateway(
  answer: (request: RawRequest) => RawAnswer
): Promise<{ url: string; seen: RawRequest[]; close(): Promise<void> }> {
  const seen: RawRequest[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const request = {
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      }
      seen.push(request)
      const reply = answer(request)
      res.writeHead(reply.status, {
        "content-type": reply.contentType ?? "application/json",
      })
      res.end(reply.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
