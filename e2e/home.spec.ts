import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { FIXTURE_INITIATIVES } from "./fixtures/data";

test("the home page shows counts by status and by domain from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("China–ASEAN digital cooperation");

  const total = page.getByRole("definition").filter({ hasText: /^\d+$/ }).first();
  await expect(total).toHaveText(String(FIXTURE_INITIATIVES.length));

  const expectStatus = (status: string) => FIXTURE_INITIATIVES.filter((i) => i.status === status).length;
  await expect(page.getByRole("link", { name: `${expectStatus("operational")} Operational initiatives` })).toBeVisible();
  await expect(page.getByRole("link", { name: `${expectStatus("proposed")} Proposed initiatives` })).toBeVisible();
  await expect(page.getByRole("link", { name: "0 Cancelled initiatives" })).toBeVisible();

  const fiveG = FIXTURE_INITIATIVES.filter((i) => (i.domains as readonly string[]).includes("5g")).length;
  // The counts by domain are the "Status by domain" chart's table alternative.
  await page.getByRole("region", { name: "Status by domain" }).getByText("View as table").click();
  await expect(page.getByRole("link", { name: `${fiveG} initiatives in 5G` })).toBeVisible();
});

test("the home page has no serious or critical accessibility violations, in light and dark mode", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious, JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
  }
});

test("scripts run under the strict CSP: the theme toggle works and nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  const response = await page.goto("/");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-powered-by"]).toBeUndefined();

  const toggle = page.getByRole("button", { name: "Dark mode" });
  const before = await toggle.getAttribute("aria-pressed");
  await toggle.click();
  await expect(toggle).not.toHaveAttribute("aria-pressed", before ?? "");
  await expect(page.locator("html")).toHaveClass(before === "true" ? /light/ : /dark/);
  expect(violations).toEqual([]);
});
