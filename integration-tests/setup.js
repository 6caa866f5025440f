// Loaded before every test file: no telemetry from test runs.
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
