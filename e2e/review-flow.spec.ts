// Review at volume: an editor imports articles, reviews one with the keyboard (j/k, a, r, e — never taking keys typed
// in a field), accepts what is left per kind and for the whole article after a confirmation that counts them, goes on
// to the next article in the queue; applies the previous article's decisions to the next one after seeing the list;
// and accepts an article's remaining suggestions from the queue. Axe on each page and with each confirmation open.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { REVIEW_EDITOR } from "./fixtures/ingest-fixtures";
import { expectNoSeriousViolations, signInAs } from "./fixtures/journey";

const signIn = (page: Page) => signInAs(page, REVIEW_EDITOR.email);

/**
 * Two articles about a fixture initiative, imported through /sources/import; their review pages, in row order. Each
 * yields four suggestions that name their initiative: the initiative, Thailand, China and the 5G domain.
 */
async function importTwo(page: Page, tag: string): Promise<{ titles: string[]; urls: string[] }> {
  const titles = [1, 2].map((n) => `E2E review ${tag} ${n}`);
  const rows = titles.map((title, i) =>
    JSON.stringify({
      title,
      publisher: "E2E Wire",
      url: `https://news.example.org/e2e-review-${tag}-${i + 1}`,
      text: `The E2E Thailand 5G Programme expanded the 5G network around Bangkok, officials in Thailand and China said (item ${tag}-${i + 1}). Engineers from China will help the E2E Thailand 5G Programme add more 5G base stations.`,
    }),
  );
  await page.goto("/sources/import");
  await page.getByLabel("File of articles").setInputFiles({ name: `review-${tag}.jsonl`, mimeType: "application/x-ndjson", buffer: Buffer.from(rows.join("\n")) });
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByText("Finished.")).toBeVisible({ timeout: 20_000 });
  const links = page.getByRole("link", { name: /^review source \d+$/ });
  await expect(links).toHaveCount(2);
  const urls = await Promise.all([0, 1].map(async (i) => (await links.nth(i).getAttribute("href"))!));
  return { titles, urls };
}

const card = (page: Page, section: string, heading: string | RegExp): Locator =>
  page.getByRole("region", { name: new RegExp(`^${section}`) }).getByRole("article", { name: heading });
/** The list item around a card: what j / k focus. */
const itemOf = (page: Page, section: string, heading: string | RegExp): Locator =>
  page.getByRole("region", { name: new RegExp(`^${section}`) }).locator("li[data-suggestion-id]").filter({ has: page.getByRole("article", { name: heading }) });

test("keyboard review, bulk accepts with a confirmation that counts, then the next article in the queue", async ({ page }) => {
  await signIn(page);
  const { urls, titles } = await importTwo(page, `${Date.now()}k`);
  await page.goto(urls[0]!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0]!);
  await expect(page.getByText("4 of 4 suggestions waiting for a decision.")).toBeVisible();
  await expect(page.getByText(/^Keyboard:/)).toBeVisible();
  await expectNoSeriousViolations(page);

  // j focuses the first pending suggestion (the initiative), a accepts it and focus moves on to Thailand.
  const initiative = card(page, "Initiatives mentioned", /E2E Thailand 5G Programme/);
  const thailand = card(page, "Countries", "Thailand");
  const china = card(page, "Countries", "China");
  await page.keyboard.press("j");
  await expect(itemOf(page, "Initiatives mentioned", /E2E Thailand 5G Programme/)).toBeFocused();
  await page.keyboard.press("a");
  await expect(initiative.getByText(/^Accepted/)).toBeVisible();
  await expect(itemOf(page, "Countries", "Thailand")).toBeFocused();

  // e goes to the first field; keys typed there are text, not commands.
  await page.keyboard.press("e");
  const field = thailand.getByLabel("Initiative (slug)");
  await expect(field).toBeFocused();
  await page.keyboard.type("ja");
  await expect(field).toHaveValue("e2e-5g-thailandja");
  await expect(thailand.getByRole("button", { name: "Accept" })).toBeVisible();
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  // k and j move between pending suggestions; r rejects.
  await itemOf(page, "Countries", "Thailand").focus();
  await page.keyboard.press("k");
  await expect(itemOf(page, "Countries", "Thailand")).toBeFocused(); // the first pending one: nothing above it is pending now
  await page.keyboard.press("j");
  await expect(itemOf(page, "Countries", "China")).toBeFocused();
  await page.keyboard.press("k");
  await page.keyboard.press("r");
  await expect(thailand.getByText("Rejected")).toBeVisible();
  await expect(itemOf(page, "Countries", "China")).toBeFocused();

  // Accept all pending domains: the confirmation counts them, nothing is saved before it.
  const domains = page.getByRole("region", { name: /^Domains/ });
  await domains.getByRole("button", { name: "Accept all pending in domains (1)" }).click();
  const confirmDomains = page.getByRole("form", { name: "Accept 1 suggestion in domains as suggested?" });
  await expect(confirmDomains).toContainText("all are saved together or none");
  await expectNoSeriousViolations(page);
  await confirmDomains.getByRole("button", { name: "Accept 1" }).click();
  await expect(card(page, "Domains", /5G/).getByText(/^Accepted/)).toBeVisible();

  // The rest of the article in one go, then on to the next article in the queue.
  await page.getByRole("button", { name: "Accept all pending in this article (1)" }).click();
  const confirmAll = page.getByRole("form", { name: "Accept 1 suggestion in this article as suggested?" });
  await confirmAll.getByRole("button", { name: "Accept 1" }).click();
  await expect(page.getByText("Every suggestion has been reviewed.")).toBeVisible();
  await expect(china.getByText(/^Accepted/)).toBeVisible();
  const next = page.getByRole("link", { name: /^Next article in the queue: / });
  await expect(next).toHaveAttribute("href", urls[1]!);
  await expectNoSeriousViolations(page);
  await next.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[1]!);
});

