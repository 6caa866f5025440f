// Everything the demo starts registers how to undo it here, so that a
// failure, the end of the run or Ctrl-C all take the same way out.
export function createTeardown() {
  const steps = []
  let running

  return {
    add(label, undo) {
      steps.push({ label, undo })
    },
    // Later steps depend on earlier ones (the store on the database), so
    // they are undone in reverse order; one failing undo must not keep the
    // others from running.
    run(onError = () => {}) {
      running ??= (async () => {
        while (steps.length > 0) {
          const { label, undo } = steps.pop()
          try {
            await undo()
          } catch (error) {
            onError(label, error)
          }
        }
      })()
      return running
    },
  }
}
