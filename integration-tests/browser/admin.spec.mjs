// The admin side in a real browser: a store with the plugin and its admin,
// two orders paid with loans, and Debian's Chromium signing in as the shop's
// admin. It checks the order widget against the sandbox's own record of the
// loan, refreshes it, follows the admin's language, and filters the loans
// page; the screenshots for the README come out of the same run.
import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { hasChromium, launchChromium } from "./chromium.mjs"
import { grouped, persianDigits, tehranDay } from "./expected.mjs"
import { startStoreProcess } from "./store-handle.mjs"

const DOCS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../docs"
)
const UI_TIMEOUT_MS = 60_000

jest.setTimeout(300_000)

// scripts/test.mjs skips the suite, saying why, when Chromium is missing;
// this keeps a direct jest run honest too.
const describeWithChromium = hasChromium() ? describe : describe.skip

describeWithChromium("the admin in a browser", () => {
  let storeProcess
  let store
  let browser
  let page

  beforeAll(async () => {
    storeProcess = startStoreProcess()
    store = await storeProcess.ready
    browser = await launchChromium()
    page = await browser.context.newPage()
    page.setDefaultTimeout(UI_TIMEOUT_MS)
    await signIn(page, store)
  }, 280_000)

  afterAll(async () => {
    await browser?.close()
    await storeProcess?.stop()
  })

  const adminUrl = (route) => `${store.url}/app${route}`
  /** The loan as the sandbox keeps it, through its control API. */
  const sandboxLoan = async (ref) => {
    const response = await fetch(`${store.sandboxUrl}/__sandbox/loans/${ref}`)
    expect(response.status).toBe(200)
    return response.json()
  }
  const widget = () => page.getByTestId("baloan-widget")
  const fact = (name) => widget().getByTestId(`baloan-fact-${name}`)

  async function openOrder(orderId) {
    await page.goto(adminUrl(`/orders/${orderId}`))
    await widget().waitFor()
  }

  it("shows a settled loan as the gateway has it", async () => {
    const { orderId, ref } = store.orders.settled
    const loan = await sandboxLoan(ref)
    await openOrder(orderId)

    await expectText(widget().getByTestId("baloan-state"), "Established")
    await expectText(fact("reference"), ref)
    await expectText(fact("gateway-status"), loan.loanApplicationStatus)
    await expectText(
      fact("amount"),
      `${grouped(Number(loan.loanAmount))} rials`
    )
    await expectText(
      fact("plan"),
      `${loan.numberOfRepayments} × ${grouped(loan.firstRepaymentAmount)} rials`
    )
    await expectText(fact("interest-rate"), `${loan.interestRate}%`)
    await expectText(
      fact("instalments"),
      `${loan.numberOfPaidRepayments} of ${loan.numberOfRepayments}`
    )
    await expectDualDate(fact("disbursement"), loan.disbursementDate)
    await expectDualDate(fact("next-repayment"), loan.nextRepaymentDate)

    const creditLine = widget().getByTestId("baloan-credit-line-name")
    await expectText(creditLine, loan.whiteListName)
    expect(
      await creditLine.evaluate(
        (node) =>
          node.ownerDocument.defaultView.getComputedStyle(node).direction
      )
    ).toBe("rtl")

    await expectText(fact("national-code"), /^[0-9]{2}\*{6}[0-9]{2}$/)
    expect(await widget().textContent()).not.toContain(loan.nationalCode)
    expect(
      await widget().getByTestId("baloan-freshness").getAttribute("data-live")
    ).toBe("true")
    await widget().getByTestId("baloan-notice-refundsThroughBaloan").waitFor()
    expect(
      await widget()
        .getByTestId("baloan-history-entry")
        .evaluateAll((entries) =>
          entries.map((entry) => entry.getAttribute("data-to-state"))
        )
    ).toContain("established")

    await screenshotWidget(page, "admin-order-widget.png")
  })

  it("refreshes the loan now and says so", async () => {
    const { orderId } = store.orders.settled
    await openOrder(orderId)

    const answered = page.waitForResponse(
      (response) =>
        /\/admin\/baloan\/loans\/[^/]+\/sync$/.test(response.url()) &&
        response.request().method() === "POST"
    )
    await widget().getByTestId("baloan-refresh").click()

    expect((await answered).status()).toBe(200)
    await page.getByText("Loan refreshed from Baloan").waitFor()
    await expectText(widget().getByTestId("baloan-state"), "Established")
  })

  it("explains why a loan awaiting the customer cannot be captured yet", async () => {
    const { orderId, ref } = store.orders.waiting
    await openOrder(orderId)

    await expectText(widget().getByTestId("baloan-state"), "Awaiting customer")
    await expectText(fact("reference"), ref)
    await expectText(
      widget().getByTestId("baloan-notice-captureBlocked"),
      /Blu app/
    )
    await expectText(fact("disbursement"), "—")
  })

  it("speaks Persian, right to left, when the admin's language is Persian", async () => {
    const { orderId, ref } = store.orders.settled
    const loan = await sandboxLoan(ref)
    await setLanguage(page, store.url, "fa")
    try {
      await openOrder(orderId)

      await expectText(widget().getByRole("heading").first(), "وام بالون")
      await expectText(widget().getByTestId("baloan-state"), "برقرار شده")
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl")
      await expectText(
        widget().getByTestId("baloan-amount-rials"),
        persianDigits(grouped(Number(loan.loanAmount))).replace(/,/g, "٬")
      )
      await screenshotWidget(page, "admin-order-widget-fa.png")
    } finally {
      await setLanguage(page, store.url, "en")
    }
  })

  it("lists every loan on its own page, with counts per state and a filter", async () => {
    const { settled, waiting } = store.orders
    await page.goto(adminUrl("/orders"))
    await page.getByRole("link", { name: "Baloan loans" }).first().click()
    await page.waitForURL(/\/app\/baloan-loans/)

    const rows = page.getByTestId("baloan-loan-row")
    await expect(rowCount(rows, 2)).resolves.toBe(2)
    const filter = page.getByTestId("baloan-state-filter")
    await expectText(filter.locator('[data-state="all"]'), /All\s*2/)
    await expectText(filter.locator('[data-state="established"]'), /1$/)
    await expectText(filter.locator('[data-state="awaiting_customer"]'), /1$/)
    await expectText(filter.locator('[data-state="refused"]'), /0$/)
    await page.screenshot({
      path: path.join(DOCS_DIR, "admin-loans-page.png"),
      fullPage: true,
    })

    await filter.locator('[data-state="established"]').click()
    await page.waitForURL(/state=established/)
    await expect(rowCount(rows, 1)).resolves.toBe(1)
    await expectText(rows.first(), settled.ref)
    expect(await page.getByText(waiting.ref).count()).toBe(0)

    await rows.first().getByTestId("baloan-order-link").click()
    await page.waitForURL(new RegExp(`/app/orders/${settled.orderId}`))
    await widget().waitFor()
  })
})

