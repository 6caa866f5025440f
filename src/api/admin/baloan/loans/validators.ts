import { z } from "@medusajs/framework/zod"
import { LOAN_STATES } from "../../../../lib/loan-status/loan-states"

export const ADMIN_LOAN_STATES = LOAN_STATES

/** `state=a,b`, `state=a&state=b` and `state[]=a` all name a list. */
function toList(value: unknown): unknown {
  if (typeof value === "string") {
    return value.split(",").filter(Boolean)
  }
  return value
}

export const AdminBaloanLoansParams = z
  .object({
    state: z
      .preprocess(toList, z.array(z.enum(ADMIN_LOAN_STATES)).min(1).max(7))
      .optional(),
    q: z.string().trim().min(1).max(64).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminBaloanLoansParamsType = z.infer<typeof AdminBaloanLoansParams>
