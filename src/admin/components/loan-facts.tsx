import { Copy } from "@medusajs/ui"
import type { AdminBaloanLoan } from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { formatCount, formatPercent, formatRials } from "../lib/format-money"
import { AmountText } from "./amount-text"
import { DualDateText } from "./dual-date-text"
import { FactRow } from "./fact-row"
import { GatewayFreshness } from "./gateway-freshness"

type LoanFactsProps = {
  loan: AdminBaloanLoan
  /** The order's currency: an IRT store sees tomans beside the rials. */
  currencyCode: string
}

/** What the gateway and the ledger say of the loan, one row per fact. */
export const LoanFacts = ({ loan, currencyCode }: LoanFactsProps) => {
  const { t, locales } = useBaloanI18n()
  const record = loan.record
  const none = t("baloan.values.none")
  const count = record?.number_of_repayments ?? loan.number_of_repayments
  const number = (value: number) => formatCount(value, locales.numbers)

  return (
    <div className="divide-y">
      <FactRow name="reference" label={t("baloan.fields.reference")}>
        {loan.loan_application_ref ? (
          <span className="inline-flex items-center gap-x-1">
            <bdi className="font-mono">{loan.loan_application_ref}</bdi>
            <Copy content={loan.loan_application_ref} variant="mini" />
          </span>
        ) : (
          t("baloan.values.noReference")
        )}
      </FactRow>
      <FactRow name="gateway-status" label={t("baloan.fields.gatewayStatus")}>
        <bdi className="font-mono">
          {record?.status ?? loan.gateway_status ?? none}
        </bdi>
      </FactRow>
      <FactRow name="amount" label={t("baloan.fields.amount")}>
        <AmountText
          rials={loan.amount_rials}
          showTomans={currencyCode.toLowerCase() === "irt"}
        />
      </FactRow>
      <FactRow name="plan" label={t("baloan.fields.plan")}>
        {record?.first_repayment_amount != null
          ? t("baloan.values.plan", {
              instalments: number(count),
              amount: formatRials(
                record.first_repayment_amount,
                locales.numbers
              ),
            })
          : t("baloan.values.planWithoutAmount", {
              instalments: number(count),
            })}
      </FactRow>
      <FactRow name="interest-rate" label={t("baloan.fields.interestRate")}>
        {record?.interest_rate != null
          ? formatPercent(record.interest_rate, locales.numbers)
          : none}
      </FactRow>
      <FactRow name="instalments" label={t("baloan.fields.instalmentsPaid")}>
        {t("baloan.values.paidOf", {
          paid: number(record?.number_of_paid_repayments ?? 0),
          total: number(count),
        })}
      </FactRow>
      <FactRow name="disbursement" label={t("baloan.fields.disbursementDate")}>
        <DualDateText value={record?.disbursement_date} />
      </FactRow>
      <FactRow
        name="next-repayment"
        label={t("baloan.fields.nextRepaymentDate")}
      >
        <DualDateText value={record?.next_repayment_date} />
      </FactRow>
      {loan.settled_at && (
        <FactRow name="settled" label={t("baloan.fields.settledAt")}>
          <DualDateText value={loan.settled_at} withTime />
        </FactRow>
      )}
      <FactRow name="credit-line" label={t("baloan.fields.creditLine")}>
        {record?.credit_line_name ? (
          <bdi dir="rtl" lang="fa" data-testid="baloan-credit-line-name">
            {record.credit_line_name}
          </bdi>
        ) : (
          none
        )}
      </FactRow>
      <FactRow name="national-code" label={t("baloan.fields.nationalCode")}>
        <bdi dir="ltr" className="font-mono">
          {loan.national_code_masked ?? none}
        </bdi>
      </FactRow>
      <FactRow name="last-sync" label={t("baloan.fields.lastSync")}>
        <GatewayFreshness gateway={loan.gateway} />
      </FactRow>
    </div>
  )
}
