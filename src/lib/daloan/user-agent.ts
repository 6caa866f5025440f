import { readFileSync } from "fs"
import { dirname, join } from "path"

const PACKAGE_NAME = "medusa-payment-baloan"

let cached: string | undefined

function readVersion(directory: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(
      readFileSync(join(directory, "package.json"), "utf8")
    )
    if (typeof parsed !== "object" || parsed === null) {
      return undefined
    }
    const { name, version } = parsed as { name?: unknown; version?: unknown }
    return name === PACKAGE_NAME && typeof version === "string"
      ? version
      : undefined
  } catch {
    return undefined
  }
}

/**
 * `medusa-payment-baloan/<version>`. The version is read from the package's
 * own package.json, found by walking up from this file, because the built
 * file sits at a different depth than the source one.
 */
export function defaultUserAgent(): string {
  if (cached !== undefined) {
    return cached
  }
  let directory = __dirname
  let version: string | undefined
  for (let depth = 0; depth < 8 && version === undefined; depth++) {
    version = readVersion(directory)
    const parent = dirname(directory)
    if (parent === directory) {
      break
    }
    directory = parent
  }
  cached = `${PACKAGE_NAME}/${version ?? "unknown"}`
  return cached
}
