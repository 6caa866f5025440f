import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminBaloanLoan } from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { formatCount, formatRials } from "../lib/format-money"
import { DualDateText } from "./dual-date-text"
import { GatewayFreshness } from "./gateway-freshness"
import { LoanStatusBadge } from "./loan-status-badge"
import { RefreshLoanButton } from "./refresh-loan-button"

/** One loan of the list, linking to the order it paid for. */
export const LoanRow = ({ loan }: { loan: AdminBaloanLoan }) => {
  const { t, locales } = useBaloanI18n()
  return (
    <Table.Row data-testid="baloan-loan-row" data-loan-id={loan.id}>
      <Table.Cell>
        <bdi className="font-mono">
          {loan.loan_application_ref ?? t("baloan.values.none")}
        </bdi>
      </Table.Cell>
      <Table.Cell>
        {loan.order ? (
          <Link
            to={`/orders/${loan.order.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            data-testid="baloan-order-link"
          >
            {loan.order.display_id != null
              ? t("baloan.page.order", {
                  number: formatCount(loan.order.display_id, locales.numbers),
                })
              : loan.order.id}
          </Link>
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            {t("baloan.page.noOrder")}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        <LoanStatusBadge state={loan.state} rawStatus={loan.gateway_status} />
      </Table.Cell>
      <Table.Cell className="text-end tabular-nums">
        {formatRials(loan.amount_rials, locales.numbers)}
      </Table.Cell>
      <Table.Cell className="text-end tabular-nums">
        {formatCount(loan.number_of_repayments, locales.numbers)}
      </Table.Cell>
      <Table.Cell>
        <DualDateText value={loan.created_at} />
      </Table.Cell>
      <Table.Cell>
        <GatewayFreshness gateway={loan.gateway} />
      </Table.Cell>
      <Table.Cell>
        {loan.loan_application_ref && (
          <RefreshLoanButton loanId={loan.id} label="syncNow" />
        )}
      </Table.Cell>
    </Table.Row>
  )
}
