// Reads what the instances left behind, once they have had their time:
// every loan of the ledger with its history, every order with its payments
// and sessions, and the refs the stray-loan invariant finds. Run by
// `medusa exec <this file> <output.json> <sandbox url>` (a server-mode
// container that runs no job), so the test asserts on plain JSON.
import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { strayLoans } from "../../helpers/invariants"
import { ledger } from "../../helpers/ledger"
import { sandboxControl } from "../sandbox-control"

export default async function collectFacts({ container, args }: ExecArgs) {
  const [outputFile, sandboxUrl] = args
  if (!outputFile || !sandboxUrl) {
    throw new Error("usage: collect-facts.ts <output.json> <sandbox url>")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const loans = await ledger(container).listBaloanLoans(
    {},
    { relations: ["events"] }
  )
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "canceled_at",
      "payment_collections.payments.id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payment_sessions.id",
      "payment_collections.payment_sessions.status",
    ],
  })
  const stray = await strayLoans(sandboxControl(sandboxUrl), container)

  writeFileSync(
    outputFile,
    JSON.stringify({
      loans: loans.map((loan) => ({
        ref: loan.loan_application_ref,
        state: loan.state,
        gateway_status: loan.gateway_status,
        canceled_at: loan.canceled_at,
        payment_session_id: loan.payment_session_id,
        events: loan.events.map((event) => ({
          source: event.source,
          from_status: event.from_status,
          to_status: event.to_status,
          from_state: event.from_state,
          to_state: event.to_state,
          note: event.note,
        })),
      })),
      orders,
      stray,
    })
  )
}
