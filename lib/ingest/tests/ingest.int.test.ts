// Storing articles: the text is stored as extracted, every suggestion's passage sits at its offsets in it, the
// catalog comes from the database, and the same article never enters twice (same canonical URL, or same text).
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createInitiative } from "@/db/factories";
import { auditLog, sources, suggestions } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { AppError } from "@/lib/errors";
import { getExtractor } from "../catalog";
import { ingestArticle } from "../mutations";
import { parsePayload } from "../payloads";
import { addCatalog, AI_CENTRE, articleFrom, en01, EXPO, LAOS_CENTRE, zh01 } from "./world";

describe(`storing articles on ${testEngine()}`, () => {
  let database: Database;
  const rows = async () => (await database.db.select({ n: count() }).from(sources))[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase();
    await addCatalog(database.db);
  });
  afterAll(() => database?.close());

  it("stores the article with suggestions whose passages match the stored text at their offsets", async () => {
    const result = await ingestArticle(database.db, null, articleFrom(en01), "api");
    expect(result.created).toBe(true);
    if (!result.created) return;
    expect(result.source.language).toBe("en");
    expect(result.source.canonicalUrl).not.toContain("utm_source");
    const stored = await database.db.select().from(suggestions).where(eq(suggestions.sourceId, result.source.id));
    expect(stored.length).toBe(result.suggestionCount);
    for (const s of stored) {
      expect(result.source.fullText!.slice(s.quoteStart, s.quoteEnd)).toBe(s.quote);
      expect(s.status).toBe("pending");
      const typed = parsePayload(s.kind, s.payload);
      expect(typed, `${s.kind} payload`).not.toBeNull();
      const evidence = (s.payload as { evidence: { quote: string; start: number; end: number }[] }).evidence;
      for (const e of evidence) expect(result.source.fullText!.slice(e.start, e.end)).toBe(e.quote);
      // The passage is the sentence around the first match.
      expect(evidence[0]!.start).toBeGreaterThanOrEqual(s.quoteStart);
      expect(evidence[0]!.end).toBeLessThanOrEqual(s.quoteEnd);
    }
    const links = stored.filter((s) => s.kind === "initiative-link").map((s) => (s.payload as { slug: string }).slug);
    expect(links.sort()).toEqual([AI_CENTRE, EXPO, LAOS_CENTRE].sort());
    const countries = stored.filter((s) => s.kind === "country").map((s) => (s.payload as { code: string }).code);
    expect(countries).toEqual(expect.arrayContaining(["CN", "LA", "PH"]));
    const milestone = stored.find((s) => s.kind === "milestone" && (s.payload as { date: string }).date === "2025-09-17")!;
    expect(milestone.quote).toContain("unveiled the China-ASEAN AI Innovation and Cooperation Centre");
    expect(milestone.payload).toMatchObject({ initiativeSlug: AI_CENTRE, kind: "launched", isPlanned: false, resolved: true });
    const planned = stored.find((s) => s.kind === "milestone" && (s.payload as { date: string }).date === "2026-Q1")!;
    expect(planned.payload).toMatchObject({ isPlanned: true, precision: "quarter" });
    // Page chrome ("U.S. markets open in 3 hours", share bar, related links) produces nothing.
    expect(stored.some((s) => /markets open|Related articles|Myanmar junta/.test(s.quote))).toBe(false);
  });

  it("detects the language when none is given, and keeps the one given", async () => {
    const detected = await ingestArticle(database.db, null, articleFrom(zh01), "form");
    expect(detected.created && detected.source.language).toBe("zh");
    const given = await ingestArticle(database.db, null, articleFrom(en01, { text: `${en01.text}\nNote.`, language: "de" }), "form");
    expect(given.created && given.source.language).toBe("de");
  });

  it("points to the existing source for the same canonical URL, and writes nothing", async () => {
    const url = "https://www.example.com/news/ai-centre?id=7&utm_medium=social#top";
    const first = await ingestArticle(database.db, null, articleFrom(en01, { url, text: `${en01.text}\nVersion A.` }), "api");
    expect(first.created).toBe(true);
    const [before, audits] = [await rows(), (await database.db.select({ n: count() }).from(auditLog))[0]!.n];
    const again = await ingestArticle(database.db, null, articleFrom(en01, { url: "https://www.example.com/news/ai-centre/?utm_source=x&id=7", text: `${en01.text}\nVersion B, edited.` }), "api");
    expect(again).toMatchObject({ created: false, matchedBy: "url" });
    expect(again.source.id).toBe(first.source.id);
    expect(await rows()).toBe(before);
    expect((await database.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(audits);
  });

  it("points to the existing source for the same text under another URL or none, whatever the line breaks", async () => {
    const text = `${en01.text}\nVersion C.`;
    const first = await ingestArticle(database.db, null, articleFrom(en01, { text }), "api");
    const before = await rows();
    const crlf = await ingestArticle(database.db, null, articleFrom(en01, { text: `  ${text.replace(/\n/g, "\r\n")}  `, url: undefined }), "api");
    expect(crlf).toMatchObject({ created: false, matchedBy: "text" });
    expect(crlf.source.id).toBe(first.source.id);
    expect(await rows()).toBe(before);
  });

  it("stores concurrent submissions of one article once", async () => {
    const input = articleFrom(en01, { text: `${en01.text}\nVersion D.` });
    const before = await rows();
    const results = await Promise.all([1, 2, 3].map(() => ingestArticle(database.db, null, input, "api")));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.source.id)).size).toBe(1);
    expect(await rows()).toBe(before + 1);
  });

  it("asks for the language when it cannot be detected", async () => {
    await expect(ingestArticle(database.db, null, articleFrom(en01, { text: "1234 5678 9012 3456 7890 — 12.5 % / 33 ‰ 2025" }), "api")).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "unprocessable" && JSON.stringify(e.details).includes("language"),
    );
  });

  it("links new catalog entries as soon as they are added (the cached extractor is rebuilt)", async () => {
    const before = await getExtractor(database.db);
    expect(before({ text: "The Mekong Digital Corridor Test was discussed." }).initiatives.filter((i) => i.slug)).toEqual([]);
    await createInitiative(database.db, { slug: "mekong-digital-corridor-test", name: "Mekong Digital Corridor Test" });
    const after = await getExtractor(database.db);
    expect(after).not.toBe(before);
    expect(after({ text: "The Mekong Digital Corridor Test was discussed." }).initiatives.map((i) => i.slug)).toContain("mekong-digital-corridor-test");
    expect(await getExtractor(database.db)).toBe(after);
  });
});
