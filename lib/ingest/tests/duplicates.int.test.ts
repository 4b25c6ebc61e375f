// Duplicates at volume: URL variants (http/https, www./m., tracking parameters, a trailing slash) and near-identical
// text (case, punctuation, spacing) are recognised as the stored source; an article completes a source held by its
// address only; sources stored under the old rules are brought up to the new ones after migrating.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createSource } from "@/db/factories";
import { appMeta, auditLog, sources, suggestions } from "@/db/schema";
import { refreshSourceIdentities } from "@/db/source-identities";
import { createTestDatabase, testEngine } from "@/db/testing";
import { canonicalizeUrl, textFingerprint } from "@/lib/sources/identity";
import { ingestArticle } from "../mutations";
import { addCatalog, articleFrom, en01 } from "./world";

const tag = () => Math.random().toString(36).slice(2, 10);

describe(`duplicate detection on ${testEngine()}`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    await addCatalog(database.db);
  });
  afterAll(() => database?.close());

  it("an address variant of a stored article is the same article", async () => {
    const path = `news.example.org/2025/06/variant-${tag()}`;
    const first = await ingestArticle(database.db, null, articleFrom(en01, { url: `https://${path}?utm_source=feed`, text: `${en01.text}\nVariant ${tag()}.` }), "api");
    expect(first.created).toBe(true);
    for (const url of [`http://www.${path}/`, `https://m.${path}?fbclid=x&utm_campaign=y`, `http://${path}#comments`]) {
      const again = await ingestArticle(database.db, null, articleFrom(en01, { url, text: `${en01.text}\nOther text ${tag()}.` }), "api");
      expect(again, url).toMatchObject({ created: false, matchedBy: "url", source: { id: first.source.id } });
    }
  });

  it("near-identical text under another address is recognised, and said to be near", async () => {
    const text = `${en01.text}\nNear ${tag()}.`;
    const first = await ingestArticle(database.db, null, articleFrom(en01, { text }), "api");
    const exact = await ingestArticle(database.db, null, articleFrom(en01, { text: text.replace(/ /g, "  ") }), "api");
    expect(exact).toMatchObject({ created: false, matchedBy: "text", source: { id: first.source.id } });
    const near = text.toUpperCase().replace(/[,.]/g, "").replace(/"/g, "“");
    const again = await ingestArticle(database.db, null, articleFrom(en01, { text: near }), "api");
    expect(again).toMatchObject({ created: false, matchedBy: "near-text", source: { id: first.source.id } });
  });

  it("an article completes a source held by its address only, and queues its suggestions once", async () => {
    const url = `https://news.example.org/reference-${tag()}`;
    const held = await createSource(database.db, { url, canonicalUrl: canonicalizeUrl(url), title: "Held by address", fullText: null });
    const text = `${en01.text}\nCompleted ${tag()}.`;
    const result = await ingestArticle(database.db, null, articleFrom(en01, { url: url.replace("https://", "http://www."), text }), "import");
    expect(result).toMatchObject({ created: true, textAdded: true, source: { id: held.id, title: "Held by address" } });
    const [row] = await database.db.select().from(sources).where(eq(sources.id, held.id));
    expect(row!.fullText).toBe(text);
    expect(row!.textFingerprint).toBe(textFingerprint(text));
    expect(await database.db.$count(suggestions, eq(suggestions.sourceId, held.id))).toBeGreaterThan(5);
    const audits = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(held.id)));
    expect(audits.map((a) => a.action)).toContain("source.add-text");
    const again = await ingestArticle(database.db, null, articleFrom(en01, { url, text }), "import");
    expect(again).toMatchObject({ created: false, matchedBy: "url", source: { id: held.id } });
  });

  it("after migrating, stored canonical URLs and fingerprints follow the current rules (once)", async () => {
    const suffix = tag();
    const oldSpelling = `http://www.news.example.org/legacy-${suffix}`;
    const legacy = await createSource(database.db, { url: `${oldSpelling}/`, canonicalUrl: oldSpelling, fullText: `Legacy text ${suffix}.` });
    await database.db.update(sources).set({ textFingerprint: null }).where(eq(sources.id, legacy.id));
    await database.db.delete(appMeta).where(eq(appMeta.key, "source_identity_version"));
    const refreshed = await refreshSourceIdentities(database.db);
    expect(refreshed.urls).toBeGreaterThanOrEqual(1);
    const [row] = await database.db.select().from(sources).where(eq(sources.id, legacy.id));
    expect(row).toMatchObject({ canonicalUrl: `https://news.example.org/legacy-${suffix}`, textFingerprint: textFingerprint(`Legacy text ${suffix}.`) });
    expect(await refreshSourceIdentities(database.db)).toEqual({ urls: 0, fingerprints: 0, collisions: 0 });
    const dup = await ingestArticle(database.db, null, articleFrom(en01, { url: `https://news.example.org/legacy-${suffix}?utm_medium=x`, text: `${en01.text} ${suffix}` }), "api");
    expect(dup).toMatchObject({ created: false, matchedBy: "url", source: { id: legacy.id } });
  });
});
