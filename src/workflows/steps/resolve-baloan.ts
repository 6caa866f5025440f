import type { MedusaContainer } from "@medusajs/framework/types"
import { BALOAN_MODULE, type BaloanModuleService } from "../../modules/baloan"

export function resolveBaloanModule(
  container: Pick<MedusaContainer, "resolve">
): BaloanModuleService {
  return container.resolve<BaloanModuleService>(BALOAN_MODULE)
}
