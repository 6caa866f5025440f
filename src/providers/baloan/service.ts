import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { DaloanClient, DaloanError } from "../../lib/daloan"
import {
  BALOAN_ERROR_CODES,
  bilingual,
  isTransientGatewayError,
  toMedusaError,
} from "../../lib/gateway-errors"
import { maskNationalCode } from "../../lib/iran"
import { toLoanState, toPaymentSessionStatus } from "../../lib/loan-status"
import { parsePluginOptions, type BaloanPluginOptions } from "../../lib/options"
import { cancelLoan } from "../../lib/loan-actions"
import { createSealer, type Sealer } from "../../lib/seal"
import { toLoanAmount } from "./loan-amount"
import {
  BLANKED_REQUEST_FIELDS,
  readSessionData,
  type BaloanSessionData,
  type SealedShopperDetails,
} from "./session-data"

type InjectedDependencies = {
  logger: Logger
}

export class BaloanProviderService extends AbstractPaymentProvider<BaloanPluginOptions> {
  static override identifier = "baloan"

  protected readonly options_: BaloanPluginOptions
  protected readonly client_: DaloanClient
  protected readonly sealer_: Sealer
  protected readonly logger_: Logger

  static override validateOptions(options: Record<string, unknown>): void {
    parsePluginOptions(options)
  }

  constructor(
    container: InjectedDependencies,
    options: Record<string, unknown>
  ) {
    const parsed = parsePluginOptions(options)
    super(container, parsed)

    this.options_ = parsed
    this.logger_ = container.logger
    this.sealer_ = createSealer(parsed.clientSecret)
    this.client_ = new DaloanClient(
      {
        baseUrl: parsed.baseUrl,
        clientId: parsed.clientId,
        clientSecret: parsed.clientSecret,
        timeoutMs: parsed.timeoutMs,
        maxRetries: parsed.maxRetries,
      },
      { logger: container.logger }
    )
  }

  async initiatePayment({
    amount,
    currency_code,
    data,
  }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const session = readSessionData(data)
    const details = this.sealer_.open<SealedShopperDetails>(
      session.baloan_details
    )

    // Without freshly sealed details this is a replay of stored data (the
    // compensation of a failed session creation does that) or a session
    // created around the store middleware: ask the shopper again rather
    // than create a second loan or fail the workflow.
    if (!details || !session.number_of_repayments) {
      return {
        id: session.session_id ?? `baloan_${Date.now()}`,
        status: PaymentSessionStatus.REQUIRES_MORE,
        data: {
          ...BLANKED_REQUEST_FIELDS,
          loan_application_ref: null,
          loan_status: null,
          loan_state: null,
          requires_details: true,
        },
      }
    }

    const amountRials = toLoanAmount(amount, currency_code, this.options_)

    let created: Awaited<ReturnType<DaloanClient["createLoanApplication"]>>
    try {
      created = await this.client_.createLoanApplication({
        nationalCode: details.nationalCode,
        birthdate: details.birthdate,
        loanAmount: amountRials,
        numberOfRepayments: session.number_of_repayments,
      })
    } catch (error) {
      if (error instanceof DaloanError && error.outcomeUnknown) {
        this.logger_.warn(
          `Baloan: the answer to a loan application for payment session ${session.session_id} was lost; the gateway may hold an application nobody will use.`
        )
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          bilingual({
            en: "Baloan did not answer in time; please try again in a few minutes",
            fa: "بالون به موقع پاسخ نداد؛ لطفاً چند دقیقه دیگر دوباره تلاش کنید",
          }),
          BALOAN_ERROR_CODES.CREATE_OUTCOME_UNKNOWN
        )
      }
      throw toMedusaError(
        error,
        "create loan application",
        BALOAN_ERROR_CODES.CREATE_NOT_MADE
      )
    }

