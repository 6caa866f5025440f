import { Text } from "@medusajs/ui"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { formatDualDate } from "../lib/format-date"

type DualDateTextProps = {
  value: string | null | undefined
  withTime?: boolean
}

/** A day in the Jalali calendar, with the Gregorian one beneath it. */
export const DualDateText = ({ value, withTime }: DualDateTextProps) => {
  const { t, locales } = useBaloanI18n()
  const date = formatDualDate(value, locales, { withTime })
  if (!date) {
    return <>{t("baloan.values.none")}</>
  }
  return (
    <time dateTime={date.iso} className="flex flex-col items-start">
      {/* The span keeps the line's alignment; the bdi orders its words. */}
      <span>
        <bdi dir="rtl" lang="fa" data-calendar="jalali">
          {date.jalali}
        </bdi>
      </span>
      <Text
        as="span"
        size="xsmall"
        className="text-ui-fg-muted"
        data-calendar="gregorian"
      >
        {date.gregorian}
      </Text>
    </time>
  )
}
