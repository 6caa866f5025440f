const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const TEST_TYPES = {
  unit: [
    "**/src/**/__tests__/**/*.spec.[jt]s",
    "**/scripts/**/__tests__/**/*.spec.mjs",
  ],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          target: "es2021",
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "mjs", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.demo/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: TEST_TYPES[process.env.TEST_TYPE] ?? TEST_TYPES.unit,
}
