import { inspect } from "util"

import { DaloanClient } from "../client"
import { DALOAN_PATHS } from "../calls"
import { DaloanError } from "../errors"
import { BAD_CHECKSUM, BIRTHDATE, HOLDER, NON_HOLDER } from "./fixtures"
import { type RawRequest, startRawGateway } from "./raw-gateway"
import {
  CLIENT_ID,
  failureOf,
  type Harness,
  startHarness,
} from "./sandbox-control"

const FAKE_SECRET = "Fake-Secret-7Qx2-Only-For-Tests"
const WRONG_SECRET = "Wrong-Secret-9Kd4-Only-For-Tests"
const RAW_TOKEN = "Raw-Token-5Zp8-Only-For-Tests"

const PERSON = { nationalCode: HOLDER, birthdate: BIRTHDATE }
const LOAN = { ...PERSON, loanAmount: 12_000_000, numberOfRepayments: 6 }

type Echo = (request: RawRequest) => {
  status: number
  body: string
  contentType?: string
}

// Each raw answer throws back what a careless gateway might: the request's
// own national code, birth date, token or secret.
const ECHOES: Record<string, Echo> = {
  "400 echoing the national code": (r) => ({
    status: 400,
    body: JSON.stringify({ message: `bad ${JSON.parse(r.body).nationalCode}` }),
  }),
  "400 echoing the birth date": (r) => ({
    status: 400,
    body: JSON.stringify({ detail: `born ${JSON.parse(r.body).birthdate}` }),
  }),
  "401 echoing the bearer token": (r) => ({
    status: 401,
    body: JSON.stringify({ error: `refused ${r.headers.authorization}` }),
  }),
  "429 echoing the token alone": () => ({
    status: 429,
    body: JSON.stringify({ message: `slow ${RAW_TOKEN}` }),
  }),
  "503 in plain text with the secret": () => ({
    status: 503,
    body: `down; client_secret=${FAKE_SECRET}`,
    contentType: "text/plain",
  }),
  "500 dumping the whole request": (r) => ({
    status: 500,
    body: `${r.body} ${JSON.stringify(r.headers)}`,
    contentType: "text/plain",
  }),
  "200 whose fields carry the national code": (r) => ({
    status: 200,
    body: JSON.stringify({
      hasBluAccount: JSON.parse(r.body).nationalCode,
      loanApplicationRef: `ref ${JSON.parse(r.body).nationalCode}`,
    }),
  }),
  "200 HTML page quoting the body": (r) => ({
    status: 200,
    body: `<html><body>${r.body}</body></html>`,
    contentType: "text/html",
  }),
}

function tokenAnswer(): { status: number; body: string } {
  return {
    status: 200,
    body: JSON.stringify({ access_token: RAW_TOKEN, expires_in: 1800 }),
  }
}

