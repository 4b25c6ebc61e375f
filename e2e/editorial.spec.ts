// Editorial journeys: an editor changes a status citing a passage of a stored source and sees it everywhere;
// a viewer gets no edit controls and a forged write from their session is refused. Axe on the new pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, EDITORIAL_FIXTURE } from "./fixtures/editorial-fixtures";

const SLUG = EDITORIAL_FIXTURE.initiativeSlug;
const PASSAGE = EDITORIAL_FIXTURE.passage;
const source = EDITORIAL_FIXTURE.source;
const sourceOption = `${source.title} — ${source.publisher}, ${source.publishedOn}`;

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
}

async function signIn(page: Page, user: { email: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function statusChangeBody(page: Page, status: string) {
  const initiative = (await (await page.request.get(`/api/v1/initiatives/${SLUG}`)).json()) as { version: number };
  const sources = (await (await page.request.get(`/api/v1/sources?q=${encodeURIComponent(source.title)}`)).json()) as { data: { id: number }[] };
  return { status, effectiveOn: "2025-07", note: "Restored by the e2e journey.", citations: [{ sourceId: sources.data[0]!.id, quote: PASSAGE }], version: initiative.version };
}

test("the sign-in page is accessible and says clearly when the password is wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByLabel("Email").fill(E2E_USERS.viewer.email);
  await page.getByLabel("Password").fill("not the password");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Wrong email or password.");
});

test("an editor changes a status citing a selected passage and sees the status, the history entry and the changelog", async ({ page }) => {
  await signIn(page, E2E_USERS.editor);
  await expect(page).toHaveURL(/\/editor$/);

  await page.goto(`/editor/initiatives/${SLUG}`);
  await page.getByRole("link", { name: "Change status" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change status" })).toBeVisible();

  // Submitting the empty form lists every missing field, and nothing is saved.
  await page.getByRole("button", { name: "Change status" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("New status:");
  await expect(alert).toContainText("Effective date:");
  await expect(alert).toContainText("Note:");
  await expect(alert).toContainText("Citation 1, source:");
  await expectNoSeriousViolations(page);

  await page.getByLabel("New status").selectOption("operational");
  await page.getByLabel("Effective date").fill("2025-06");
  await page.getByLabel("Note", { exact: true }).fill("The centre is running its first training programme.");
  await page.getByRole("combobox", { name: "Source (citation 1)" }).selectOption({ label: sourceOption });
  const text = page.getByLabel("Source text (citation 1) — select the passage you quote");
  await expect(text).toBeVisible();
  // Select the passage in the source text, as a reader would with Shift+arrow keys or the mouse.
  await text.evaluate((box: HTMLTextAreaElement, passage) => {
    const start = box.value.indexOf(passage);
    box.focus();
    box.setSelectionRange(start, start + passage.length);
  }, PASSAGE);
  await page.getByRole("button", { name: "Quote the selected passage" }).click();
  await expect(page.getByLabel("Quoted passage (citation 1)")).toHaveValue(PASSAGE);
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "Change status" }).click();

  await expect(page).toHaveURL(new RegExp(`/editor/initiatives/${SLUG}\\?saved=status`));
  await expect(page.getByRole("main").getByRole("status")).toContainText("Status changed");
  await expect(page.getByText("Current status:")).toContainText("Operational");
  const history = page.getByRole("region", { name: "Status history" });
  await expect(history).toContainText("The centre is running its first training programme.");
  await expect(history).toContainText(PASSAGE);
  const changelog = page.getByRole("region", { name: "Changelog" });
  await expect(changelog).toContainText("Status changed from In progress to Operational, effective Jun 2025");
  await expect(changelog).toContainText("An editor");
  await expect(changelog).toContainText(PASSAGE);

  // The public page shows the new status and the changelog, and — to an editor — the edit links.
  await page.goto(`/initiatives/${SLUG}`);
  await expect(page.getByText("Operational").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Changelog" })).toContainText("Status changed from In progress to Operational");
  await expect(page.getByRole("navigation", { name: "Edit this initiative" }).getByRole("link", { name: "Change status" })).toBeVisible();

  // Put the fixture back as it was, so journeys that count statuses are not affected (a cited change, again).
  const restored = await page.request.post(`/api/v1/initiatives/${SLUG}/status-changes`, {
    data: await statusChangeBody(page, "in-progress"),
    headers: { origin: new URL(page.url()).origin },
  });
  expect(restored.status()).toBe(201);
});

test("the admin's audit log lists the change and is accessible", async ({ page }) => {
  await signIn(page, E2E_USERS.admin);
  await expect(page).toHaveURL(/\/editor$/);
  await page.goto("/admin/audit?action=initiative.status-change");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("cell", { name: E2E_USERS.editor.email }).first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("a viewer sees no edit controls, and a forged write from their session is refused", async ({ page }) => {
  await signIn(page, E2E_USERS.viewer);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/initiatives/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Change status" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit details" })).toHaveCount(0);

  await page.goto(`/editor/initiatives/${SLUG}/status`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not available to your account");
  await expect(page.getByRole("button", { name: "Change status" })).toHaveCount(0);

  // A hand-made request with the viewer's session cookie, from our own origin: still refused.
  const before = (await (await page.request.get(`/api/v1/initiatives/${SLUG}`)).json()) as { status: string; version: number };
  const forged = await page.request.post(`/api/v1/initiatives/${SLUG}/status-changes`, {
    data: await statusChangeBody(page, "cancelled"),
    headers: { origin: new URL(page.url()).origin },
  });
  expect(forged.status()).toBe(403);
  expect(((await forged.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  const after = (await (await page.request.get(`/api/v1/initiatives/${SLUG}`)).json()) as { status: string; version: number };
  expect(after).toMatchObject({ status: before.status, version: before.version });
});
