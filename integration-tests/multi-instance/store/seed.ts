// Seeds the store with the same region, product, shipping and admin as the
// HTTP tests. Run by `medusa exec <this file> <output.json>`, before any
// instance starts; it writes what the shopper needs to the output file.
import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { createAdminUser, seedStore } from "../../helpers/seed-store"

export default async function seedMultiInstanceStore({
  container,
  args,
}: ExecArgs) {
  const [outputFile] = args
  if (!outputFile) {
    throw new Error("usage: seed.ts <output.json>")
  }
  const store = await seedStore(container)
  await createAdminUser(container)
  writeFileSync(outputFile, JSON.stringify(store))
}
