import type { MedusaContainer } from "@medusajs/framework/types"
import { BALOAN_MODULE, type BaloanModuleService } from "../../modules/baloan"

export function resolveBaloan(scope: MedusaContainer): BaloanModuleService {
  return scope.resolve<BaloanModuleService>(BALOAN_MODULE)
}
