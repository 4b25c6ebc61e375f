import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { BROWSE_FIXTURE, FIXTURE_INITIATIVES } from "./fixtures/data";

type Fixture = (typeof FIXTURE_INITIATIVES)[number];
const inDomain = (list: readonly Fixture[], domain: string) => list.filter((i) => (i.domains as readonly string[]).includes(domain));
const inCountry = (list: readonly Fixture[], code: string) => list.filter((i) => i.countries.some((c) => c.code === code));
const plural = (n: number) => `${n} initiative${n === 1 ? "" : "s"}`;

/** A facet checkbox by its label and live count, e.g. "Thailand (2 initiatives)". */
const facet = (page: Page, label: string, count: number) => page.getByRole("checkbox", { name: `${label} (${plural(count)})`, exact: true });
const resultCount = (page: Page) => page.getByRole("status").filter({ hasText: /initiatives? ?(·|$)|No initiatives/ });
const results = (page: Page) => page.getByRole("list", { name: "Results" });

test("a researcher filters by 5G and Thailand, opens an initiative and follows a quoted source to the highlighted passage", async ({ page }) => {
  await page.goto("/initiatives");
  await expect(resultCount(page)).toHaveText(plural(FIXTURE_INITIATIVES.length));
  const fiveG = inDomain(FIXTURE_INITIATIVES, "5g");
  const both = inCountry(fiveG, "TH");
  await expect(facet(page, "Thailand", inCountry(FIXTURE_INITIATIVES, "TH").length)).toBeVisible();

  // Keyboard: Space on a focused facet checkbox applies it.
  await facet(page, "5G", fiveG.length).focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/[?&]domain=5g(&|$)/);
  await expect(resultCount(page)).toHaveText(plural(fiveG.length));
  // The country counts now reflect the 5G filter.
  await expect(facet(page, "Thailand", both.length)).toBeVisible();
  await expect(facet(page, "Laos", 0)).toBeVisible();

  await facet(page, "Thailand", both.length).check();
  await expect(page).toHaveURL(/country=TH/);
  await expect(resultCount(page)).toHaveText(plural(both.length));
  // …and the domain counts reflect the Thailand filter, with 5G still selected.
  await expect(facet(page, "5G", both.length)).toBeChecked();
  await expect(results(page).getByRole("article")).toHaveCount(both.length);
  await expect(page.getByRole("link", { name: "Remove filter Domain: 5G" })).toBeVisible();

  // The status badge explains itself on keyboard focus too.
  const row = results(page).getByRole("article", { name: "E2E Thailand 5G Programme" });
  const badge = row.locator("[aria-describedby^=status-tip]");
  await badge.focus();
  await expect(row.getByRole("tooltip")).toBeVisible();
  await expect(badge).toHaveText(/Operational/);
  await expect(badge).toHaveAccessibleDescription(/Running: the facility is in service/);

  await row.getByRole("link", { name: "E2E Thailand 5G Programme" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E Thailand 5G Programme");
  await expect(page.getByText("Planned for Q3 2026")).toBeVisible();
  await expect(page.getByText("Unverified").first()).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "Sources disagree" })).toContainText("14 March 2023");
  await expect(page.getByRole("link", { name: BROWSE_FIXTURE.actor.name })).toHaveAttribute("href", `/actors/${BROWSE_FIXTURE.actor.slug}`);
  await expect(page.getByRole("link", { name: "Thailand" }).first()).toHaveAttribute("href", "/countries/TH");

  const [opened] = BROWSE_FIXTURE.milestones;
  const milestone = page.locator("#timeline").getByRole("listitem").filter({ hasText: opened.description });
  await expect(milestone.getByRole("blockquote")).toContainText(opened.quote);
  await milestone.getByRole("link", { name: BROWSE_FIXTURE.source.title }).click();

  await expect(page).toHaveURL(/\/sources\/\d+#citation-\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BROWSE_FIXTURE.source.title);
  const passage = page.locator("mark").filter({ hasText: opened.quote });
  await expect(passage).toBeVisible();
  await expect(passage).toHaveAttribute("id", new URL(page.url()).hash.slice(1));
  // Every cited passage is highlighted, and each links to the claim it supports.
  await expect(page.locator("mark")).toHaveCount(3);
  await expect(page.getByRole("link", { name: /supports: Milestone: “5G training academy opened in Bangkok”/ })).toHaveAttribute(
    "href",
    /^\/initiatives\/e2e-5g-thailand#milestone-\d+$/,
  );
});

