import { expect, test } from "@playwright/test";

// WCAG 1.4.13 (content on hover or focus): the status badge's explanation is reachable by keyboard, stays while the
// pointer moves onto it, and Escape dismisses it without moving focus or the pointer.
test("a status badge's explanation shows on focus and hover, stays while hovered, and Escape dismisses it", async ({
  page,
}) => {
  await page.goto("/initiatives");
  const row = page.getByRole("list", { name: "Results" }).getByRole("article", { name: "E2E Thailand 5G Programme" });
  const link = row.getByRole("link", { name: "E2E Thailand 5G Programme" });
  const badge = row.getByText(/^\W*Operational$/);
  const tip = row.getByRole("tooltip");
  await expect(tip).toBeHidden();

  // Keyboard: the badge is the next tab stop after the initiative's link.
  await link.focus();
  await page.keyboard.press("Tab");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("Running: the facility is in service");
  // (Retried until the page has hydrated: before that, Escape has no handler.)
  await expect(async () => {
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden({ timeout: 500 });
  }).toPass();
  // Focus did not move: Shift+Tab goes back to the link, and the tip is back once focus returns.
  await page.keyboard.press("Shift+Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(tip).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await expect(tip).toBeHidden();

  // Pointer: the tip stays while the pointer moves from the badge onto it; Escape hides it where the pointer is.
  await badge.hover();
  await expect(tip).toBeVisible();
  await tip.hover();
  await expect(tip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();
  // Leaving and coming back shows it again.
  await page.getByRole("heading", { level: 1 }).hover();
  await badge.hover();
  await expect(tip).toBeVisible();
});

// The dashboard's activity feed explains its statuses the same way: each badge is a tab stop after the item's link.
test("a status in the dashboard's activity feed explains itself on keyboard focus, and Escape dismisses it", async ({ page }) => {
  await page.goto("/");
  const feed = page.getByRole("region", { name: "Latest changes" });
  const item = feed.getByRole("listitem").filter({ hasText: /Status (changed from|recorded as)/ }).first();
  const tip = item.getByRole("tooltip").first();
  await expect(tip).toBeHidden();

  await item.getByRole("link").first().focus();
  await page.keyboard.press("Tab");
  const badge = page.locator(":focus");
  await expect(badge).toHaveAttribute("aria-describedby", /^status-tip-activity-/);
  await expect(tip).toBeVisible();
  await expect(badge).toHaveAccessibleDescription(/^[\w -]+: \S.+/);
  await expect(async () => {
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden({ timeout: 500 });
  }).toPass();
  await expect(badge).toBeFocused();
});
