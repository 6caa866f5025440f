import { z } from "@medusajs/framework/zod"

/** Refreshing a loan takes no input: it reads what the gateway says. */
export const AdminSyncBaloanLoan = z.object({}).strict()
export type AdminSyncBaloanLoanType = z.infer<typeof AdminSyncBaloanLoan>

/**
 * Retrying a cancellation takes no input either: the reason is the one
 * recorded when the cancellation was first asked for.
 */
export const AdminRetryBaloanLoanCancel = z.object({}).strict()
export type AdminRetryBaloanLoanCancelType = z.infer<
  typeof AdminRetryBaloanLoanCancel
>
