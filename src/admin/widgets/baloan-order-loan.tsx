import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { OrderLoanSection } from "../components/order-loan-section"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { useOrderLoans } from "../hooks/use-order-loans"

/**
 * The order's Baloan loan beside the order. An order never paid with
 * Baloan has no loan and the widget draws nothing, not even while it
 * loads, so that other orders' pages do not flicker.
 */
const BaloanOrderLoanWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t } = useBaloanI18n()
  const { data, error } = useOrderLoans(order.id)

  if (error) {
    return (
      <Container className="px-6 py-4" data-testid="baloan-widget-error">
        <Text size="small" className="text-ui-fg-error">
          {t("baloan.loadFailed", { message: error.message })}
        </Text>
      </Container>
    )
  }
  if (!data?.loans.length) {
    return null
  }

  return (
    <Container className="divide-y p-0" data-testid="baloan-widget">
      {data.loans.map((loan) => (
        <OrderLoanSection
          key={loan.id}
          loan={loan}
          currencyCode={order.currency_code}
        />
      ))}
      <div className="px-6 py-3">
        <Link
          to="/baloan-loans"
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          {t("baloan.actions.viewAll")}
        </Link>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "baloan:order-loan",
})

export default BaloanOrderLoanWidget
