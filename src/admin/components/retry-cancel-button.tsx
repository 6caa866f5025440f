import { Button, toast } from "@medusajs/ui"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { useRetryCancel } from "../hooks/use-retry-cancel"

/** Asks the gateway again to cancel a loan it has not confirmed canceled. */
export const RetryCancelButton = ({ loanId }: { loanId: string }) => {
  const { t } = useBaloanI18n()
  const retry = useRetryCancel()

  const onClick = () =>
    retry.mutate(loanId, {
      onSuccess: ({ loan }) =>
        loan.canceled_at
          ? toast.success(t("baloan.toasts.cancelConfirmed"))
          : toast.warning(t("baloan.toasts.cancelStillPending")),
      onError: (error) =>
        toast.error(t("baloan.toasts.cancelFailed"), {
          description: error.message,
        }),
    })

  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={retry.isPending}
      onClick={onClick}
      data-testid="baloan-retry-cancel"
    >
      {t("baloan.actions.retryCancel")}
    </Button>
  )
}
