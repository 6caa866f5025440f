// The building blocks of `npm run demo` (ES modules under scripts/), which
// this test reuses to build and run its store. Jest loads this suite as
// CommonJS, so they come in through dynamic imports, typed here for what
// the test uses of them.
import path from "node:path"
import { pathToFileURL } from "node:url"

export type ExitResult = {
  code: number | null
  signal?: string | null
  error?: Error
}

/** A child process in a process group of its own, stopped by its pid. */
export type ProcessGroup = {
  pid: number | undefined
  exited: Promise<ExitResult>
  stop(): Promise<void>
}

type CommandOptions = {
  cwd: string
  env: NodeJS.ProcessEnv
  logFile: string
}

export type DemoDatabase = {
  name: string
  url: string
  embedded: boolean
  remove(): Promise<void>
}

export type DemoGateway = {
  baseUrl: string
  clientId: string
  clientSecret: string
  close(): Promise<void>
}

export type Teardown = {
  add(label: string, undo: () => Promise<unknown>): void
  run(onError?: (label: string, error: Error) => void): Promise<void>
}

export type DemoModules = {
  isBuildCurrent(repoDir: string): boolean
  runMedusa(args: string[], options: CommandOptions): Promise<void>
  startMedusa(args: string[], options: CommandOptions): ProcessGroup
  tailOf(logFile: string, lines?: number): string
  createDemoDatabase(options: {
    log: (line: string) => void
  }): Promise<DemoDatabase>
  startSandboxGateway(repoDir: string): Promise<DemoGateway>
  createStoreDir(repoDir: string): Promise<string>
  installPlugin(options: {
    repoDir: string
    storeDir: string
    tempDir: string
    logFile: string
  }): Promise<void>
  storeEnv(options: {
    database: DemoDatabase
    gateway: DemoGateway
    port: number
  }): Record<string, string>
  freePort(): Promise<number>
  createTeardown(): Teardown
}

const SCRIPTS_DIR = path.resolve(__dirname, "../../scripts")

async function load(file: string): Promise<Record<string, unknown>> {
  return import(pathToFileURL(path.join(SCRIPTS_DIR, file)).href)
}

export async function loadDemoModules(): Promise<DemoModules> {
  // One after the other: jest's module linker loses track of a CommonJS
  // package (pg) that two ES modules import at the same time.
  const build = await load("demo/plugin-build.mjs")
  const cli = await load("demo/medusa-cli.mjs")
  const processes = await load("demo/processes.mjs")
  const database = await load("demo/database.mjs")
  const postgres = await load("lib/postgres.mjs")
  const sandbox = await load("demo/sandbox.mjs")
  const setup = await load("demo/store-setup.mjs")
  const env = await load("demo/store-env.mjs")
  const teardown = await load("demo/teardown.mjs")
  type Demo = DemoModules
  return {
    isBuildCurrent: build.isBuildCurrent as Demo["isBuildCurrent"],
    runMedusa: cli.runMedusa as Demo["runMedusa"],
    startMedusa: cli.startMedusa as Demo["startMedusa"],
    tailOf: processes.tailOf as Demo["tailOf"],
    createDemoDatabase:
      database.createDemoDatabase as Demo["createDemoDatabase"],
    startSandboxGateway:
      sandbox.startSandboxGateway as Demo["startSandboxGateway"],
    createStoreDir: setup.createStoreDir as Demo["createStoreDir"],
    installPlugin: setup.installPlugin as Demo["installPlugin"],
    storeEnv: env.storeEnv as Demo["storeEnv"],
    freePort: postgres.freePort as Demo["freePort"],
    createTeardown: teardown.createTeardown as Demo["createTeardown"],
  }
}
