import axios, { type AxiosInstance } from "axios"
import { startSandbox, type DaloanSandbox } from "../../src/sandbox"

export type SandboxHandle = {
  url: string
  /** The sandbox's control API, over real HTTP. */
  control: AxiosInstance
  loan(ref: string): Promise<SandboxLoan>
  loans(): Promise<SandboxLoan[]>
  requests(): Promise<SandboxRequest[]>
  /** Acts as the customer confirming the loan in the Blu app. */
  customerApprove(ref: string): Promise<void>
}

export type SandboxLoan = {
  loanApplicationReference: string
  loanApplicationStatus: string
  loanAmount: string | number
  numberOfRepayments: number
  settled: boolean
  settlementCount: number
  approveCount: number
  cancelCount: number
}

export type SandboxRequest = {
  method: string
  path: string
  status: number
  body: unknown
}

export const TEST_CLIENT_ID = "integration-client"
export const TEST_CLIENT_SECRET = "integration-secret-4f1c2a"

/**
 * Starts a sandbox before the Medusa test runner loads the store's config
 * (call it above `medusaIntegrationTestRunner`, so that its `beforeAll`
 * runs first) and points the store's gateway options at it.
 */
export function useSandbox(): SandboxHandle {
  let running: DaloanSandbox | undefined
  const control = axios.create({ validateStatus: () => true })

  beforeAll(async () => {
    running = await startSandbox({
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
    })
    process.env.BALOAN_BASE_URL = running.url
    process.env.BALOAN_CLIENT_ID = TEST_CLIENT_ID
    process.env.BALOAN_CLIENT_SECRET = TEST_CLIENT_SECRET
    process.env.BALOAN_POLL_INTERVAL_SECONDS = "3600"
    control.defaults.baseURL = `${running.url}/__sandbox`
  })

  // Medusa's runner restores the database before each test; the gateway
  // starts each test empty too, so that no test sees another's loans.
  beforeEach(async () => {
    await control.post("/reset")
  })

  afterAll(async () => {
    await running?.close()
  })

  const handle: SandboxHandle = {
    get url() {
      return running?.url ?? ""
    },
    control,
    async loan(ref) {
      const { data, status } = await control.get(`/loans/${ref}`)
      expect(status).toBe(200)
      return unwrap(data, "loan")
    },
    async loans() {
      const { data } = await control.get("/loans")
      return unwrap(data, "loans")
    },
    async customerApprove(ref) {
      const { status } = await control.post(`/loans/${ref}/customer-approve`)
      expect(status).toBe(200)
    },
    async requests() {
      const { data } = await control.get("/requests")
      return unwrap(data, "requests")
    },
  }
  return handle
}

function unwrap<T>(data: unknown, key: string): T {
  const record = data as Record<string, unknown>
  return (record && key in record ? record[key] : data) as T
}