/** The whole widget, history included, however tall it is. */
async function screenshotWidget(page, file) {
  const viewport = page.viewportSize()
  const box = await page.getByTestId("baloan-widget").boundingBox()
  await page.setViewportSize({
    width: viewport.width,
    height: Math.max(viewport.height, Math.ceil(box.y + box.height) + 40),
  })
  try {
    await page
      .getByTestId("baloan-widget")
      .screenshot({ path: path.join(DOCS_DIR, file), animations: "disabled" })
  } finally {
    await page.setViewportSize(viewport)
  }
}

async function signIn(page, store) {
  await page.goto(`${store.url}/app/login`)
  await page.locator('input[name="email"]').fill(store.admin.email)
  await page.locator('input[name="password"]').fill(store.admin.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/, { timeout: UI_TIMEOUT_MS })
}

/** The dashboard reads the admin's language from its `lng` cookie. */
async function setLanguage(page, url, language) {
  await page.context().addCookies([{ name: "lng", value: language, url }])
  await page.evaluate(
    (value) => globalThis.localStorage.setItem("lng", value),
    language
  )
}

/** Waits until the element's text matches, then checks it once more. */
async function expectText(locator, expected) {
  const matches = (text) =>
    expected instanceof RegExp
      ? expected.test(text.trim())
      : text.includes(expected)
  const deadline = Date.now() + UI_TIMEOUT_MS
  let text = ""
  while (Date.now() < deadline) {
    text = (await locator.textContent().catch(() => "")) ?? ""
    if (matches(text)) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  expect(text).toEqual(
    expected instanceof RegExp
      ? expect.stringMatching(expected)
      : expect.stringContaining(expected)
  )
}

/** A day shown in both calendars, checked against jalaali-js. */
async function expectDualDate(locator, isoInstant) {
  const day = tehranDay(isoInstant)
  const time = locator.locator("time")
  expect(await time.getAttribute("datetime")).toBe(day.iso)
  const jalali = await time.locator('[data-calendar="jalali"]').textContent()
  expect(jalali).toContain(day.jalaliYear)
  expect(jalali).toContain(day.jalaliMonth)
  expect(jalali).toContain(day.jalaliDay)
  const gregorian = await time
    .locator('[data-calendar="gregorian"]')
    .textContent()
  expect(gregorian).toContain(day.iso.slice(0, 4))
}

async function rowCount(rows, expected) {
  const deadline = Date.now() + UI_TIMEOUT_MS
  let count = await rows.count()
  while (count !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    count = await rows.count()
  }
  return count
}
