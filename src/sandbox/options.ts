import { z } from "zod"

export const sandboxOptionsSchema = z
  .object({
    clientId: z.string().min(1).default("sandbox-client-id"),
    clientSecret: z.string().min(1).default("sandbox-client-secret"),
    /** The token's lifetime, sent as `expires_in`. */
    tokenTtlSeconds: z.number().int().positive().default(1800),
  })
  .strict()

export type SandboxOptionsInput = z.input<typeof sandboxOptionsSchema>
export type SandboxOptions = z.output<typeof sandboxOptionsSchema>

/** Parses options, naming the bad one and never echoing its value. */
export function parseSandboxOptions(
  input: SandboxOptionsInput = {}
): SandboxOptions {
  const parsed = sandboxOptionsSchema.safeParse(input)
  if (!parsed.success) {
    throw new Error(`Invalid sandbox options: ${describeIssues(parsed.error)}`)
  }
  return parsed.data
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join(".")
      return path ? `${path}: ${issue.message}` : issue.message
    })
    .join("; ")
}
