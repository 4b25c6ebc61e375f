// Review decisions: accepting a dated event creates the milestone on the chosen initiative with a citation of the
// passage at its offsets in the stored text; accepting a country, domain or actor creates the link and a citation
// of that claim type; rejecting writes nothing but the decision. One audit entry per decision, never a second one.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, changelogEntries, citations, initiativeActors, initiativeCountries, initiativeDomains, initiatives, milestones, sources, type Suggestion, suggestions } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { closeEditorialTestDatabase, createSignedInUser, openEditorialTestDatabase, type TestUser } from "@/lib/auth/tests/harness";
import { AppError } from "@/lib/errors";
import { ingestArticle } from "../mutations";
import { reviewSuggestion } from "../review";
import { addCatalog, AI_CENTRE, articleFrom, en01, EXPO, LAOS_CENTRE } from "./world";

describe(`reviewing suggestions on ${testEngine()}`, () => {
  let database: Database;
  let editor: TestUser;

  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    await addCatalog(database.db);
    editor = await createSignedInUser(database, "editor");
  });
  afterAll(() => closeEditorialTestDatabase(database));

  /** A freshly stored copy of the article (its own text, so never a duplicate) and its suggestions. */
  async function stored(marker: string) {
    const result = await ingestArticle(database.db, null, articleFrom(en01, { text: `${en01.text}\n${marker}` }), "form");
    if (!result.created) throw new Error("expected a new source");
    const rows = await database.db.select().from(suggestions).where(eq(suggestions.sourceId, result.source.id));
    const find = (kind: Suggestion["kind"], match: (p: Record<string, unknown>) => boolean) => rows.find((s) => s.kind === kind && match(s.payload))!;
    return { source: result.source, rows, find };
  }
  const audits = async () => (await database.db.select({ n: count() }).from(auditLog))[0]!.n;
  const version = async (slug: string) => (await database.db.select({ v: initiatives.version }).from(initiatives).where(eq(initiatives.slug, slug)))[0]!.v;

  it("accepting a dated event creates the milestone on the suggested initiative, cited at the passage's offsets", async () => {
    const { source, find } = await stored("Milestone test.");
    const s = find("milestone", (p) => p.date === "2025-09-17");
    const [v0, a0] = [await version(AI_CENTRE), await audits()];
    const outcome = await reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: s.id });
    expect(outcome.status).toBe("accepted");
    const [milestone] = await database.db.select().from(milestones).where(eq(milestones.id, outcome.result.milestoneId as number));
    expect(milestone).toMatchObject({ occurredOn: "2025-09-17", precision: "day", kind: "launched", isPlanned: false });
    const [citation] = await database.db.select().from(citations).where(eq(citations.milestoneId, milestone!.id));
    expect(citation).toMatchObject({ sourceId: source.id, claimType: "milestone", quote: s.quote, quoteStart: s.quoteStart, quoteEnd: s.quoteEnd });
    expect(source.fullText!.slice(citation!.quoteStart!, citation!.quoteEnd!)).toBe(citation!.quote);
    expect(await version(AI_CENTRE)).toBe(v0 + 1);
    expect(await audits()).toBe(a0 + 1);
    const [reviewed] = await database.db.select().from(suggestions).where(eq(suggestions.id, s.id));
    expect(reviewed).toMatchObject({ status: "accepted", reviewedById: editor.actor.userId });
  });

  it("an accepted event with the editor's changes is recorded as edited, on the initiative they chose", async () => {
    const { find } = await stored("Edited milestone test.");
    const s = find("milestone", (p) => p.date === "2026-Q1");
    const outcome = await reviewSuggestion(database.db, editor.actor, {
      decision: "accept",
      suggestionId: s.id,
      initiativeSlug: EXPO,
      milestoneKind: "announced",
      description: "Huawei announced a cloud region for the Philippines.",
      occurredOn: "2026-03",
      isPlanned: true,
    });
    expect(outcome.status).toBe("edited");
    const [milestone] = await database.db.select().from(milestones).where(eq(milestones.id, outcome.result.milestoneId as number));
    const [owner] = await database.db.select({ slug: initiatives.slug }).from(initiatives).where(eq(initiatives.id, milestone!.initiativeId));
    expect(owner!.slug).toBe(EXPO);
    expect(milestone).toMatchObject({ occurredOn: "2026-03-01", precision: "month", kind: "announced", isPlanned: true });
  });

  it("accepting a country, a domain and an actor links them with citations of those claim types", async () => {
    const { source, find } = await stored("Link test.");
    const a0 = await audits();
    const country = find("country", (p) => p.code === "LA");
    const domain = find("domain", (p) => p.slug === "ai");
    const actor = find("actor", (p) => p.slug === "huawei");
    await reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: country.id, initiativeSlug: LAOS_CENTRE, countryRole: "host" });
    await reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: domain.id, initiativeSlug: LAOS_CENTRE });
    const actorOutcome = await reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: actor.id, initiativeSlug: LAOS_CENTRE, actorRole: "operator" });
    expect(actorOutcome.status).toBe(actor.payload.initiativeSlug === LAOS_CENTRE ? "accepted" : "edited");
    expect(await audits()).toBe(a0 + 3);
    const [laos] = await database.db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, LAOS_CENTRE));
    expect(await database.db.select().from(initiativeCountries).where(eq(initiativeCountries.initiativeId, laos!.id))).toContainEqual({ initiativeId: laos!.id, countryCode: "LA", role: "host" });
    expect(await database.db.select().from(initiativeDomains).where(eq(initiativeDomains.initiativeId, laos!.id))).toContainEqual({ initiativeId: laos!.id, domainSlug: "ai" });
    expect(await database.db.select({ role: initiativeActors.role }).from(initiativeActors).where(eq(initiativeActors.initiativeId, laos!.id))).toContainEqual({ role: "operator" });
    const cited = await database.db.select().from(citations).where(and(eq(citations.initiativeId, laos!.id), eq(citations.sourceId, source.id)));
    const byType = Object.fromEntries(cited.map((c) => [c.claimType, c]));
    expect(byType.country).toMatchObject({ countryCode: "LA", quote: country.quote, quoteStart: country.quoteStart, quoteEnd: country.quoteEnd });
    expect(byType.domain).toMatchObject({ domainSlug: "ai", quote: domain.quote });
    expect(byType.actor).toMatchObject({ quote: actor.quote });
    for (const c of cited) expect(source.fullText!.slice(c.quoteStart!, c.quoteEnd!)).toBe(c.quote);
    const summaries = (await database.db.select({ summary: changelogEntries.summary }).from(changelogEntries).where(eq(changelogEntries.initiativeId, laos!.id))).map((r) => r.summary);
    expect(summaries).toEqual(expect.arrayContaining(["Country linked: Laos (host), cited from a reviewed article.", "Domain linked: Artificial intelligence, cited from a reviewed article."]));
  });

  it("accepting a mentioned initiative cites the passage for it", async () => {
    const { find } = await stored("Initiative link test.");
    const s = find("initiative-link", (p) => p.slug === LAOS_CENTRE);
    const outcome = await reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: s.id });
    const [c] = await database.db.select().from(citations).where(eq(citations.id, outcome.result.citationId as number));
    expect(c).toMatchObject({ claimType: "initiative", quote: s.quote });
  });

  it("rejecting writes the decision and its audit entry, and no tracked data", async () => {
    const { find } = await stored("Reject test.");
    const s = find("country", (p) => p.code === "PH");
    const [m0, c0, a0] = [await database.db.$count(milestones), await database.db.$count(citations), await audits()];
    const outcome = await reviewSuggestion(database.db, editor.actor, { decision: "reject", suggestionId: s.id });
    expect(outcome.status).toBe("rejected");
    expect([await database.db.$count(milestones), await database.db.$count(citations), await audits()]).toEqual([m0, c0, a0 + 1]);
  });

  it("a decision on an already reviewed suggestion is a conflict, and a bad edit leaves everything as it was", async () => {
    const { find } = await stored("Conflict test.");
    const s = find("milestone", (p) => p.date === "2024");
    await reviewSuggestion(database.db, editor.actor, { decision: "reject", suggestionId: s.id });
    await expect(reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: s.id })).rejects.toSatisfy((e) => e instanceof AppError && e.code === "conflict");

    const other = find("milestone", (p) => p.date === "2026-09");
    const [m0, a0, s0] = [await database.db.$count(milestones), await audits(), await database.db.$count(sources)];
    await expect(reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: other.id, initiativeSlug: "no-such-initiative" })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "unprocessable",
    );
    await expect(reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: other.id, initiativeSlug: EXPO, description: "no" })).rejects.toSatisfy(
      (e) => e instanceof AppError && JSON.stringify(e.details).includes("description"),
    );
    expect([await database.db.$count(milestones), await audits(), await database.db.$count(sources)]).toEqual([m0, a0, s0]);
    const [still] = await database.db.select({ status: suggestions.status }).from(suggestions).where(eq(suggestions.id, other.id));
    expect(still!.status).toBe("pending");
  });

  it("two editors accepting the same suggestion at once create one milestone", async () => {
    const { find } = await stored("Race test.");
    const s = find("milestone", (p) => p.date === "2025-09-17");
    const m0 = await database.db.$count(milestones);
    const results = await Promise.allSettled([1, 2].map(() => reviewSuggestion(database.db, editor.actor, { decision: "accept", suggestionId: s.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await database.db.$count(milestones)).toBe(m0 + 1);
  });
});
