import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type FactRowProps = {
  /** Names the value for tests and assistive tools alike. */
  name: string
  label: string
  children: ReactNode
}

/** One labelled value, in the two-column layout of the order page. */
export const FactRow = ({ name, label, children }: FactRowProps) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text
      as="div"
      size="small"
      leading="compact"
      className="break-words"
      data-testid={`baloan-fact-${name}`}
    >
      {children}
    </Text>
  </div>
)
