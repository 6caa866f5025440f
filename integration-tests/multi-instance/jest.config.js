// The several-instances suite: the project's settings, but dynamic imports
// stay real imports so that the demo's ES modules under scripts/ load, and
// only this folder's specs run.
const base = require("../../jest.config")

module.exports = {
  ...base,
  rootDir: "../..",
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          target: "es2021",
        },
        module: { type: "commonjs", ignoreDynamic: true },
      },
    ],
  },
  moduleFileExtensions: ["js", "mjs", "ts", "json"],
  testMatch: ["**/integration-tests/multi-instance/**/*.spec.ts"],
}
