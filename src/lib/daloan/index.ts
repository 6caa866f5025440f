export { DaloanClient } from "./client"
export type {
  DaloanClientDeps,
  DaloanClientOptions,
  DaloanLoanApplication,
  DaloanLogger,
} from "./types"
export { DALOAN_STATUS, type DaloanStatus } from "./statuses"
export {
  DaloanAuthenticationError,
  DaloanConnectionError,
  type DaloanConnectionFailure,
  DaloanError,
  type DaloanErrorType,
  DaloanInvalidRequestError,
  DaloanMalformedResponseError,
  DaloanNotFoundError,
  DaloanRateLimitError,
  DaloanUnavailableError,
} from "./errors"
export {
  decideRetry,
  type RetryDecision,
  type RetryInput,
} from "./retry-policy"
export { redact } from "./redact"
export { type DaloanCall, DALOAN_PATHS } from "./calls"
