import axios from "axios"
import type {
  SandboxHandle,
  SandboxLoan,
  SandboxRequest,
} from "../helpers/sandbox"

/** What the customer, the bank or time does to a loan. */
export type LoanAction = "customer-approve" | "customer-refuse" | "expire"

export type LoggedRequest = SandboxRequest & {
  at: string
  authorization: string | null
}

export type SandboxControl = SandboxHandle & {
  act(ref: string, action: LoanAction): Promise<SandboxLoan>
  loggedRequests(): Promise<LoggedRequest[]>
}

/**
 * The sandbox's control API over HTTP, usable from any process: the test
 * and the `medusa exec` script that checks the stray-loan invariant both
 * read the same sandbox through it.
 */
export function sandboxControl(url: string): SandboxControl {
  const control = axios.create({
    baseURL: `${url}/__sandbox`,
    validateStatus: () => true,
  })
  const read = async <T>(path: string): Promise<T> => {
    const { data, status } = await control.get(path)
    if (status !== 200) {
      throw new Error(`sandbox GET ${path} answered ${status}`)
    }
    return data as T
  }
  const loggedRequests = () => read<LoggedRequest[]>("/requests")
  const act = async (ref: string, action: LoanAction) => {
    const { data, status } = await control.post(`/loans/${ref}/${action}`)
    if (status !== 200) {
      throw new Error(`sandbox ${action} of ${ref} answered ${status}`)
    }
    return data as SandboxLoan
  }

  return {
    url,
    control,
    loan: (ref) => read<SandboxLoan>(`/loans/${ref}`),
    loans: () => read<SandboxLoan[]>("/loans"),
    requests: loggedRequests,
    loggedRequests,
    act,
    async customerApprove(ref) {
      await act(ref, "customer-approve")
    },
  }
}
