// The demo store: a Medusa project in a git-ignored folder of the repo (so
// that Node finds the repo's node_modules), with the built plugin copied
// in the way `medusa plugin:publish` and `medusa plugin:add` do it, through
// yalc, but with yalc's store in the run's temporary folder instead of the
// home directory and without the network install that `plugin:add` runs
// (the plugin's dependencies are already in the repo's node_modules).
import fs from "node:fs/promises"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { runToEnd } from "./processes.mjs"

const require = createRequire(import.meta.url)
const TEMPLATE_DIR = fileURLToPath(new URL("./store-template", import.meta.url))
const YALC_CLI = path.join(
  path.dirname(require.resolve("yalc/package.json")),
  "src/yalc.js"
)

export async function createStoreDir(repoDir) {
  const parent = path.join(repoDir, ".demo")
  await fs.mkdir(parent, { recursive: true })
  const storeDir = await fs.mkdtemp(path.join(parent, "store-"))

  const manifest = {
    name: "baloan-demo-store",
    version: "0.0.0",
    private: true,
    description: "A throwaway Medusa store made by `npm run demo`",
    // The Medusa command line only runs in a folder whose manifest names
    // Medusa; the packages themselves come from the repo's node_modules.
    dependencies: medusaDependencies(repoDir),
  }
  await fs.writeFile(
    path.join(storeDir, "package.json"),
    `${JSON.stringify(manifest, null, 2)}\n`
  )
  for (const file of ["medusa-config.ts", "tsconfig.json"]) {
    await fs.copyFile(path.join(TEMPLATE_DIR, file), path.join(storeDir, file))
  }
  return storeDir
}

export async function installPlugin({ repoDir, storeDir, tempDir, logFile }) {
  const storeFolder = path.join(tempDir, "yalc-store")
  const yalc = (cwd, args) =>
    runToEnd(
      process.execPath,
      [YALC_CLI, ...args, "--store-folder", storeFolder],
      { cwd, env: process.env, logFile, label: `yalc ${args[0]}` }
    )

  // The build is already fresh: no prepare script needs to run again.
  await yalc(repoDir, ["publish", "--no-scripts"])
  await yalc(storeDir, ["add", readPackageName(repoDir)])
}

const STORE_PACKAGES = [
  "@medusajs/cli",
  "@medusajs/framework",
  "@medusajs/medusa",
  "@medusajs/js-sdk",
]

function medusaDependencies(repoDir) {
  const { devDependencies = {} } = readManifest(repoDir)
  return Object.fromEntries(
    STORE_PACKAGES.filter((name) => devDependencies[name]).map((name) => [
      name,
      devDependencies[name],
    ])
  )
}

function readPackageName(repoDir) {
  return readManifest(repoDir).name
}

function readManifest(repoDir) {
  return require(path.join(repoDir, "package.json"))
}
