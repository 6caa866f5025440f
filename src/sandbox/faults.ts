import { z } from "zod"

import { ENDPOINT_PATHS } from "./endpoints"

const documentedPaths = Object.values(ENDPOINT_PATHS) as [string, ...string[]]

/**
 * A fault that the next `count` calls of one documented path meet. In the
 * order it strikes:
 * - `delayMs`: waits first, then the call goes on;
 * - `status`: answers that status without acting, with a small JSON error or
 *   the `body` kind, and `Retry-After` when `retryAfter` is given;
 * - `drop: "before"`: closes the connection without acting;
 * - `drop: "after"`: acts, then closes the connection without an answer;
 * - `body` alone: acts, then answers 200 with a spoiled body: `malformed`
 *   JSON, an `html` page, an `empty` body, or `wrong-shape` valid JSON that
 *   is not the documented answer.
 */
export const faultSchema = z
  .object({
    path: z.enum(documentedPaths),
    count: z.number().int().positive().default(1),
    status: z.number().int().min(400).max(599).optional(),
    retryAfter: z
      .union([z.number().int().min(0), z.string().min(1)])
      .optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
    drop: z.enum(["before", "after"]).optional(),
    body: z.enum(["malformed", "html", "empty", "wrong-shape"]).optional(),
  })
  .strict()
  .refine(
    (fault) =>
      fault.status !== undefined ||
      fault.drop !== undefined ||
      fault.delayMs !== undefined ||
      fault.body !== undefined,
    { message: "a fault needs status, drop, delayMs or body" }
  )

export type FaultInput = z.input<typeof faultSchema>
export type Fault = z.output<typeof faultSchema> & { id: number }

export class FaultQueue {
  private faults: Fault[] = []
  private nextId = 1

  add(spec: z.output<typeof faultSchema>): Fault {
    const fault = { ...spec, id: this.nextId++ }
    this.faults.push(fault)
    return { ...fault }
  }

  /** The first fault for this path; this call uses one of its count. */
  take(path: string): Fault | undefined {
    const fault = this.faults.find((candidate) => candidate.path === path)
    if (!fault) {
      return undefined
    }
    fault.count--
    if (fault.count === 0) {
      this.faults = this.faults.filter((candidate) => candidate !== fault)
    }
    return { ...fault }
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }))
  }

  clear(): void {
    this.faults = []
  }
}
