import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BaloanProviderService } from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [BaloanProviderService],
})
