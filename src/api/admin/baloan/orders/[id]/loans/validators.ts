import { z } from "@medusajs/framework/zod"

/** The order's loans take no query parameters. */
export const AdminBaloanOrderLoansParams = z.object({}).strict()
export type AdminBaloanOrderLoansParamsType = z.infer<
  typeof AdminBaloanOrderLoansParams
>
