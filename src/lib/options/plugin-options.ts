import { z } from "zod"

export const DEFAULT_REPAYMENT_OPTIONS = [6, 12, 18, 24]

const wholeRials = z.number().int().positive()

const pluginOptionsSchema = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/ }),
    clientId: z.string().trim().min(1),
    clientSecret: z.string().min(1),
    repaymentOptions: z
      .array(z.number().int().min(1).max(60))
      .min(1)
      .default(DEFAULT_REPAYMENT_OPTIONS),
    minLoanAmount: wholeRials.default(1_000_000),
    maxLoanAmount: wholeRials.default(2_000_000_000),
    timeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
    maxRetries: z.number().int().min(0).max(10).default(3),
    pendingApprovalTtlHours: z
      .number()
      .positive()
      .max(24 * 30)
      .default(72),
    manualRefunds: z.boolean().default(false),
  })
  .refine((options) => options.minLoanAmount <= options.maxLoanAmount, {
    path: ["minLoanAmount"],
    message: "must not be above maxLoanAmount",
  })

export type BaloanPluginOptions = z.infer<typeof pluginOptionsSchema>
export type BaloanPluginOptionsInput = z.input<typeof pluginOptionsSchema>

export class BaloanOptionsError extends Error {
  override readonly name = "BaloanOptionsError"
}

/**
 * Validates the options shared by the provider and the plugin's module.
 * The message names each bad option and what is wrong with it, never the
 * value: a misplaced client secret must not end up in a start-up log.
 */
export function parsePluginOptions(input: unknown): BaloanPluginOptions {
  const result = pluginOptionsSchema.safeParse(input ?? {})
  if (result.success) {
    return result.data
  }

  const problems = result.error.issues.map((issue) => {
    const option = issue.path.join(".") || "(options)"
    return `"${option}" ${describeIssue(issue)}`
  })
  throw new BaloanOptionsError(
    `medusa-payment-baloan: invalid options: ${problems.join("; ")}`
  )
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return "is required"
  }
  if (issue.code === "invalid_format" && issue.format === "url") {
    return "must be an http(s) URL"
  }
  return issue.message.toLowerCase().startsWith("invalid")
    ? `is invalid (${issue.message})`
    : issue.message
}
