import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BALOAN_MODULE } from "../../modules/baloan"
import { listOrderLedgerLoans } from "../queries/list-order-ledger-loans"
import { withLoanLock } from "./loan-lock"
import { resolveBaloanModule } from "./resolve-baloan"

/** Links the order to the ledger's loans that paid for it. */
export const linkOrderLoansStep = createStep(
  "link-baloan-loans-to-order",
  async (input: { order_id: string }, { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const baloan = resolveBaloanModule(container)
    const loans = await listOrderLedgerLoans(container, input.order_id)

    const links = loans.map(({ loan }) => ({
      [Modules.ORDER]: { order_id: input.order_id },
      [BALOAN_MODULE]: { baloan_loan_id: loan.id },
    }))
    if (links.length) {
      await link.create(links)
    }
    // Placing the order asked the gateway for approval inside the
    // provider, which cannot reach the ledger: record what it left on the
    // session, so the ledger does not wait for the poller to know it.
    for (const { loan, session } of loans) {
      const { approval_request_id, approval_requested_at } = session.data
      await withLoanLock(container, loan.id, () =>
        baloan.recordLoanChange(
          loan.id,
          {
            ...(approval_request_id ? { approval_request_id } : {}),
            ...(approval_requested_at
              ? { approval_requested_at: new Date(approval_requested_at) }
              : {}),
          },
          "subscriber",
          `Order ${input.order_id} placed`
        )
      )
    }
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (links?.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
    }
  }
)
