import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Container, Heading, Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { LoansStateFilter } from "../../components/loans-state-filter"
import { LoansTable } from "../../components/loans-table"
import { useBaloanI18n } from "../../hooks/use-baloan-i18n"
import { useLoans } from "../../hooks/use-loans"
import { useLoansSearchParams } from "../../hooks/use-loans-search-params"

const SEARCH_DELAY_MS = 300

/** Every loan the store made, for the shop's finance person. */
const BaloanLoansPage = () => {
  const { t } = useBaloanI18n()
  const { query, setState, setSearch, setOffset } = useLoansSearchParams()
  const { data, error, isLoading } = useLoans(query)
  const [search, setSearchText] = useState(query.q ?? "")

  // The list reloads once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((query.q ?? "") !== search.trim()) {
        setSearch(search.trim())
      }
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [search, query.q, setSearch])

  return (
    <Container className="divide-y p-0" data-testid="baloan-loans-page">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{t("baloan.page.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("baloan.page.description")}
        </Text>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <LoansStateFilter
          selected={query.state}
          counts={data?.counts}
          onSelect={setState}
        />
        <Input
          type="search"
          size="small"
          style={{ maxWidth: "20rem" }}
          placeholder={t("baloan.page.search")}
          value={search}
          onChange={(event) => setSearchText(event.target.value)}
          data-testid="baloan-loans-search"
        />
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("baloan.loadFailed", { message: error.message })}
        </Text>
      ) : isLoading || !data ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("baloan.loading")}
        </Text>
      ) : (
        <LoansTable
          loans={data.loans}
          count={data.count}
          limit={data.limit}
          offset={data.offset}
          onOffset={setOffset}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "baloan.menu",
  translationNs: "translation",
  icon: CreditCard,
})

export default BaloanLoansPage