test("search finds initiatives in English, German and Chinese and says why they matched", async ({ page }) => {
  const cases = [
    { q: "submarine cable", expected: "E2E Submarine Cable Association" },
    { q: "Unterseekabel", expected: "E2E Submarine Cable Association" },
    { q: "人工智能", expected: "E2E China-ASEAN AI Centre" },
  ];
  for (const { q, expected } of cases) {
    await page.goto("/initiatives");
    await page.getByRole("searchbox", { name: "Search initiatives" }).fill(q);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, "\\+")}`));
    const first = results(page).getByRole("article").first();
    await expect(first.getByRole("heading")).toHaveText(expected);
    await expect(first.locator("mark").first()).toBeVisible();
  }
});

test("a shared URL reproduces the same view, and the filter form works without JavaScript", async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto("/initiatives");
  await facet(page, "5G", inDomain(FIXTURE_INITIATIVES, "5g").length).check();
  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Name (A–Z)" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/domain=5g/);
  await expect(page).toHaveURL(/sort=name/);
  const names = await results(page).getByRole("heading").allTextContents();
  expect(names).toEqual(inDomain(FIXTURE_INITIATIVES, "5g").map((i) => i.name).sort());
  const shared = page.url();
  await noScript.close();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(shared);
  await expect(results(other).getByRole("heading")).toHaveText(names);
  await expect(facet(other, "5G", names.length)).toBeChecked();
  await expect(other.getByRole("combobox", { name: "Sort by" })).toHaveValue("name");
  await fresh.close();
});

test("an empty result offers to clear the filters", async ({ page }) => {
  await page.goto("/initiatives?domain=satellites");
  await expect(page.getByRole("heading", { name: "No initiatives match these filters" })).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL(/\/initiatives$/);
  await expect(resultCount(page)).toHaveText(plural(FIXTURE_INITIATIVES.length));
});

test("unknown records get a helpful 404", async ({ page }) => {
  for (const path of ["/initiatives/no-such-initiative", "/sources/999999", "/countries/XX", "/domains/quantum", "/actors/nobody"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("We could not find that page");
  }
  await expect(page.getByRole("searchbox", { name: "Search initiatives" })).toBeVisible();
  // A lower-case country code is not an error: it redirects to the canonical page.
  await page.goto("/countries/th");
  await expect(page).toHaveURL(/\/countries\/TH$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thailand");
});

test("browse pages have no serious or critical accessibility violations, in light and dark mode", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/sources");
  const sourceHref = await page.getByRole("link", { name: BROWSE_FIXTURE.source.title }).getAttribute("href");
  const paths = [
    "/initiatives",
    "/initiatives?q=cable",
    `/initiatives/${BROWSE_FIXTURE.initiativeSlug}`,
    "/countries",
    "/countries/TH",
    "/domains",
    "/domains/5g",
    "/actors",
    `/actors/${BROWSE_FIXTURE.actor.slug}`,
    "/sources",
    sourceHref!,
    "/initiatives/no-such-initiative",
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious, `${colorScheme} ${path}: ${JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)}`).toEqual([]);
    }
  }
});

test("an initiative page viewed as of a past day links related initiatives as of that day", async ({ page }) => {
  await page.goto("/initiatives/e2e-5g-thailand?asOf=2024-06-30");
  const related = page.getByRole("region", { name: "Related initiatives" }).getByRole("link", { name: "E2E Vietnam 5G Trial" });
  await expect(related).toHaveAttribute("href", "/initiatives/e2e-5g-vietnam?asOf=2024-06-30");
  await related.click();
  await expect(page).toHaveURL(/\/initiatives\/e2e-5g-vietnam\?asOf=2024-06-30$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E Vietnam 5G Trial");
  await expect(page.getByText("Showing the tracker as it stood on")).toBeVisible();
});

test("the list viewed as of a past day links each initiative's page as of that day", async ({ page }) => {
  await page.goto("/initiatives?asOf=2024-06-30&country=TH");
  const row = page.getByRole("link", { name: "E2E Thailand 5G Programme" });
  await expect(row).toHaveAttribute("href", "/initiatives/e2e-5g-thailand?asOf=2024-06-30");
});
