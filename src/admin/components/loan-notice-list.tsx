import { InlineTip } from "@medusajs/ui"
import type { AdminBaloanLoan } from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { formatMoment } from "../lib/format-date"
import { formatRials } from "../lib/format-money"
import { loanNotices } from "../lib/loan-notices"
import { RetryCancelButton } from "./retry-cancel-button"

/** Why capture or refund works as it does, and anything awaiting the admin. */
export const LoanNoticeList = ({ loan }: { loan: AdminBaloanLoan }) => {
  const { t, locales } = useBaloanI18n()
  const notices = loanNotices(loan)
  if (!notices.length) {
    return null
  }
  const day = (value: string | null) => formatMoment(value, locales) ?? ""
  const values = {
    session: loan.payment_session_id ?? t("baloan.values.none"),
    amount: formatRials(loan.amount_rials, locales.numbers),
    ref: loan.loan_application_ref ?? t("baloan.values.none"),
    reason: loan.cancel_reason ?? t("baloan.values.none"),
    date: day(loan.cancel_requested_at ?? loan.settled_at ?? loan.created_at),
    time: day(loan.gateway.as_of),
    state: t(`baloan.states.${loan.state}`),
    recorded: t(`baloan.states.${loan.recorded_state}`),
  }
  if (loan.outcome_unknown === "create") {
    values.date = day(loan.created_at)
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      {notices.map((notice) => (
        <InlineTip
          key={notice.key}
          variant={notice.variant}
          label={t(`baloan.noticeLabels.${notice.variant}`)}
          data-testid={`baloan-notice-${notice.key}`}
        >
          <span dir="auto">{t(`baloan.notices.${notice.key}`, values)}</span>
          {notice.retryCancel && (
            <div className="mt-2">
              <RetryCancelButton loanId={loan.id} />
            </div>
          )}
        </InlineTip>
      ))}
    </div>
  )
}
