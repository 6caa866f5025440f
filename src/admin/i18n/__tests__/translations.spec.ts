import translations from "../index"

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") {
      found.set(path, value)
    } else {
      leaves(value, path).forEach((text, nested) => found.set(nested, text))
    }
  }
  return found
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort()

describe("the admin's translations", () => {
  const en = leaves(translations.en.translation)
  const fa = leaves(translations.fa.translation)

  it("keep every key under baloan, away from the dashboard's own", () => {
    expect(Object.keys(translations.en.translation)).toEqual(["baloan"])
    expect(Object.keys(translations.fa.translation)).toEqual(["baloan"])
  })

  it("have the same keys in English and Persian", () => {
    expect([...fa.keys()].sort()).toEqual([...en.keys()].sort())
  })

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of en) {
      expect([key, placeholders(fa.get(key) ?? "")]).toEqual([
        key,
        placeholders(text),
      ])
    }
  })

  it("never use i18next's reserved count option as a placeholder", () => {
    for (const text of [...en.values(), ...fa.values()]) {
      expect(placeholders(text)).not.toContain("count")
    }
  })

  it("write Persian in Persian", () => {
    expect(fa.get("baloan.title")).toMatch(/[\u0600-\u06ff]/)
    expect(fa.get("baloan.states.established")).not.toBe(
      en.get("baloan.states.established")
    )
  })
})
