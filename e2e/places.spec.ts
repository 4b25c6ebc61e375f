// Where things are and which release: the map's sites and scope switch, an initiative's sites and check date, the
// footer's data release and the methodology page — each also checked with axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "./fixtures/editorial-fixtures";
import { PLACES_FIXTURE } from "./fixtures/places-fixtures";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
}

const countIn = async (page: Page, code: string) => Number(await page.locator(`tr[data-country="${code}"] td`).last().textContent());

test("the map draws each site, lists it, and its switch leaves region-wide agreements out of the counts", async ({ page }) => {
  await page.goto("/map");
  await expect(page.locator("svg [data-sites]")).toHaveAttribute("data-sites", "1");
  const sites = page.getByRole("region", { name: /Sites and landing points/ });
  await expect(sites.getByRole("row").filter({ hasText: PLACES_FIXTURE.site.name })).toContainText("Vientiane, Laos");

  const vietnamAll = await countIn(page, "VN");
  const laosAll = await countIn(page, "LA");
  await page.getByRole("link", { name: "Bilateral and physical projects" }).click();
  await expect(page).toHaveURL(/[?&]scope=local(&|$)/);
  await expect(page.getByRole("link", { name: "Bilateral and physical projects" })).toHaveAttribute("aria-current", "page");
  expect(await countIn(page, "VN")).toBe(vietnamAll - 1);
  expect(await countIn(page, "LA")).toBe(laosAll);
  await expect(page.getByRole("link", { name: "Without region-wide agreements" }).or(page.getByText("Without region-wide agreements")).first()).toBeVisible();
  await expectNoSeriousViolations(page);

  // The country page follows the same switch.
  await page.goto("/countries/VN?scope=local");
  await expect(page.getByRole("link", { name: "Bilateral and physical projects" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: /E2E Vietnam 5G Trial/ })).toHaveCount(0);
});

test("an initiative shows where it is, when an editor last checked it, and labels notes as summaries", async ({ page }) => {
  await page.goto(`/initiatives/${PLACES_FIXTURE.siteInitiative}`);
  const where = page.getByRole("region", { name: /^Where/ });
  await expect(where).toContainText(PLACES_FIXTURE.site.name);
  await expect(where).toContainText("17.97, 102.63");
  await expect(page.getByTestId("reviewed-on")).toContainText("30 Nov 2026");
  await expect(page.getByText("Scope", { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the footer names the data release and the methodology page explains it", async ({ page }) => {
  await page.goto("/initiatives");
  await expect(page.getByTestId("dataset-release")).toHaveText(`Data release ${PLACES_FIXTURE.release.version}, researched as of ${PLACES_FIXTURE.release.asOf}`);
  await page.getByRole("contentinfo").getByRole("link", { name: "Methodology" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
  await expect(page.getByTestId("methodology-release")).toHaveText(PLACES_FIXTURE.release.version);
  await expect(page.getByRole("heading", { name: "“Possibly stalled” and “checked”" })).toBeVisible();
  await expectNoSeriousViolations(page);
  const exported = (await (await page.request.get("/api/v1/export/initiatives.json")).json()) as { datasetVersion: string };
  expect(exported.datasetVersion).toBe(PLACES_FIXTURE.release.version);
});

test("an editor records that the status was checked today, from the initiative page", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_USERS.editor.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto("/initiatives/e2e-cable-association");
  await expect(page.getByTestId("reviewed-on")).toHaveText("not yet");
  await page.getByRole("button", { name: "Record: status checked today" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status checked today." })).toBeVisible();
  await page.reload();
  const today = new Date();
  await expect(page.getByTestId("reviewed-on")).not.toHaveText("not yet");
  const body = (await (await page.request.get("/api/v1/initiatives/e2e-cable-association")).json()) as { reviewedOn: string };
  expect(body.reviewedOn).toBe(today.toISOString().slice(0, 10));
});
