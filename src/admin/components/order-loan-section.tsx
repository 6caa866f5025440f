import { Heading } from "@medusajs/ui"
import type { AdminBaloanLoan } from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { LoanFacts } from "./loan-facts"
import { LoanHistory } from "./loan-history"
import { LoanNoticeList } from "./loan-notice-list"
import { LoanStatusBadge } from "./loan-status-badge"
import { RefreshLoanButton } from "./refresh-loan-button"

type OrderLoanSectionProps = {
  loan: AdminBaloanLoan
  currencyCode: string
}

/** One loan of the order: where it stands, what to do, what happened. */
export const OrderLoanSection = ({
  loan,
  currencyCode,
}: OrderLoanSectionProps) => {
  const { t } = useBaloanI18n()
  return (
    <section
      className="divide-y"
      data-testid="baloan-loan"
      data-loan-id={loan.id}
    >
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div className="flex flex-wrap items-center gap-2">
          <Heading level="h2">{t("baloan.title")}</Heading>
          <LoanStatusBadge state={loan.state} rawStatus={loan.gateway_status} />
        </div>
        {loan.loan_application_ref && (
          <RefreshLoanButton loanId={loan.id} label="refresh" />
        )}
      </div>
      <LoanNoticeList loan={loan} />
      <LoanFacts loan={loan} currencyCode={currencyCode} />
      <LoanHistory events={loan.events ?? []} />
    </section>
  )
}
