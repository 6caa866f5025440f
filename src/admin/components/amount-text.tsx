import { Text } from "@medusajs/ui"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { formatRials, formatTomans } from "../lib/format-money"

type AmountTextProps = {
  rials: number
  /** The store sells in tomans: show the same amount in tomans too. */
  showTomans: boolean
}

export const AmountText = ({ rials, showTomans }: AmountTextProps) => {
  const { t, locales } = useBaloanI18n()
  return (
    <span className="flex flex-col">
      <span data-testid="baloan-amount-rials">
        {t("baloan.values.rials", {
          amount: formatRials(rials, locales.numbers),
        })}
      </span>
      {showTomans && (
        <Text
          as="span"
          size="xsmall"
          className="text-ui-fg-muted"
          data-testid="baloan-amount-tomans"
        >
          {t("baloan.values.tomans", {
            amount: formatTomans(rials, locales.numbers),
          })}
        </Text>
      )}
    </span>
  )
}
