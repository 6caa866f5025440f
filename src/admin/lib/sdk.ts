import Medusa from "@medusajs/js-sdk"

/**
 * The dashboard and the server share an origin, and the admin's session
 * cookie authenticates these calls. A plugin's extensions are compiled
 * before any store exists, so there is no store setting to read here.
 */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
