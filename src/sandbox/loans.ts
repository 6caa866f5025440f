import { randomInt, randomUUID } from "node:crypto"

import { detail } from "./answers"
import { SandboxControlError } from "./control-error"
import { LOAN_STATUSES } from "./statuses"

export interface LoanHistoryEntry {
  at: string
  status: string
  by: "shop" | "customer" | "bank" | "clock"
}

/** A loan application as the sandbox keeps it; never sent as it is. */
export interface Loan {
  ref: string
  nationalCode: string
  birthdate: string
  loanAmount: number
  numberOfRepayments: number
  status: string
  createdAt: number
  requestId: string | null
  establishedAt: number | null
  accountNumber: string | null
  settled: boolean
  /** Every call received for this loan, accepted or refused. */
  approveCount: number
  settlementCount: number
  cancelCount: number
  history: LoanHistoryEntry[]
}

export type NewLoan = Pick<
  Loan,
  "nationalCode" | "birthdate" | "loanAmount" | "numberOfRepayments"
>

const {
  created,
  waitingForCustomer,
  established,
  rejected,
  expired,
  canceled,
} = LOAN_STATUSES

/**
 * The loans and their state machine. Gateway calls refuse with the
 * gateway's answers (400, 404); control calls refuse with 404 or 409.
 */
export class LoanStore {
  private loans = new Map<string, Loan>()
  /** A random start, so refs differ from one sandbox run to the next. */
  private nextNumber = randomInt(1, 90_000_000_000)

  constructor(private readonly now: () => number) {}

  create(input: NewLoan): Loan {
    const ref = `LN_${String(this.nextNumber++).padStart(11, "0")}`
    const loan: Loan = {
      ...input,
      ref,
      status: created,
      createdAt: this.now(),
      requestId: null,
      establishedAt: null,
      accountNumber: null,
      settled: false,
      approveCount: 0,
      settlementCount: 0,
      cancelCount: 0,
      history: [],
    }
    this.record(loan, created, "shop")
    this.loans.set(ref, loan)
    return loan
  }

  // Gateway calls

  approve(ref: string): Loan {
    const loan = this.gatewayFind(ref)
    loan.approveCount++
    if (loan.status !== created) {
      throw detail(
        400,
        `Approval cannot be requested in status ${loan.status}.`
      )
    }
    loan.requestId = randomUUID().replace(/-/g, "")
    this.record(loan, waitingForCustomer, "shop")
    return loan
  }

  get(ref: string): Loan {
    return this.gatewayFind(ref)
  }

  settle(ref: string): Loan {
    const loan = this.gatewayFind(ref)
    loan.settlementCount++
    if (loan.settled) {
      throw detail(400, "Settlement of this loan is already confirmed.")
    }
    if (loan.status !== established) {
      throw detail(
        400,
        `Settlement cannot be confirmed in status ${loan.status}.`
      )
    }
    loan.settled = true
    return loan
  }

  /** A second cancel answers the canceled record again. */
  cancel(ref: string): Loan {
    const loan = this.gatewayFind(ref)
    loan.cancelCount++
    if (loan.status === canceled) {
      return loan
    }
    if (loan.settled) {
      throw detail(400, "A settled loan cannot be canceled.")
    }
    if (loan.status === rejected || loan.status === expired) {
      throw detail(
        400,
        `A loan application in status ${loan.status} cannot be canceled.`
      )
    }
    this.record(loan, canceled, "shop")
    return loan
  }

  // Control calls: what the customer, the bank and time do

  customerApprove(ref: string): Loan {
    const loan = this.controlFind(ref)
    this.require(loan, [waitingForCustomer], "customer-approve")
    this.record(loan, established, "customer")
    return loan
  }

  customerRefuse(ref: string): Loan {
    const loan = this.controlFind(ref)
    this.require(loan, [created, waitingForCustomer], "customer-refuse")
    this.record(loan, rejected, "customer")
    return loan
  }

  bankCancel(ref: string): Loan {
    const loan = this.controlFind(ref)
    if (loan.settled) {
      throw new SandboxControlError("A settled loan cannot be canceled", 409)
    }
    this.record(loan, canceled, "bank")
    return loan
  }

  expire(ref: string): Loan {
    const loan = this.controlFind(ref)
    if (loan.status === established) {
      throw new SandboxControlError("An established loan cannot expire", 409)
    }
    this.record(loan, expired, "clock")
    return loan
  }

  list(): Loan[] {
    return [...this.loans.values()]
  }

  find(ref: string): Loan {
    return this.controlFind(ref)
  }

  clear(): void {
    this.loans.clear()
  }

  private gatewayFind(ref: string): Loan {
    const loan = this.loans.get(ref)
    if (!loan) {
      throw detail(404, "Not found.")
    }
    return loan
  }

  private controlFind(ref: string): Loan {
    const loan = this.loans.get(ref)
    if (!loan) {
      throw new SandboxControlError(`No loan ${ref}`, 404)
    }
    return loan
  }

  private require(loan: Loan, from: string[], action: string): void {
    if (!from.includes(loan.status)) {
      throw new SandboxControlError(
        `${action} needs status ${from.join(" or ")}, not ${loan.status}`,
        409
      )
    }
  }

  private record(loan: Loan, status: string, by: LoanHistoryEntry["by"]) {
    const at = this.now()
    loan.status = status
    loan.history.push({ at: new Date(at).toISOString(), status, by })
    if (status === established && loan.establishedAt === null) {
      loan.establishedAt = at
      loan.accountNumber =
        String(randomInt(100_000_000, 999_999_999)) +
        String(randomInt(100_000_000, 999_999_999))
    }
  }
}
