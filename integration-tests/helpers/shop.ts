import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { strayLoans } from "./invariants"
import type { SandboxHandle } from "./sandbox"
import { createAdminUser, seedStore, type SeededStore } from "./seed-store"
import { createShopper, type Shopper } from "./shopper"

export type Shop = { store: SeededStore; shopper: Shopper }

/**
 * A seeded IRR store with an admin and a shopper for every test, and after
 * every test the plugin's promise checked: no loan left open at the
 * gateway without an order or a session behind it.
 */
export function useShop(
  runner: { api: AxiosInstance; getContainer: () => MedusaContainer },
  sandbox: SandboxHandle
): Shop {
  const shop = {} as Shop

  beforeEach(async () => {
    shop.store = await seedStore(runner.getContainer())
    await createAdminUser(runner.getContainer())
    shop.shopper = createShopper(runner.api, shop.store)
  })

  afterEach(async () => {
    await sandbox.control.delete("/faults")
    expect(await strayLoans(sandbox, runner.getContainer())).toEqual([])
  })

  return shop
}
