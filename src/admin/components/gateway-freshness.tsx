import { Badge } from "@medusajs/ui"
import type { AdminBaloanGatewayView } from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { DualDateText } from "./dual-date-text"

/** When the record shown was read, and whether it is live. */
export const GatewayFreshness = ({
  gateway,
}: {
  gateway: AdminBaloanGatewayView
}) => {
  const { t } = useBaloanI18n()
  if (!gateway.as_of) {
    return <>{t("baloan.values.never")}</>
  }
  return (
    <span className="flex flex-col items-start gap-y-1">
      <DualDateText value={gateway.as_of} withTime />
      <Badge
        size="2xsmall"
        color={gateway.live ? "green" : "orange"}
        data-testid="baloan-freshness"
        data-live={gateway.live}
      >
        {gateway.live ? t("baloan.gateway.live") : t("baloan.gateway.stale")}
      </Badge>
    </span>
  )
}
