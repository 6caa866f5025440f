import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ledger } from "./ledger"
import type { SandboxHandle } from "./sandbox"

const CLOSED = [
  "APPLICATION_CANCELED",
  "APPLICATION_REJECTED",
  "APPLICATION_EXPIRED",
]
const OPEN_SESSION = ["pending", "pending_authorization", "authorized"]

/**
 * The plugin's promise about the gateway: every loan application it holds
 * is closed, settled, behind a placed order or a session still in use, or
 * recorded in the ledger as an unknown create. Answers the refs that are
 * none of these.
 */
export async function strayLoans(
  sandbox: SandboxHandle,
  container: MedusaContainer
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const loans = await ledger(container).listBaloanLoans({})
  const stray: string[] = []

  for (const loan of await sandbox.loans()) {
    if (CLOSED.includes(loan.loanApplicationStatus) || loan.settled) {
      continue
    }
    const entry = loans.find(
      (candidate) =>
        candidate.loan_application_ref === loan.loanApplicationReference
    )
    if (!entry) {
      // Only an unknown create may be missing its reference.
      const unknown = loans.some(
        (candidate) =>
          candidate.outcome_unknown === "create" &&
          !candidate.loan_application_ref
      )
      if (!unknown) {
        stray.push(loan.loanApplicationReference)
      }
      continue
    }
    const { data: sessions } = await query.graph({
      entity: "payment_session",
      fields: ["id", "status", "payment_collection.order.id"],
      filters: { id: entry.payment_session_id ?? "none" },
    })
    const session = sessions[0] as
      | {
          status: string
          payment_collection?: { order?: { id: string } | null } | null
        }
      | undefined
    const behindOrder = !!session?.payment_collection?.order
    const behindSession = !!session && OPEN_SESSION.includes(session.status)
    if (!behindOrder && !behindSession) {
      stray.push(loan.loanApplicationReference)
    }
  }
  return stray
}
