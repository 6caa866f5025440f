import type { MedusaContainer } from "@medusajs/framework/types"
import {
  BALOAN_MODULE,
  type BaloanModuleService,
} from "../../src/modules/baloan"

export function ledger(container: MedusaContainer): BaloanModuleService {
  return container.resolve<BaloanModuleService>(BALOAN_MODULE)
}

export async function ledgerLoans(container: MedusaContainer, ref: string) {
  return ledger(container).listBaloanLoans(
    { loan_application_ref: ref },
    { relations: ["events"] }
  )
}