    const sessionData: BaloanSessionData = {
      ...BLANKED_REQUEST_FIELDS,
      loan_application_ref: created.loanApplicationRef,
      loan_status: null,
      loan_state: "created",
      amount_rials: amountRials,
      currency_code: currency_code.toLowerCase(),
      number_of_repayments: session.number_of_repayments,
      national_code_masked: maskNationalCode(details.nationalCode),
      white_list_code: created.whiteListCode,
      approval_request_id: null,
      approval_requested_at: null,
      requires_details: false,
    }
    return {
      id: created.loanApplicationRef,
      status: PaymentSessionStatus.PENDING,
      data: sessionData,
    }
  }

  async authorizePayment({
    data,
  }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const session = readSessionData(data)
    const ref = session.loan_application_ref
    if (!ref) {
      return { status: PaymentSessionStatus.REQUIRES_MORE, data }
    }

    try {
      let loan = await this.client_.getLoanApplication(ref)
      let approval: Partial<BaloanSessionData> = {}

      // Approval is asked once: only while the gateway shows it was not.
      if (toLoanState(loan.loanApplicationStatus) === "created") {
        const approved = await this.client_.approveLoanApplication(ref)
        approval = {
          approval_request_id: approved.requestId,
          approval_requested_at: new Date().toISOString(),
        }
        loan = await this.client_.getLoanApplication(ref)
      }

      const state = toLoanState(loan.loanApplicationStatus)
      return {
        status: toPaymentSessionStatus(state),
        data: {
          ...data,
          ...approval,
          approval_requested_at:
            approval.approval_requested_at ??
            session.approval_requested_at ??
            new Date().toISOString(),
          loan_status: loan.loanApplicationStatus,
          loan_state: state,
        },
      }
    } catch (error) {
      throw toMedusaError(error, "authorize loan")
    }
  }

  async capturePayment({
    data,
  }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const session = readSessionData(data)
    const ref = this.requireRef(session, "capture")
    if (session.settled_at) {
      return { data }
    }

    try {
      const loan = await this.client_.getLoanApplication(ref)
      const state = toLoanState(loan.loanApplicationStatus)
      if (state !== "established") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Loan ${ref} is ${loan.loanApplicationStatus}, not ESTABLISHED: Baloan settles a loan only after the customer has confirmed it in the Blu app.`
        )
      }

      await this.client_.confirmSettlement(ref)
      this.logger_.info(`Baloan: settlement of loan ${ref} confirmed`)
      return {
        data: {
          ...data,
          loan_status: loan.loanApplicationStatus,
          loan_state: state,
          settled_at: new Date().toISOString(),
        },
      }
    } catch (error) {
      if (error instanceof DaloanError && error.outcomeUnknown) {
        this.logger_.warn(
          `Baloan: the outcome of the settlement of loan ${ref} is unknown; it is not repeated automatically.`
        )
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `The settlement of loan ${ref} was sent but its answer was lost, so Baloan may already have settled it. Check the loan with Baloan before capturing again.`,
          BALOAN_ERROR_CODES.SETTLEMENT_OUTCOME_UNKNOWN
        )
      }
      throw toMedusaError(error, "confirm settlement")
    }
  }

  async cancelPayment({
    data,
  }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const session = readSessionData(data)
    const ref = session.loan_application_ref
    if (!ref || session.canceled_at) {
      return { data }
    }
    if (session.settled_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Loan ${ref} is already settled; Baloan cannot cancel it any more. Arrange a refund with Baloan.`
      )
    }

    try {
      const status = await cancelLoan(this.client_, ref)
      this.logger_.info(`Baloan: loan ${ref} canceled`)
      return {
        data: {
          ...data,
          loan_status: status,
          loan_state: toLoanState(status),
          canceled_at: new Date().toISOString(),
        },
      }
    } catch (error) {
      if (error instanceof DaloanError && isTransientGatewayError(error)) {
        // The store must be able to cancel an order while the gateway is
        // down: the ledger still holds the loan, and the poller cancels it.
        this.logger_.warn(
          `Baloan: could not cancel loan ${ref} now (${error.type}); the poller will retry.`
        )
        return {
          data: { ...data, cancel_pending_at: new Date().toISOString() },
        }
      }
      throw toMedusaError(error, "cancel loan")
    }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    try {
      return await this.cancelPayment(input)
    } catch (error) {
      // Medusa deletes sessions when a cart changes; a loan the gateway
      // would not cancel must not stop the shopper. It stays in the ledger
      // as an orphan, which the poller cancels.
      this.logger_.warn(
        `Baloan: loan ${readSessionData(input.data).loan_application_ref} of a deleted session was not canceled: ${(error as Error).message}`
      )
      return { data: input.data }
    }
  }

  async updatePayment({
    amount,
    currency_code,
    data,
  }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const session = readSessionData(data)
    if (!session.loan_application_ref || session.amount_rials === undefined) {
      return { data }
    }

    // Medusa 2.21 deletes a cart's sessions when its total changes, so this
    // is reached only for a data-only update: a loan's amount cannot change.
    if (
      toLoanAmount(amount, currency_code, this.options_) !==
      session.amount_rials
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        bilingual({
          en: "A Baloan loan application's amount cannot change: create a new payment session",
          fa: "مبلغ درخواست وام بالون قابل تغییر نیست: یک جلسه پرداخت جدید بسازید",
        })
      )
    }
    return { data }
  }

  async getPaymentStatus({
    data,
  }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const session = readSessionData(data)
    if (!session.loan_application_ref) {
      return { status: PaymentSessionStatus.REQUIRES_MORE, data }
    }
    try {
      const loan = await this.client_.getLoanApplication(
        session.loan_application_ref
      )
      const state = toLoanState(loan.loanApplicationStatus)
      const status =
        state === "created"
          ? PaymentSessionStatus.PENDING
          : toPaymentSessionStatus(state)
      return {
        status,
        data: {
          ...data,
          loan_status: loan.loanApplicationStatus,
          loan_state: state,
        },
      }
    } catch (error) {
      throw toMedusaError(error, "read loan")
    }
  }

  async retrievePayment({
    data,
  }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const { data: refreshed } = await this.getPaymentStatus({ data })
    return { data: refreshed }
  }

  async refundPayment({
    amount,
    data,
  }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = readSessionData(data)
    if (!this.options_.manualRefunds) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Baloan has no refund call: arrange the refund of loan ${session.loan_application_ref ?? ""} with Baloan, or enable the manualRefunds option to record refunds made outside the gateway.`
      )
    }
    this.logger_.warn(
      `Baloan: refund of ${String(amount)} on loan ${session.loan_application_ref} recorded as made outside the gateway (manualRefunds).`
    )
    return {
      data: {
        ...data,
        manual_refunds: [
          ...((data?.manual_refunds as unknown[] | undefined) ?? []),
          { amount: String(amount), recorded_at: new Date().toISOString() },
        ],
      },
    }
  }

  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    // The gateway sends no webhooks, and Medusa's hook route is open to
    // anyone: no payload arriving there is trusted.
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  private requireRef(session: BaloanSessionData, action: string): string {
    if (!session.loan_application_ref) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This payment has no Baloan loan application to ${action}.`
      )
    }
    return session.loan_application_ref
  }
}
