import { Badge, Button } from "@medusajs/ui"
import type {
  AdminBaloanLoanState,
  AdminBaloanLoanStateCounts,
} from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { formatCount } from "../lib/format-money"
import { LOAN_STATES } from "../lib/loan-states"

type LoansStateFilterProps = {
  selected: AdminBaloanLoanState | undefined
  counts: AdminBaloanLoanStateCounts | undefined
  onSelect: (state: AdminBaloanLoanState | undefined) => void
}

/** One button per state with how many loans are in it. */
export const LoansStateFilter = ({
  selected,
  counts,
  onSelect,
}: LoansStateFilterProps) => {
  const { t, locales } = useBaloanI18n()
  const options: { state: AdminBaloanLoanState | undefined; label: string }[] =
    [
      { state: undefined, label: t("baloan.page.all") },
      ...LOAN_STATES.map((state) => ({
        state,
        label: t(`baloan.states.${state}`),
      })),
    ]

  return (
    <div
      className="flex flex-wrap gap-2"
      role="group"
      data-testid="baloan-state-filter"
    >
      {options.map(({ state, label }) => {
        const count = counts?.[state ?? "all"]
        const active = selected === state
        return (
          <Button
            key={state ?? "all"}
            size="small"
            variant={active ? "primary" : "secondary"}
            aria-pressed={active}
            data-state={state ?? "all"}
            onClick={() => onSelect(state)}
          >
            {label}
            {count !== undefined && (
              <Badge size="2xsmall" data-testid="baloan-state-count">
                {formatCount(count, locales.numbers)}
              </Badge>
            )}
          </Button>
        )
      })}
    </div>
  )
}
