// Whether .medusa/server already holds a build of the current sources, so
// that a run right after `npm install` (whose prepare script builds) does
// not build again. Every built file must be newer than every source file.
import fs from "node:fs"
import path from "node:path"

export function isBuildCurrent(repoDir) {
  const built = path.join(repoDir, ".medusa/server/src")
  const oldestBuilt = walkTimes(built, Math.min, Infinity)
  if (oldestBuilt === Infinity) {
    return false
  }
  // A build that stopped before the admin extensions has no admin output.
  if (
    fs.existsSync(path.join(repoDir, "src/admin")) &&
    !fs.existsSync(path.join(built, "admin"))
  ) {
    return false
  }
  const newestSource = Math.max(
    walkTimes(path.join(repoDir, "src"), Math.max, 0),
    walkTimes(path.join(repoDir, "package.json"), Math.max, 0),
    walkTimes(path.join(repoDir, "tsconfig.json"), Math.max, 0)
  )
  return newestSource <= oldestBuilt
}

function walkTimes(entry, pick, start) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) {
    return start
  }
  if (!stat.isDirectory()) {
    return pick(start, stat.mtimeMs)
  }
  let result = start
  for (const child of fs.readdirSync(entry)) {
    result = walkTimes(path.join(entry, child), pick, result)
  }
  return result
}
