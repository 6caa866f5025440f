import { detail, GatewayRefusal, jsonAnswer } from "./answers"
import { SandboxControlError } from "./control-error"
import { FaultQueue, faultSchema, type Fault, type FaultInput } from "./faults"
import { LoanStore, type Loan, type NewLoan } from "./loans"
import {
  describeIssues,
  parseSandboxOptions,
  type SandboxOptions,
  type SandboxOptionsInput,
} from "./options"
import { loanRecord } from "./records"
import { RequestLog } from "./request-log"
import { TokenStore } from "./tokens"

/** What the control API shows of a loan: its record and the inside. */
export type LoanView = ReturnType<typeof loanRecord> & {
  settled: boolean
  settlementCount: number
  approveCount: number
  cancelCount: number
  nationalCode: string
  birthdate: string
  requestId: string | null
  history: Loan["history"]
}

/**
 * Everything the sandbox knows. The gateway routes and the control routes
 * both work through it; tests in the same process may call it directly.
 */
export class SandboxState {
  readonly options: SandboxOptions
  readonly now: () => number
  readonly faults = new FaultQueue()
  readonly requests = new RequestLog()
  readonly loans: LoanStore
  readonly tokens: TokenStore

  constructor(input: SandboxOptionsInput = {}, now: () => number = Date.now) {
    this.options = parseSandboxOptions(input)
    this.now = now
    this.loans = new LoanStore(now)
    this.tokens = new TokenStore(now)
  }

  // The gateway's side

  issueToken(clientId: string, clientSecret: string) {
    const { options } = this
    if (
      clientId !== options.clientId ||
      clientSecret !== options.clientSecret
    ) {
      throw new GatewayRefusal(jsonAnswer(401, { error: "invalid_client" }))
    }
    return {
      access_token: this.tokens.issue(options.tokenTtlSeconds),
      expires_in: options.tokenTtlSeconds,
      token_type: "Bearer",
      scope: "read write groups",
    }
  }

  authenticate(authorization: string | undefined): void {
    if (!authorization) {
      throw bearerRefusal("Authentication credentials were not provided.")
    }
    // The scheme is case-insensitive (RFC 7235); the token is not.
    const token = /^Bearer +(\S+)$/i.exec(authorization)?.[1]
    if (!token || !this.tokens.isValid(token)) {
      throw bearerRefusal("Invalid token.")
    }
  }

  /**
   * The sandbox's fixed rule, so tests can pick either answer: a national
   * code whose first digit is 9 has no Blu Bank account.
   */
  hasBluAccount(nationalCode: string): boolean {
    return !nationalCode.startsWith("9")
  }

  createApplication(input: NewLoan): Loan {
    if (!this.hasBluAccount(input.nationalCode)) {
      throw detail(400, "The applicant has no Blu Bank account.")
    }
    return this.loans.create(input)
  }

  // The control side

  view(loan: Loan): LoanView {
    return {
      ...loanRecord(loan, this.now()),
      settled: loan.settled,
      settlementCount: loan.settlementCount,
      approveCount: loan.approveCount,
      cancelCount: loan.cancelCount,
      nationalCode: loan.nationalCode,
      birthdate: loan.birthdate,
      requestId: loan.requestId,
      history: loan.history.map((entry) => ({ ...entry })),
    }
  }

  addFault(input: FaultInput): Fault {
    const parsed = faultSchema.safeParse(input)
    if (!parsed.success) {
      throw new SandboxControlError(describeIssues(parsed.error))
    }
    return this.faults.add(parsed.data)
  }

  /** Forgets loans, tokens, faults and the request log. */
  reset(): void {
    this.loans.clear()
    this.tokens.expireAll()
    this.faults.clear()
    this.requests.clear()
  }
}

function bearerRefusal(message: string): GatewayRefusal {
  return new GatewayRefusal(
    jsonAnswer(
      401,
      { detail: message },
      { "WWW-Authenticate": 'Bearer realm="api"' }
    )
  )
}
