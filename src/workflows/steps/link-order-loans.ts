import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BALOAN_MODULE } from "../../modules/baloan"
import { listOrderLedgerLoans } from "../queries/list-order-ledger-loans"
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
    for (const { loan } of loans) {
      await baloan.recordLoanChange(
        loan.id,
        {},
        "subscriber",
        `Order ${input.order_id} placed`
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
