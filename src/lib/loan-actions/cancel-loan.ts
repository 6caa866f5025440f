import { DaloanError, type DaloanClient } from "../daloan"
import { isClosedLoanState, toLoanState } from "../loan-status"

/**
 * Cancels a loan application at the gateway and answers its final raw
 * status. A cancel the gateway refuses still counts as done when the loan
 * can no longer become established (refused, expired or already canceled).
 */
export async function cancelLoan(
  client: DaloanClient,
  ref: string
): Promise<string> {
  try {
    const canceled = await client.cancelLoanApplication(ref)
    return canceled.loanApplicationStatus
  } catch (error) {
    if (!(error instanceof DaloanError) || error.type !== "invalid_request") {
      throw error
    }
    const loan = await client.getLoanApplication(ref).catch(() => null)
    if (loan && isClosedLoanState(toLoanState(loan.loanApplicationStatus))) {
      return loan.loanApplicationStatus
    }
    throw error
  }
}
