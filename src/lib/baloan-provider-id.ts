/**
 * Medusa stores a provider's id as `pp_<identifier>_<id>`; the identifier is
 * fixed while the id is whatever the store registered, so recognise the
 * provider by its identifier alone.
 */
export function isBaloanProviderId(providerId: unknown): boolean {
  return typeof providerId === "string" && providerId.startsWith("pp_baloan_")
}
