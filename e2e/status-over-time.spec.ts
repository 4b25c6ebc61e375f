// Entity pages' "Status over time" chart: Recharts draws it after hydration, its table holds the same numbers, and
// those equal the list as it stood at each year's end (the public API with asOf), whatever other journeys changed.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { BROWSE_FIXTURE } from "./fixtures/data";

const chartPanel = (page: Page) => page.getByRole("region", { name: "Status over time" });
const drawing = (page: Page) => chartPanel(page).getByRole("application", { name: "Status over time" });

test("a country page draws its status over time, and the table's numbers for a year equal the list as of that year's end", async ({
  page,
}) => {
  await page.goto("/countries/TH");
  const panel = chartPanel(page);
  await expect(panel.getByRole("figure")).toBeVisible();
  await expect(drawing(page)).toBeVisible();
  await expect(panel.locator(".recharts-bar-rectangle").first()).toBeVisible();

  // Keyboard: focusing the chart and pressing an arrow key shows a year's counts.
  await drawing(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect(panel.locator(".recharts-tooltip-wrapper")).toContainText("Total");

  await panel.getByText("View as table").click();
  const table = panel.getByRole("table");
  await expect(table).toBeVisible();
  const headers = (await table.getByRole("columnheader").allInnerTexts()).map((h) =>
    h.replace(/^[^A-Za-z]+/, "").trim(),
  );
  const years = (await table.getByRole("rowheader").allInnerTexts()).map((y) => y.trim());
  const year = years.at(-2) ?? years[0]!; // the last complete year when there is one
  const cells = await table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: year, exact: true }) })
    .getByRole("cell")
    .allInnerTexts();
  const shown = Object.fromEntries(headers.slice(1).map((h, i) => [h, Number(cells[i])]));

  const asOf = year === String(new Date().getUTCFullYear()) ? new Date().toISOString().slice(0, 10) : `${year}-12-31`;
  const response = await page.request.get(`/api/v1/initiatives?country=TH&asOf=${asOf}`);
  expect(response.ok()).toBe(true);
  const list = (await response.json()) as { total: number; facets: { status: { label: string; count: number }[] } };
  const expected = Object.fromEntries(list.facets.status.filter((s) => s.count > 0).map((s) => [s.label, s.count]));
  const { Total: total, ...byStatus } = shown;
  expect(Object.fromEntries(Object.entries(byStatus).filter(([, n]) => n > 0))).toEqual(expected);
  expect(total).toBe(list.total);
  expect(list.total).toBeGreaterThan(0);

  // The year's total opens the list as it stood then.
  await table.getByRole("link", { name: new RegExp(`at the end of ${year}|in ${year} so far`) }).click();
  await expect(page).toHaveURL(new RegExp(`/countries/TH(\\?asOf=${year}-12-31)?$`));
});

test("the chart fits a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/countries/TH");
  await expect(drawing(page)).toBeVisible();
  const box = await drawing(page).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("entity pages with the chart have no serious or critical accessibility violations, in light and dark mode", async ({
  page,
}) => {
  test.setTimeout(90_000);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/countries/TH", "/domains/5g", `/actors/${BROWSE_FIXTURE.actor.slug}`]) {
      await page.goto(path);
      await expect(drawing(page)).toBeVisible();
      await chartPanel(page).getByText("View as table").click();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        serious,
        `${colorScheme} ${path}: ${JSON.stringify(
          serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })),
          null,
          2,
        )}`,
      ).toEqual([]);
    }
  }
});
