export type DaloanClientOptions = {
  baseUrl: string
  clientId: string
  clientSecret: string
  /** Per request, in milliseconds; 15000 when absent. */
  timeoutMs?: number
  /** Retries after the first attempt; 3 when absent. */
  maxRetries?: number
  /** Replaces the default `medusa-payment-baloan/<version>`. */
  userAgent?: string
}

export type DaloanLogger = {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export type DaloanClientDeps = {
  logger?: DaloanLogger
  /** Injected so that tests need not wait. */
  sleep?: (ms: number) => Promise<void>
  /** Milliseconds clock. */
  now?: () => number
  /** In [0, 1), for the backoff's jitter. */
  random?: () => number
}

/** The `get` record, normalised: numbers are numbers, empty values are null. */
export type DaloanLoanApplication = {
  loanApplicationReference: string
  loanApplicationRequestDate: string | null
  loanAccountNumber: string | null
  loanApplicationStatus: string
  loanApplicationStatusDescList: string[]
  disbursementDate: string | null
  nextRepaymentDate: string | null
  loanOutstandingAmount: number | null
  loanAmount: number | null
  numberOfRepayments: number | null
  numberOfPaidRepayments: number | null
  hasPartialPaid: boolean | null
  interestRate: number | null
  firstRepaymentAmount: number | null
  automaticRepaymentStatus: string | null
  lastInquiryDate: string | null
  whiteListCode: string | null
  whiteListName: string | null
}
