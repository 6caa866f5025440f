/**
 * The documented paths, exactly as the document's curl samples spell them:
 * `approve` has no trailing slash, every other path has one. A client that
 * adds or drops a slash gets the 404 of a path that does not exist.
 */
export const ENDPOINT_PATHS = {
  token: "/auth/token/",
  hasAccount: "/v1/daloan/account/has-account/",
  create: "/v1/daloan/loan/applications/create/",
  approve: "/v1/daloan/loan/applications/approve",
  get: "/v1/daloan/loan/applications/get/",
  settle: "/v1/daloan/loan/applications/settlement/confirm/",
  cancel: "/v1/daloan/loan/applications/cancel/",
} as const

export type EndpointName = keyof typeof ENDPOINT_PATHS
