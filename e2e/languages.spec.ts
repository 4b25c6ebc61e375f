import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { LANGUAGE_FIXTURE } from "./fixtures/data";

const results = (page: Page) => page.getByRole("list", { name: "Results" });

async function search(page: Page, q: string) {
  await page.goto("/initiatives");
  await page.getByRole("searchbox", { name: "Search initiatives" }).fill(q);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test("search finds initiatives through their names in the region's languages and says which alias matched", async ({ page }) => {
  const cases = [
    // Typed without diacritics: folded on both sides.
    { q: "cap quang bien", expected: "E2E Submarine Cable Association", label: "Matched an alias in Vietnamese", mark: "cáp quang biển" },
    { q: "kecerdasan buatan", expected: "E2E China-ASEAN AI Centre", label: "Matched an alias in Indonesian", mark: "Kecerdasan Buatan" },
    { q: "rangkaian 5G", expected: "E2E Vietnam 5G Trial", label: "Matched an alias in Malay", mark: "rangkaian 5G" },
    { q: "kable sa ilalim ng dagat", expected: "E2E Submarine Cable Association", label: "Matched an alias in Filipino", mark: "kable sa ilalim ng dagat" },
    { q: "บุคลากร 5G", expected: "E2E Thailand 5G Programme", label: "Matched an alias in Thai", mark: "บุคลากร" },
  ];
  for (const { q, expected, label, mark } of cases) {
    await search(page, q);
    const first = results(page).getByRole("article").first();
    await expect(first.getByRole("heading"), q).toHaveText(expected);
    await expect(first.getByText(label), q).toBeVisible();
    await expect(first.locator("mark").first(), q).toHaveText(mark);
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("a Thai query whose words are apart in the name is found by segmenting it into words", async ({ page }) => {
  // "ฝึกอบรมจีน" (training China) is nowhere in the text as such; "ฝึกอบรม" and "จีน" are, apart.
  await search(page, "ฝึกอบรมจีน");
  await expect(results(page).getByRole("article")).toHaveCount(1);
  const first = results(page).getByRole("article").first();
  await expect(first.getByRole("heading")).toHaveText("E2E Thailand 5G Programme");
  await expect(first.locator("mark")).toHaveText(["ฝึก", "อบรม", "จีน"]);
});

test("a query in one language finds initiatives recorded in another through the domain and country vocabulary", async ({ page }) => {
  // The E2E AI centre has no Thai text at all: "ปัญญาประดิษฐ์" is the AI domain's name in Thai, "ลาว" is Laos.
  await search(page, "ปัญญาประดิษฐ์ในลาว");
  const row = results(page).getByRole("article").filter({ has: page.getByRole("heading", { name: "E2E China-ASEAN AI Centre" }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Matched a domain's name in Thai")).toBeVisible();
  await expect(row.locator("mark")).toHaveText(["ปัญญาประดิษฐ์", "ลาว"]);
  // Every result is an AI initiative involving Laos: the Vietnam 5G trial (no AI, no Laos) is not among them.
  await expect(results(page).getByRole("heading", { name: "E2E Vietnam 5G Trial" })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("the source page renders archived Thai text in a Thai font", async ({ page }, testInfo) => {
  await page.goto("/sources");
  await page.getByRole("link", { name: LANGUAGE_FIXTURE.source.title }).click();
  await expect(page).toHaveURL(/\/sources\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LANGUAGE_FIXTURE.source.title);
  await expect(page.locator('[lang="th"]').filter({ hasText: "ศูนย์ดังกล่าว" })).toBeVisible();
  // Which fonts Chromium actually drew the text with: a Thai font, not boxes — the platform's or, on a machine with
  // none (a fresh Debian), the Noto Sans Thai face the app ships (app/fonts.css), once it has loaded.
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  await cdp.send("DOM.getDocument");
  const { result } = await cdp.send("Runtime.evaluate", {
    expression: `[...document.querySelectorAll('[lang="th"]')].find((e) => e.textContent.includes("ศูนย์ดังกล่าว"))`,
  });
  const { nodeId } = await cdp.send("DOM.requestNode", { objectId: result.objectId! });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  const families = fonts.map((f) => f.familyName);
  expect(families.some((f) => /Thai|Loma|Garuda|Norasi|Kinnari|Leelawadee|Thonburi|Sarabun|Waree|Tlwg/i.test(f)), families.join(", ")).toBe(true);
  await testInfo.attach("thai-source-page", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await page.screenshot({ path: "test-results/thai-source-page.png", fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});
