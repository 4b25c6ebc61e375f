// The shipped research data's invariants, checked on the file itself (the seed tests check them again in a database):
// every claim cites a source, every citation's source is listed exactly, and no third party's words are presented
// as ours — a citation quotes verbatim only the one article whose text the tracker holds passages of.
import { describe, expect, it } from "vitest";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { loadSeedData } from "./seed";

const data = loadSeedData();
const sourceUrls = new Set(data.sources.map((s) => s.url));
const SEED_ARTICLE = "http://german.china.org.cn/txt/2025-01/22/content_117680281.htm";

function citationsOf(i: (typeof data.initiatives)[number]) {
  return [...i.citations, ...i.milestones.flatMap((m) => m.citations), ...i.statusHistory.flatMap((s) => s.citations)];
}

describe("the shipped research data", () => {
  it("has a version and an as-of day", () => {
    expect(data.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(parsePartialDate(data.asOf)?.precision).toBe("day");
  });

  it("lists every source a citation or a site names, once, and cites every source it lists", () => {
    const cited = new Set(data.initiatives.flatMap((i) => [...citationsOf(i).map((c) => c.sourceUrl), ...i.sites.map((s) => s.sourceUrl)]));
    expect([...cited].filter((url) => !sourceUrls.has(url))).toEqual([]);
    expect(data.sources.filter((s) => !cited.has(s.url)).map((s) => s.url)).toEqual([]);
    expect(sourceUrls.size).toBe(data.sources.length);
  });

  it("names each source exactly: a title as published, a publisher, a language, and no research notes in the title", () => {
    const noted = data.sources.filter((s) => /title not in|not in stored text|\(no title\)|untitled/i.test(s.title));
    expect(noted.map((s) => s.url)).toEqual([]);
    expect(data.sources.filter((s) => s.title.trim().length < 3 || s.publisher.trim().length < 2).map((s) => s.url)).toEqual([]);
  });

  it("cites at least one source for every milestone and status change, and two distinct ones for every initiative", () => {
    for (const i of data.initiatives) {
      for (const m of i.milestones) expect(m.citations.length, `${i.slug}: ${m.description}`).toBeGreaterThan(0);
      for (const s of i.statusHistory) expect(s.citations.length, `${i.slug}: status ${s.to}`).toBeGreaterThan(0);
      expect(new Set(citationsOf(i).map((c) => c.sourceUrl)).size, i.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it("keeps each status history a chain that ends in the current status", () => {
    for (const i of data.initiatives) {
      i.statusHistory.forEach((s, index) => expect(s.from, `${i.slug} #${index}`).toBe(index === 0 ? null : i.statusHistory[index - 1]!.to));
      expect(i.statusHistory.at(-1)!.to, i.slug).toBe(i.status);
    }
  });

  it("summarises third-party sources in its own words: verbatim quotes only from the seed article", () => {
    const quoted = data.initiatives.flatMap((i) => citationsOf(i).filter((c) => c.quote !== null && c.sourceUrl !== SEED_ARTICLE).map((c) => `${i.slug}: ${c.sourceUrl}`));
    expect(quoted).toEqual([]);
  });

  it("places every site on the globe and names a slug that exists for every parent and successor", () => {
    const slugs = new Set(data.initiatives.map((i) => i.slug));
    for (const i of data.initiatives) {
      if (i.parentSlug) expect(slugs.has(i.parentSlug), i.slug).toBe(true);
      if (i.supersededBySlug) expect(slugs.has(i.supersededBySlug), i.slug).toBe(true);
    }
    expect(slugs.size).toBe(data.initiatives.length);
  });
});
