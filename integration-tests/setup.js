// Loaded before every test file: no telemetry from test runs, and the
// worker mode that loads scheduled jobs when a test starts Medusa.
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
