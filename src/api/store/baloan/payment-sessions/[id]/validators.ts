import { z } from "@medusajs/framework/zod"

export const StoreBaloanSessionParams = z
  .object({ cart_id: z.string().min(1) })
  .strict()
export type StoreBaloanSessionParamsType = z.infer<
  typeof StoreBaloanSessionParams
>

export const StoreApproveBaloanSession = z
  .object({ cart_id: z.string().min(1) })
  .strict()
export type StoreApproveBaloanSessionType = z.infer<
  typeof StoreApproveBaloanSession
>
