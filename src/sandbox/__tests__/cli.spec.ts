import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import axios from "axios"

const ROOT = path.resolve(__dirname, "../../..")

/** Runs the command line through ts-node, as the built bin runs it. */
function runCli(args: string[]): ChildProcess {
  const tsNode = require.resolve("ts-node/dist/bin.js", { paths: [ROOT] })
  return spawn(process.execPath, [tsNode, "src/sandbox/cli.ts", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  })
}

function waitFor(child: ChildProcess, pattern: RegExp): Promise<string> {
  let seen = ""
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern}: ${seen}`)),
      15_000
    )
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString()
      const match = pattern.exec(seen)
      if (match) {
        clearTimeout(timer)
        resolve(match[1] ?? match[0])
      }
    })
    child.once("exit", () => reject(new Error(`exited: ${seen}`)))
  })
}

describe("the sandbox's command line", () => {
  let child: ChildProcess | undefined

  afterEach(() => {
    if (child && child.exitCode === null) {
      child.kill("SIGKILL")
    }
  })

  it("serves with the credentials given, prints each call, and stops on SIGTERM", async () => {
    child = runCli([
      "--port",
      "0",
      "--client-id",
      "cli-client",
      "--client-secret",
      "cli-secret",
      "--token-ttl",
      "90",
    ])
    const url = await waitFor(child, /listening at (http:\/\/127\.0\.0\.1:\d+)/)
    const form = new URLSearchParams({
      client_id: "cli-client",
      client_secret: "cli-secret",
      grant_type: "client_credentials",
    })

    const answer = await axios.post(`${url}/auth/token/`, form)
    await waitFor(child, /POST \/auth\/token\/ 200 \d+ms/)
    const exited = new Promise((resolve) => child?.once("exit", resolve))
    child.kill("SIGTERM")

    expect(answer.data.expires_in).toBe(90)
    expect(await exited).toBe(0)
  }, 30_000)

  it("refuses a port that is not a number", async () => {
    child = runCli(["--port", "http"])
    let stderr = ""
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()))

    const code = await new Promise((resolve) => child?.once("exit", resolve))

    expect(code).toBe(1)
    expect(stderr).toContain("--port must be a whole number")
  }, 30_000)
})
