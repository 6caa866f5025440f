import { Button, toast } from "@medusajs/ui"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { useSyncLoan } from "../hooks/use-sync-loan"
import { formatMoment } from "../lib/format-date"

type RefreshLoanButtonProps = {
  loanId: string
  /** The order page says "Refresh", the loans page "Sync now". */
  label: "refresh" | "syncNow"
}

/** Reads the loan at the gateway now and says how that went. */
export const RefreshLoanButton = ({
  loanId,
  label,
}: RefreshLoanButtonProps) => {
  const { t, locales } = useBaloanI18n()
  const sync = useSyncLoan()

  const onClick = () =>
    sync.mutate(loanId, {
      onSuccess: ({ loan }) => {
        if (loan.gateway.live) {
          toast.success(t("baloan.toasts.refreshed"))
          return
        }
        const time =
          formatMoment(loan.gateway.as_of, locales) ?? t("baloan.values.never")
        toast.warning(t("baloan.toasts.refreshedAsOf", { time }))
      },
      onError: (error) =>
        toast.error(t("baloan.toasts.refreshFailed"), {
          description: error.message,
        }),
    })

  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={sync.isPending}
      onClick={onClick}
      data-testid="baloan-refresh"
    >
      {t(`baloan.actions.${label}`)}
    </Button>
  )
}
