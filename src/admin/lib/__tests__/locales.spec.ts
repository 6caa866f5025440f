import { JALALI_LOCALE, localesFor } from "../locales"

describe("localesFor", () => {
  it("serves Persian digits and both calendars to a Persian admin", () => {
    expect(localesFor("fa")).toEqual({
      persian: true,
      numbers: "fa-IR",
      gregorian: "fa-IR-u-ca-gregory",
      jalali: JALALI_LOCALE,
    })
  })

  it("turns the dashboard's language codes into Intl tags", () => {
    expect(localesFor("enGB").numbers).toBe("en-GB")
    expect(localesFor("ptBR").gregorian).toBe("pt-BR")
    expect(localesFor("enGB").persian).toBe(false)
  })

  it("keeps the Jalali calendar in Persian whatever the language", () => {
    expect(localesFor("de").jalali).toBe("fa-IR-u-ca-persian")
  })

  it("falls back to English for a code Intl cannot read", () => {
    expect(localesFor("not a language!").numbers).toBe("en")
    expect(localesFor(undefined).numbers).toBe("en")
  })
})
