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
