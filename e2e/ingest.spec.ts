// Ingestion journeys: an editor pastes an article from the evaluation set, reviews its suggestions (a dated event
// accepted onto an initiative, a country accepted, one rejected) and sees the cited milestone on the initiative's
// timeline; a bulk import of good, duplicate and broken rows shows the right counts, and nothing twice on a re-run.
// Axe on every ingestion page.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { article } from "../lib/ingest/eval/articles/en-01-ai-centre-nanning";
import { INGEST_EDITOR } from "./fixtures/ingest-fixtures";
import { expectNoSeriousViolations, signInAs } from "./fixtures/journey";

const TARGET = "e2e-ai-centre";
const PASSAGE = "China and ASEAN countries on Wednesday unveiled the China-ASEAN AI Innovation and Cooperation Centre in Nanning";

const signIn = (page: Page) => signInAs(page, INGEST_EDITOR.email);

/** One suggestion's card, by the words of its heading. */
const suggestion = (page: Page, section: string, heading: string | RegExp): Locator =>
  page.getByRole("region", { name: new RegExp(`^${section}`) }).getByRole("article", { name: heading });

test("an editor pastes an article, accepts its suggestions, and the initiative's timeline shows the cited milestone", async ({ page }) => {
  await signIn(page);
  await page.goto("/sources/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add an article" })).toBeVisible();
  await expectNoSeriousViolations(page);

  // Submitting without text or details lists every missing field, and stores nothing.
  await page.getByRole("button", { name: "Add article and extract suggestions" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Text:");
  await expect(alert).toContainText("Title:");
  await expect(alert).toContainText("Type of source:");

  await page.getByLabel("Text", { exact: true }).fill(article.text);
  await expect(page.getByLabel("Language")).toContainText("Automatic (English)");
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Publisher").fill("Xinhua");
  await page.getByLabel("Address (URL)").fill(`https://english.news.example.cn/e2e-ingest-${Date.now()}`);
  await page.getByLabel("Published").fill(article.publishedOn);
  await page.getByLabel("Type of source").selectOption("state-media");
  await page.getByRole("button", { name: "Add article and extract suggestions" }).click();

  await expect(page).toHaveURL(/\/review\/\d+\?added=\d+/);
  const reviewUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Article stored, with");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expectNoSeriousViolations(page);

  // The dated event of 17 Sep 2025 ("on Wednesday", resolved from the article's date), onto the fixture initiative.
  const event = suggestion(page, "Dated events", /17 Sep 2025/);
  await expect(event.getByRole("blockquote")).toContainText(PASSAGE);
  await event.getByLabel("Initiative (slug)").fill(TARGET);
  await expect(event.getByLabel("Kind")).toHaveValue("launched");
  await event.getByLabel("Description").fill("China-ASEAN AI Innovation and Cooperation Centre unveiled in Nanning");
  await event.getByRole("button", { name: "Accept" }).click();
  await expect(event.getByText("Accepted with changes")).toBeVisible();

  // A country, cited for the same initiative; another one rejected.
  const laos = suggestion(page, "Countries", "Laos");
  await laos.getByLabel("Initiative (slug)").fill(TARGET);
  await laos.getByLabel("Role").selectOption("partner");
  await laos.getByRole("button", { name: "Accept" }).click();
  await expect(laos.getByText(/^Accepted/)).toBeVisible();
  const philippines = suggestion(page, "Countries", "Philippines");
  await philippines.getByRole("button", { name: "Reject" }).click();
  await expect(philippines.getByText("Rejected")).toBeVisible();

  // A candidate the catalog does not know opens the create form, prefilled.
  const candidate = page.getByRole("region", { name: /^Possible new initiatives/ }).getByRole("link", { name: "Create an initiative from this candidate" }).first();
  await expect(candidate).toHaveAttribute("href", /\/editor\/initiatives\/new\?name=China-ASEAN/);

  // The review queue still lists the article, with what is left.
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await expect(page.getByRole("link", { name: article.title })).toHaveAttribute("href", new URL(reviewUrl).pathname);
  await expectNoSeriousViolations(page);

  // The public timeline shows the milestone with its quoted passage.
  await page.goto(`/initiatives/${TARGET}`);
  const milestone = page.locator("li[id^='milestone-']").filter({ hasText: "China-ASEAN AI Innovation and Cooperation Centre unveiled in Nanning" });
  await expect(milestone).toBeVisible();
  await expect(milestone).toContainText("17 Sep 2025");
  await expect(milestone.getByRole("blockquote")).toContainText(PASSAGE);

  // Pasting the same article again stores nothing and points to the existing source.
  await page.goto("/sources/new");
  await page.getByLabel("Text", { exact: true }).fill(article.text);
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Publisher").fill("Xinhua");
  await page.getByLabel("Type of source").selectOption("state-media");
  await page.getByRole("button", { name: "Add article and extract suggestions" }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(reviewUrl).pathname}\\?duplicate=text$`));
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("already stored as source");
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("the same text");
});

test("a bulk import of good, duplicate and broken rows shows the right counts, and a re-run imports nothing twice", async ({ page }) => {
  const tag = Date.now();
  const row = (n: number, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ title: `E2E import ${tag} ${n}`, publisher: "E2E Wire", url: `https://news.example.org/e2e-import-${tag}-${n}`, published_on: "2025-03-04", text: `China and Viet Nam signed a data centre agreement in Hanoi on 3 March 2025 (item ${tag}-${n}).`, ...extra });
  const file = [
    row(1),
    row(2, { language: "en" }),
    row(3, { url: `https://news.example.org/e2e-import-${tag}-1` }),
    "{ broken json",
    JSON.stringify({ title: "No publisher", text: "A text long enough to be an article, but no publisher." }),
  ].join("\n");
  const upload = { name: `e2e-${tag}.jsonl`, mimeType: "application/x-ndjson", buffer: Buffer.from(file) };

  await signIn(page);
  await page.goto("/sources/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import articles" })).toBeVisible();
  await expectNoSeriousViolations(page);

  const counts = (label: string) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
  await page.getByLabel("File of articles").setInputFiles(upload);
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByText("Finished.")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("5 of 5 rows processed")).toBeVisible();
  await expect(counts("Imported")).toHaveText("2");
  await expect(counts("Duplicates")).toHaveText("1");
  await expect(counts("Failed")).toHaveText("2");
  const failures = page.getByRole("table", { name: "Rows that failed, and why" });
  await expect(failures.getByRole("row", { name: /^4 Not valid JSON/ })).toBeVisible();
  await expect(failures.getByRole("row", { name: /^5 publisher:/ })).toBeVisible();
  await expect(page).toHaveURL(/\/sources\/import\?job=\d+$/);
  await expectNoSeriousViolations(page);

  await page.getByLabel("File of articles").setInputFiles(upload);
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByText("Finished.")).toBeVisible({ timeout: 20_000 });
  await expect(counts("Imported")).toHaveText("0");
  await expect(counts("Duplicates")).toHaveText("3");
  await expect(counts("Failed")).toHaveText("2");
});