describe("DaloanClient: no secret or personal data in any error or log line", () => {
  const forbidden = [
    FAKE_SECRET,
    WRONG_SECRET,
    RAW_TOKEN,
    HOLDER,
    NON_HOLDER,
    BAD_CHECKSUM,
    BIRTHDATE,
  ]
  const errors: Array<{ label: string; error: Error }> = []
  const lines: string[] = []
  const logger = {
    debug: (line: string) => lines.push(line),
    info: (line: string) => lines.push(line),
    warn: (line: string) => lines.push(line),
    error: (line: string) => lines.push(line),
  }
  let harness: Harness

  const client = (url: string, secret = FAKE_SECRET, timeoutMs = 2_000) =>
    new DaloanClient(
      {
        baseUrl: url,
        clientId: CLIENT_ID,
        clientSecret: secret,
        maxRetries: 1,
        timeoutMs,
      },
      { logger, sleep: async () => undefined }
    )

  async function collect(label: string, promise: Promise<unknown>) {
    errors.push({ label, error: await failureOf(promise) })
  }

  beforeAll(async () => {
    harness = await startHarness({ clientSecret: FAKE_SECRET })
  })
  afterAll(async () => {
    await harness.close()
  })

  it("collects an error from every path, through the sandbox", async () => {
    const sandbox = client(harness.url)
    const { loanApplicationRef } = await sandbox.createLoanApplication(LOAN)
    const { control } = harness
    forbidden.push(
      ...(await control.requests())
        .map((entry) => String(entry.authorization ?? ""))
        .map((value) => value.replace(/^Bearer\s+/i, ""))
        .filter((value) => value.length >= 8)
    )

    await collect(
      "400",
      sandbox.createLoanApplication({ ...LOAN, nationalCode: NON_HOLDER })
    )
    await collect(
      "400 checksum",
      sandbox.hasAccount({ ...PERSON, nationalCode: BAD_CHECKSUM })
    )
    await collect("401", client(harness.url, WRONG_SECRET).hasAccount(PERSON))
    await collect("404", sandbox.getLoanApplication("LN_99999999999"))
    for (const status of [429, 503, 500]) {
      await control.fault({ path: DALOAN_PATHS.hasAccount, status, count: 2 })
      await collect(`${status}`, sandbox.hasAccount(PERSON))
    }
    for (const body of ["malformed", "html", "empty"] as const) {
      await control.fault({ path: DALOAN_PATHS.createLoanApplication, body })
      await collect(body, sandbox.createLoanApplication(LOAN))
    }
    for (const drop of ["before", "after"] as const) {
      await control.fault({ path: DALOAN_PATHS.createLoanApplication, drop })
      await collect(`drop ${drop}`, sandbox.createLoanApplication(LOAN))
    }
    await control.fault({
      path: DALOAN_PATHS.hasAccount,
      delayMs: 600,
      count: 2,
    })
    await collect(
      "timeout",
      client(harness.url, FAKE_SECRET, 150).hasAccount(PERSON)
    )
    await collect(
      "invalid input",
      sandbox.createLoanApplication({ ...LOAN, loanAmount: -1 })
    )
    await collect(
      "settle not established",
      sandbox.confirmSettlement(loanApplicationRef)
    )

    expect(errors.length).toBeGreaterThanOrEqual(15)
  })

  it("collects an error from every echoing answer of a raw gateway", async () => {
    for (const [label, echo] of Object.entries(ECHOES)) {
      const raw = await startRawGateway((request) =>
        request.path === DALOAN_PATHS.token ? tokenAnswer() : echo(request)
      )
      const rawClient = client(raw.url)
      await collect(`${label}: hasAccount`, rawClient.hasAccount(PERSON))
      await collect(`${label}: create`, rawClient.createLoanApplication(LOAN))
      await raw.close()
    }

    const refused = await startRawGateway(tokenAnswer)
    await refused.close()
    await collect("refused", client(refused.url).hasAccount(PERSON))
    await collect(
      "bad options",
      Promise.resolve().then(
        () =>
          new DaloanClient({
            baseUrl: "ftp://x",
            clientId: CLIENT_ID,
            clientSecret: FAKE_SECRET,
          })
      )
    )

    expect(errors.length).toBeGreaterThanOrEqual(30)
  })

  it("finds none of them in a message, String, JSON or inspect of any error", () => {
    const leaks: string[] = []
    for (const { label, error } of errors) {
      expect(error).toBeInstanceOf(DaloanError)
      const shown = [
        error.message,
        String(error),
        JSON.stringify(error),
        inspect(error, { depth: 10, showHidden: true }),
      ].join("\n")
      for (const value of forbidden) {
        if (shown.includes(value)) {
          leaks.push(`${label} shows ${value.slice(0, 3)}…`)
        }
      }
    }
    expect(leaks).toEqual([])
  })

  it("finds none of them in the log lines, which name the calls", () => {
    expect(lines.length).toBeGreaterThan(20)
    const leaky = lines.filter((line) =>
      forbidden.some((value) => line.includes(value))
    )
    expect(leaky).toEqual([])
  })
})
