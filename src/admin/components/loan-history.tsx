import { Heading, Text } from "@medusajs/ui"
import type { CSSProperties } from "react"
import type { AdminBaloanLoanEvent } from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { LOAN_STATES } from "../lib/loan-states"
import { DualDateText } from "./dual-date-text"

/*
 * The dashboard's Tailwind build does not see a plugin's classes (it scans
 * only the sources it was given, and a plugin's build sits under a hidden
 * `.medusa` folder), so the timeline's own geometry is inline; the colours
 * come from the dashboard's variables and so follow its theme.
 */
const TIMELINE_STYLE: CSSProperties = {
  marginInlineStart: "0.25rem",
  borderInlineStart: "1px solid var(--border-base)",
}
const ENTRY_STYLE: CSSProperties = { paddingInlineStart: "1rem" }
const DOT_STYLE: CSSProperties = { insetInlineStart: "-4.5px", top: "0.375rem" }

/** The loan's recorded changes as a timeline, oldest at the top. */
export const LoanHistory = ({ events }: { events: AdminBaloanLoanEvent[] }) => {
  const { t } = useBaloanI18n()
  const stateName = (state: string | null) =>
    LOAN_STATES.some((known) => known === state)
      ? t(`baloan.states.${state}`)
      : (state ?? t("baloan.values.none"))
  const describe = (event: AdminBaloanLoanEvent) => {
    if (!event.from_state) {
      return t("baloan.history.first", { to: stateName(event.to_state) })
    }
    if (event.from_state === event.to_state) {
      return stateName(event.to_state)
    }
    return t("baloan.history.change", {
      from: stateName(event.from_state),
      to: stateName(event.to_state),
    })
  }

  return (
    <div className="px-6 py-4" data-testid="baloan-history">
      <Heading level="h3" className="mb-3">
        {t("baloan.history.title")}
      </Heading>
      {events.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("baloan.history.empty")}
        </Text>
      ) : (
        <ol style={TIMELINE_STYLE}>
          {events.map((event) => (
            <li
              key={event.id}
              className="relative pb-4 last:pb-0"
              style={ENTRY_STYLE}
              data-testid="baloan-history-entry"
              data-source={event.source}
              data-to-state={event.to_state ?? ""}
            >
              <span
                aria-hidden
                className="bg-ui-fg-muted absolute size-2 rounded-full"
                style={DOT_STYLE}
              />
              <Text size="small" weight="plus" leading="compact">
                {describe(event)}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t(`baloan.history.sources.${event.source}`, {
                  defaultValue: event.source,
                })}
                {event.to_status && event.to_status !== event.from_status && (
                  <>
                    {" · "}
                    <bdi className="font-mono">{event.to_status}</bdi>
                  </>
                )}
              </Text>
              {event.note && (
                <Text size="xsmall" className="text-ui-fg-subtle" dir="auto">
                  {event.note}
                </Text>
              )}
              <div className="text-ui-fg-muted txt-compact-xsmall mt-1">
                <DualDateText value={event.created_at} withTime />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
