import { useTranslation } from "react-i18next"
import { localesFor, type BaloanLocales } from "../lib/locales"

/** The translation function and the Intl locales of the admin's language. */
export function useBaloanI18n(): {
  t: ReturnType<typeof useTranslation>["t"]
  locales: BaloanLocales
} {
  const { t, i18n } = useTranslation()
  return { t, locales: localesFor(i18n.language) }
}
