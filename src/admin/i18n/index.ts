import en from "./en.json"
import fa from "./fa.json"

/**
 * Merged into the dashboard's own translations at build time; every key
 * sits under `baloan` so that none can shadow one of the dashboard's.
 */
export default {
  en: { translation: en },
  fa: { translation: fa },
}
