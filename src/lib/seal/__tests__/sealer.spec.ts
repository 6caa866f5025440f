import { createSealer } from "../sealer"

describe("createSealer", () => {
  const details = { nationalCode: "0012345679", birthdate: "1991-09-22" }

  it("opens what it sealed, and the sealed text shows nothing of it", () => {
    const sealer = createSealer("secret-a")
    const sealed = sealer.seal(details, 60_000)

    expect(sealed).not.toContain(details.nationalCode)
    expect(
      Buffer.from(sealed.slice(3), "base64url").toString("latin1")
    ).not.toContain(details.nationalCode)
    expect(sealer.open(sealed)).toEqual(details)
  })

  it("refuses another key, a changed text and an expired seal", () => {
    let now = 1_000
    const sealer = createSealer("secret-a", () => now)
    const sealed = sealer.seal(details, 500)
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA")

    expect(createSealer("secret-b").open(sealed)).toBeNull()
    expect(sealer.open(tampered)).toBeNull()
    expect(sealer.open("not sealed")).toBeNull()
    expect(sealer.open(undefined)).toBeNull()
    now = 1_501
    expect(sealer.open(sealed)).toBeNull()
  })
})
