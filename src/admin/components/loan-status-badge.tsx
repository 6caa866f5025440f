import { StatusBadge } from "@medusajs/ui"
import type { AdminBaloanLoanState } from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { stateColor } from "../lib/loan-states"

type LoanStatusBadgeProps = {
  state: AdminBaloanLoanState
  /** The gateway's own word, shown on hover. */
  rawStatus?: string | null
}

export const LoanStatusBadge = ({ state, rawStatus }: LoanStatusBadgeProps) => {
  const { t } = useBaloanI18n()
  return (
    <StatusBadge
      color={stateColor(state)}
      title={rawStatus ?? undefined}
      data-testid="baloan-state"
      data-state={state}
    >
      {t(`baloan.states.${state}`)}
    </StatusBadge>
  )
}
