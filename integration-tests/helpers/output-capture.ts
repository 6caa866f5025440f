/**
 * Records everything the process writes to stdout and stderr (Medusa's
 * logger included) so that a test can look for personal data in it.
 */
export function captureOutput() {
  const chunks: string[] = []
  const originals = {
    stdout: process.stdout.write.bind(process.stdout),
    stderr: process.stderr.write.bind(process.stderr),
  }

  beforeAll(() => {
    for (const stream of ["stdout", "stderr"] as const) {
      const original = originals[stream]
      process[stream].write = ((chunk: unknown, ...rest: unknown[]) => {
        chunks.push(String(chunk))
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest)
      }) as typeof process.stdout.write
    }
  })

  afterAll(() => {
    process.stdout.write = originals.stdout
    process.stderr.write = originals.stderr
  })

  return { text: () => chunks.join("") }
}
