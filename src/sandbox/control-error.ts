/** A control request the sandbox cannot carry out: the test's mistake. */
export class SandboxControlError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400
  ) {
    super(message)
    this.name = "SandboxControlError"
  }
}
