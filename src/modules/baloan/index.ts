import { Module } from "@medusajs/framework/utils"
import BaloanModuleService from "./service"

export const BALOAN_MODULE = "baloan"

export default Module(BALOAN_MODULE, {
  service: BaloanModuleService,
})

export { BaloanModuleService }
