import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { PLACES_FIXTURE } from "./fixtures/places-fixtures";
import Papa from "papaparse";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
}

test("the Export menu on the list downloads a CSV with exactly the filtered rows", async ({ page }) => {
  await page.goto("/initiatives?domain=5g");
  // The result count, not the filter form's (screen-reader only) progress message, which is also a status.
  const status = page.getByRole("status").filter({ hasText: /^\s*\d+ initiatives?/ }).first();
  await expect(status).toBeVisible();
  const total = Number((await status.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThanOrEqual(2);

  await page.getByTestId("export-menu").locator("summary").click();
  await expectNoSeriousViolations(page);
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/list-export.png`, fullPage: false });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Initiatives (CSV)" }).click()]);
  // The file name carries the data release it was made from (the e2e database holds PLACES_FIXTURE's release).
  expect(download.suggestedFilename()).toBe(`tracker-initiatives-v${PLACES_FIXTURE.release.version}.csv`);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<Record<string, string>>(bytes.toString("utf8").slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(total);
  for (const row of rows) expect(row.domains?.split("; ")).toContain("5g");
  const names = rows.map((r) => r.name);
  expect(names).toEqual(expect.arrayContaining(["E2E Thailand 5G Programme", "E2E Vietnam 5G Trial"]));
  expect(names).not.toContain("E2E China-ASEAN AI Centre");
});

test("the as-of control shows the list as it stood on a past day, at a citable URL", async ({ page }) => {
  await page.goto("/initiatives?domain=5g");
  await expect(page.getByRole("link", { name: "E2E Vietnam 5G Trial" })).toBeVisible();
  await page.getByLabel("As of", { exact: true }).fill("2024-04-30");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]asOf=2024-04-30/);
  await expect(page).toHaveURL(/[?&]domain=5g/);
  await expect(page.getByText("Showing the tracker as it stood on")).toBeVisible();
  await expectNoSeriousViolations(page);
  // Announced on 1 May 2024 (the fixtures' default): not on record yet.
  await expect(page.getByRole("link", { name: "E2E Vietnam 5G Trial" })).toHaveCount(0);
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page.getByRole("link", { name: "E2E Vietnam 5G Trial" })).toBeVisible();
});

test("an initiative page offers a citation, a feed and its sources for reference managers", async ({ page, request }) => {
  await page.goto("/initiatives/e2e-5g-vietnam");
  await expectNoSeriousViolations(page);
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/initiative.png`, fullPage: true });
  const citation = page.getByTestId("text-citation");
  await expect(citation).toContainText("E2E Vietnam 5G Trial (version 1). Retrieved");
  await expect(citation).toContainText("/initiatives/e2e-5g-vietnam");
  const feed = await request.get((await page.getByRole("link", { name: /Follow/ }).getAttribute("href"))!);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain("<title type=\"text\">E2E Vietnam 5G Trial: Operational</title>");
  const bib = await request.get((await page.getByRole("link", { name: /^BibTeX citation of this page/ }).getAttribute("href"))!);
  expect(await bib.text()).toMatch(/^@misc\{tracker-e2e-5g-vietnam,/);
});

test("the API page is readable and has no serious or critical accessibility violations", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "Open data and API" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "GET /api/v1/initiatives", exact: true })).toBeVisible();
    await expectNoSeriousViolations(page);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/api-${colorScheme}.png` });
  }
  const openapi = await page.request.get("/api/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");
});
