// Status suggestions: an editor adds an article reporting that a tracked initiative entered service, accepts the
// proposed status change on the review page and finds the new status, its history entry and the changelog line on
// the initiative's page; a later article retelling an earlier stage is proposed as a step backwards, said in words,
// and rejected. Axe on the review page with each suggestion shown. The fixture's status is put back at the end.
import { expect, type Page, test } from "@playwright/test";
import { FIXTURE_INITIATIVES } from "./fixtures/data";
import { INGEST_EDITOR } from "./fixtures/ingest-fixtures";
import { expectNoSeriousViolations, signInAs } from "./fixtures/journey";

const INITIATIVE = FIXTURE_INITIATIVES[0]; // in progress
const NAME = INITIATIVE.name;

async function addArticle(page: Page, title: string, text: string): Promise<void> {
  await page.goto("/sources/new");
  await page.getByLabel("Text", { exact: true }).fill(text);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher").fill("E2E Wire");
  await page.getByLabel("Published").fill("2025-06-20");
  await page.getByLabel("Type of source").selectOption("independent-press");
  await page.getByRole("button", { name: "Add article and extract suggestions" }).click();
  await expect(page).toHaveURL(/\/review\/\d+\?added=\d+$/);
}

const statusCard = (page: Page, heading: RegExp) => page.getByRole("region", { name: /^Status changes/ }).getByRole("article", { name: heading });

test("an editor accepts a proposed status change and the initiative page shows it; a step backwards is said and rejected", async ({ page }) => {
  await signInAs(page, INGEST_EDITOR.email);
  const tag = Date.now();
  const passage = `The ${NAME} entered service on 16 June 2025, officials in Laos said (item ${tag}).`;
  await addArticle(page, `E2E status ${tag}`, `Regional news.\n\n${passage} More engineers will join in 2026.`);

  const card = statusCard(page, /In progress → Operational, 16 Jun 2025/);
  await expect(card).toBeVisible();
  await expect(card.getByRole("blockquote")).toContainText(passage);
  await expect(card.getByText(/is In progress now \(version \d+\)/)).toBeVisible();
  await expect(card.getByText(/^Step backwards/)).toHaveCount(0);
  // Never in a bulk accept: the section offers none.
  await expect(page.getByText(/^Status changes are decided one by one/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Accept all pending in status changes/ })).toHaveCount(0);
  await expectNoSeriousViolations(page);
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(card.getByText(/^Accepted/)).toBeVisible();

  await page.goto(`/initiatives/${INITIATIVE.slug}`);
  await expect(page.getByText("Operational").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Status history" })).toContainText(passage);
  await expect(page.getByRole("region", { name: "Changelog" })).toContainText("Status changed from In progress to Operational, effective 16 Jun 2025");

  // An article retelling the construction: a step backwards from operational, said plainly before any decision.
  const retold = `Construction of the ${NAME} began on 2 March 2024, the organisers recalled (item ${tag}).`;
  await addArticle(page, `E2E status retold ${tag}`, `Background.\n\n${retold}`);
  const back = statusCard(page, /Operational → In progress, 2 Mar 2024/);
  await expect(back.getByText("Step backwards: Operational → In progress.", { exact: false })).toBeVisible();
  await expectNoSeriousViolations(page);
  await back.getByRole("button", { name: "Reject" }).click();
  await expect(back.getByText("Rejected")).toBeVisible();

  // Put the fixture back as it was, so journeys that count statuses are not affected (a cited change, again).
  const initiative = (await (await page.request.get(`/api/v1/initiatives/${INITIATIVE.slug}`)).json()) as { version: number };
  const sources = (await (await page.request.get(`/api/v1/sources?q=${encodeURIComponent(`E2E status ${tag}`)}`)).json()) as { data: { id: number; title: string }[] };
  const sourceId = sources.data.find((s) => s.title === `E2E status ${tag}`)!.id;
  const restored = await page.request.post(`/api/v1/initiatives/${INITIATIVE.slug}/status-changes`, {
    data: { status: "in-progress", effectiveOn: "2025-07", note: "Restored by the e2e journey.", citations: [{ sourceId, quote: passage }], version: initiative.version },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(restored.status()).toBe(201);
});
