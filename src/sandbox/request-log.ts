/** One call as the sandbox received it, for tests to check what was sent. */
export interface RequestLogEntry {
  at: string
  method: string
  path: string
  contentType: string | null
  /** The bearer token sent, or the whole header if it is not one. */
  authorization: string | null
  /** Parsed JSON or form fields; the raw text when it does not parse. */
  body: unknown
  /** Null when no answer was sent: the connection was dropped or closed. */
  status: number | null
  durationMs: number | null
  faultId: number | null
}

/** Enough for any test; older entries are forgotten first. */
const MAX_ENTRIES = 5000

export class RequestLog {
  private entries: RequestLogEntry[] = []

  add(entry: RequestLogEntry): RequestLogEntry {
    entry.body = serialisable(entry.body)
    this.entries.push(entry)
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.shift()
    }
    return entry
  }

  list(): RequestLogEntry[] {
    return this.entries.map((entry) => ({ ...entry }))
  }

  clear(): void {
    this.entries = []
  }
}

/**
 * A body nested too deep for JSON.stringify (a hostile client can send one)
 * would break every later read of the log: keep a note instead.
 */
function serialisable(body: unknown): unknown {
  try {
    JSON.stringify(body)
    return body
  } catch {
    return "[body not serialisable]"
  }
}

/** The line printed per request: never a body, a token or a national code. */
export function formatLogLine(entry: RequestLogEntry): string {
  const result = entry.status === null ? "no answer" : String(entry.status)
  const fault = entry.faultId === null ? "" : ` (fault ${entry.faultId})`
  return `${entry.method} ${entry.path} ${result} ${entry.durationMs ?? "-"}ms${fault}`
}
