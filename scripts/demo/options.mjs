// Reads the demo's command line and environment. Using a real gateway is
// an explicit choice (its three settings), and then the shopper's details
// must be the operator's own: a generated national code could be a real
// person's, and the gateway would open a loan application in their name.
import { NUMBER_OF_REPAYMENTS, generateShopper } from "./shopper-identity.mjs"

export const USAGE = `Usage: npm run demo -- [--json] [--keep]

  --json   end with one line of JSON: order_id, loan_application_ref,
           loan_status, payment_status, settled
  --keep   leave the store running (admin at /app) until Ctrl-C

Environment:
  DATABASE_URL   a PostgreSQL server to create the demo's database on
                 (default: the one at localhost:5432, else an embedded one)
  BALOAN_BASE_URL, BALOAN_CLIENT_ID, BALOAN_CLIENT_SECRET
                 use this gateway instead of the built-in sandbox; then
                 BALOAN_DEMO_NATIONAL_CODE and BALOAN_DEMO_BIRTHDATE must
                 be your own details, and you approve the loan in the Blu app`

const GATEWAY_VARIABLES = [
  "BALOAN_BASE_URL",
  "BALOAN_CLIENT_ID",
  "BALOAN_CLIENT_SECRET",
]
const SHOPPER_VARIABLES = ["BALOAN_DEMO_NATIONAL_CODE", "BALOAN_DEMO_BIRTHDATE"]

export class UsageError extends Error {}

export function readOptions(argv, env, random = Math.random) {
  const flags = readFlags(argv)
  if (flags.help) {
    return { help: true }
  }

  const given = GATEWAY_VARIABLES.filter((name) => env[name])
  if (given.length === 0) {
    return { ...flags, gateway: null, shopper: generateShopper(random) }
  }
  if (given.length < GATEWAY_VARIABLES.length) {
    const missing = GATEWAY_VARIABLES.filter((name) => !env[name])
    throw new UsageError(
      `A real gateway needs all of ${GATEWAY_VARIABLES.join(", ")}; ` +
        `missing: ${missing.join(", ")}.`
    )
  }

  const missingShopper = SHOPPER_VARIABLES.filter((name) => !env[name])
  if (missingShopper.length > 0) {
    throw new UsageError(
      "Refusing to run against a real gateway with a made-up shopper: a " +
        "generated national code could belong to a real person. Set " +
        `${missingShopper.join(" and ")} to your own details.`
    )
  }

  return {
    ...flags,
    gateway: {
      baseUrl: env.BALOAN_BASE_URL,
      clientId: env.BALOAN_CLIENT_ID,
      clientSecret: env.BALOAN_CLIENT_SECRET,
    },
    shopper: {
      nationalCode: env.BALOAN_DEMO_NATIONAL_CODE,
      birthdate: env.BALOAN_DEMO_BIRTHDATE,
      numberOfRepayments: NUMBER_OF_REPAYMENTS,
    },
  }
}

function readFlags(argv) {
  const flags = { json: false, keep: false, help: false }
  for (const argument of argv) {
    if (argument === "--json") {
      flags.json = true
    } else if (argument === "--keep") {
      flags.keep = true
    } else if (argument === "--help" || argument === "-h") {
      flags.help = true
    } else {
      throw new UsageError(`Unknown argument "${argument}".\n\n${USAGE}`)
    }
  }
  return flags
}
