import type { MedusaContainer } from "@medusajs/framework/types"
import { resolveBaloanModule } from "../steps/resolve-baloan"
import { listOrderBaloanSessions } from "./list-order-baloan-sessions"
import type { LoanSession } from "./read-loan-context"

export type OrderLedgerLoan = {
  loan: {
    id: string
    loan_application_ref: string | null
    settled_at: Date | string | null
    canceled_at: Date | string | null
  }
  session: LoanSession
}

/** The ledger's loans behind the order's Baloan payment sessions. */
export async function listOrderLedgerLoans(
  container: MedusaContainer,
  orderId: string
): Promise<OrderLedgerLoan[]> {
  const sessions = await listOrderBaloanSessions(container, orderId)
  if (!sessions.length) {
    return []
  }
  const loans = await resolveBaloanModule(container).listBaloanLoans({
    payment_session_id: sessions.map((session) => session.id),
  })
  return loans.flatMap((loan) => {
    const session = sessions.find(
      (candidate) => candidate.id === loan.payment_session_id
    )
    return session ? [{ loan, session }] : []
  })
}
