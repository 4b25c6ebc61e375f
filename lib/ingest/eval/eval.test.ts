import { describe, expect, it } from "vitest";
import { EVAL_ARTICLES } from "./eval-set";
import { runEvaluation } from "./run-eval";
import { FIELDS, TARGETS } from "./score";

describe("extraction quality on the labelled evaluation set", () => {
  const report = runEvaluation();

  it("has at least five articles per language", () => {
    for (const lang of ["en", "de", "zh"])
      expect(EVAL_ARTICLES.filter((a) => a.language === lang).length).toBeGreaterThanOrEqual(5);
  });

  it.each(FIELDS)("meets the %s targets", (field) => {
    for (const { metric, min } of TARGETS[field]) expect(report.overall[field][metric], metric).toBeGreaterThanOrEqual(min);
  });

  it("uses unique ids and only known initiative slugs in the gold labels", async () => {
    const { loadEvalCatalog } = await import("./catalog");
    const slugs = new Set(loadEvalCatalog().initiatives.map((i) => i.slug));
    expect(new Set(EVAL_ARTICLES.map((a) => a.id)).size).toBe(EVAL_ARTICLES.length);
    for (const a of EVAL_ARTICLES) for (const s of a.gold.initiatives) expect(slugs).toContain(s);
    for (const a of EVAL_ARTICLES) for (const t of a.gold.transitions ?? []) expect(a.gold.initiatives).toContain(t.initiative);
  });
});