test("the previous article's decisions are listed, then applied to the same values in one step; the queue accepts the rest", async ({ page }) => {
  await signIn(page);
  const { urls, titles } = await importTwo(page, `${Date.now()}p`);

  // The first article by hand: the initiative and Thailand accepted, China rejected, the domain left pending.
  await page.goto(urls[0]!);
  await card(page, "Initiatives mentioned", /E2E Thailand 5G Programme/).getByRole("button", { name: "Accept" }).click();
  await expect(card(page, "Initiatives mentioned", /E2E Thailand 5G Programme/).getByText(/^Accepted/)).toBeVisible();
  await card(page, "Countries", "Thailand").getByRole("button", { name: "Accept" }).click();
  await expect(card(page, "Countries", "Thailand").getByText(/^Accepted/)).toBeVisible();
  await card(page, "Countries", "China").getByRole("button", { name: "Reject" }).click();
  await expect(card(page, "Countries", "China").getByText("Rejected")).toBeVisible();

  // The second lists what it will apply before anything is saved.
  await page.goto(urls[1]!);
  const faster = page.getByRole("region", { name: "Review faster" });
  await expect(faster.getByRole("heading", { name: "Same as the previous article" })).toBeVisible();
  await expect(faster.getByRole("link", { name: titles[0]! })).toBeVisible();
  const planned = faster.getByRole("listitem");
  await expect(planned).toHaveText(["Accept initiative e2e-5g-thailand", "Accept country Thailand on e2e-5g-thailand", "Reject country China"]);
  await expect(page.getByText("4 of 4 suggestions waiting for a decision.")).toBeVisible();
  await expectNoSeriousViolations(page);

  await faster.getByRole("button", { name: "Apply these 3 decisions" }).click();
  const confirm = page.getByRole("form", { name: "Apply 3 decisions (2 accept, 1 reject) as on the previous article?" });
  await expectNoSeriousViolations(page);
  await confirm.getByRole("button", { name: "Apply 3" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Done: 2 accepted, 1 rejected." })).toBeVisible();
  await expect(card(page, "Countries", "Thailand").getByText(/^Accepted/)).toBeVisible();
  await expect(card(page, "Countries", "China").getByText("Rejected")).toBeVisible();
  await expect(page.getByText("1 of 4 suggestions waiting for a decision.")).toBeVisible();

  // From the queue: the first article's remaining domain, accepted after the confirmation.
  await page.goto("/review");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: titles[0]! }) });
  await row.getByRole("button", { name: /^Accept all pending in “E2E review .* \(1\)$/ }).click();
  await expect(row.getByRole("form", { name: /^Accept 1 suggestion in “E2E review/ })).toBeVisible();
  await expectNoSeriousViolations(page);
  await row.getByRole("button", { name: "Accept 1" }).click();
  await expect(page.getByRole("link", { name: titles[0]! })).toHaveCount(0);
});

test("after rejecting the wrong ones, every pending country and domain is accepted on the article's initiative in one step; a kind is rejected in one step", async ({ page }) => {
  await signIn(page);
  const { urls } = await importTwo(page, `${Date.now()}i`);
  await page.goto(urls[0]!);
  await card(page, "Countries", "China").getByRole("button", { name: "Reject" }).click();
  await expect(card(page, "Countries", "China").getByText("Rejected")).toBeVisible();

  const faster = page.getByRole("region", { name: "Review faster" });
  await expect(faster.getByLabel("Initiative for every pending country, domain and actor")).toHaveValue("e2e-5g-thailand");
  await faster.getByRole("button", { name: "Accept 2 pending links on E2E Thailand 5G Programme" }).click();
  const confirm = page.getByRole("form", { name: "Accept 2 pending countries, domains and actors on E2E Thailand 5G Programme?" });
  await expectNoSeriousViolations(page);
  await confirm.getByRole("button", { name: "Accept 2 on this initiative" }).click();
  await expect(card(page, "Countries", "Thailand").getByText(/^Accepted/)).toBeVisible();
  await expect(card(page, "Domains", /5G/).getByText(/^Accepted/)).toBeVisible();
  await expect(page.getByText("1 of 4 suggestions waiting for a decision.")).toBeVisible();

  // Rejecting what is left of a kind is one confirmed step too.
  await page.goto(urls[1]!);
  await page.getByRole("region", { name: /^Countries/ }).getByRole("button", { name: "Reject all pending in countries (2)" }).click();
  const reject = page.getByRole("form", { name: "Reject 2 suggestions in countries?" });
  await expectNoSeriousViolations(page);
  await reject.getByRole("button", { name: "Reject 2" }).click();
  await expect(card(page, "Countries", "Thailand").getByText("Rejected")).toBeVisible();
  await expect(card(page, "Countries", "China").getByText("Rejected")).toBeVisible();
});
