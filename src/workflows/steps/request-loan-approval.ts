import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { toMedusaError } from "../../lib/gateway-errors"
import { toLoanState } from "../../lib/loan-status"
import { BALOAN_MODULE, type BaloanModuleService } from "../../modules/baloan"
import type { BaloanSessionData } from "../../providers/baloan/session-data"

/**
 * Asks the gateway to send the loan to the customer's bank app, once:
 * only while the gateway shows that approval was not asked yet, so that a
 * repeated request (a double click, a retry) does not ask twice.
 */
export const requestLoanApprovalStep = createStep(
  "request-baloan-loan-approval",
  async (
    input: { data: BaloanSessionData },
    { container }
  ): Promise<StepResponse<Partial<BaloanSessionData>>> => {
    const ref = input.data.loan_application_ref
    if (!ref) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This payment session has no loan application: create the session again with the shopper's details."
      )
    }

    const client = container
      .resolve<BaloanModuleService>(BALOAN_MODULE)
      .getClient()
    try {
      let loan = await client.getLoanApplication(ref)
      let approval: Partial<BaloanSessionData> = {}
      if (toLoanState(loan.loanApplicationStatus) === "created") {
        const approved = await client.approveLoanApplication(ref)
        approval = {
          approval_request_id: approved.requestId,
          approval_requested_at: new Date().toISOString(),
        }
        loan = await client.getLoanApplication(ref)
      }
      return new StepResponse({
        ...approval,
        approval_requested_at:
          approval.approval_requested_at ??
          input.data.approval_requested_at ??
          new Date().toISOString(),
        loan_status: loan.loanApplicationStatus,
        loan_state: toLoanState(loan.loanApplicationStatus),
      })
    } catch (error) {
      throw toMedusaError(error, "request approval")
    }
  }
)
