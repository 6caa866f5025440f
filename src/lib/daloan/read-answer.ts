export type ReadAnswer =
  | { ok: true; value: unknown }
  | { ok: false; reason: string }

/**
 * Parses a 2xx body by hand rather than trusting the content type: proxies in
 * front of the gateway answer maintenance pages as HTML with status 200.
 */
export function readJsonAnswer(body: string): ReadAnswer {
  const text = body.trim()
  if (text === "") {
    return { ok: false, reason: "the answer is empty" }
  }
  if (text.startsWith("<")) {
    return { ok: false, reason: "the answer is HTML, not JSON" }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, reason: "the answer is not valid JSON" }
  }
}
