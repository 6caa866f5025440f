import { Table, Text } from "@medusajs/ui"
import type { AdminBaloanLoan } from "../../api/admin/baloan/types"
import { useBaloanI18n } from "../hooks/use-baloan-i18n"
import { LoanRow } from "./loan-row"

type LoansTableProps = {
  loans: AdminBaloanLoan[]
  count: number
  limit: number
  offset: number
  onOffset: (offset: number) => void
}

const COLUMNS = [
  "reference",
  "order",
  "state",
  "amount",
  "instalments",
  "created",
  "lastSync",
  "actions",
] as const

export const LoansTable = ({
  loans,
  count,
  limit,
  offset,
  onOffset,
}: LoansTableProps) => {
  const { t } = useBaloanI18n()
  const pageIndex = Math.floor(offset / limit)
  const pageCount = Math.max(1, Math.ceil(count / limit))

  return (
    <div>
      <div className="overflow-x-auto">
        <Table data-testid="baloan-loans-table">
          <Table.Header>
            <Table.Row>
              {COLUMNS.map((column) => (
                <Table.HeaderCell key={column}>
                  {t(`baloan.page.columns.${column}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {loans.map((loan) => (
              <LoanRow key={loan.id} loan={loan} />
            ))}
          </Table.Body>
        </Table>
      </div>
      {loans.length === 0 && (
        <Text size="small" className="text-ui-fg-muted px-6 py-8 text-center">
          {t("baloan.page.empty")}
        </Text>
      )}
      <Table.Pagination
        count={count}
        pageSize={limit}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex + 1 < pageCount}
        previousPage={() => onOffset(Math.max(0, offset - limit))}
        nextPage={() => onOffset(offset + limit)}
        translations={{
          of: t("baloan.page.pagination.of"),
          results: t("baloan.page.pagination.results"),
          pages: t("baloan.page.pagination.pages"),
          prev: t("baloan.page.pagination.prev"),
          next: t("baloan.page.pagination.next"),
        }}
      />
    </div>
  )
}
