import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, queryRows } from "../client";
import { citations, initiatives, milestones, sources, statusChanges } from "../schema";
import { ensureDemoData, loadSeedData, seedDemoData } from "../seed/seed";
import { createTestDatabase, testEngine } from "../testing";

// The demo data's invariants. These tests load the seed on purpose; no other test depends on it.
describe(`demo seed on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("holds every researched initiative", async () => {
    expect(await database.db.$count(initiatives)).toBeGreaterThanOrEqual(39);
    expect(await database.db.$count(initiatives)).toBe(loadSeedData().initiatives.length);
  });

  it("cites a source for every milestone, every status change and every initiative", async () => {
    const uncited = await queryRows<{ kind: string; n: number }>(
      database.db,
      sql`select 'milestone' as kind, count(*)::int as n from ${milestones} m
            where not exists (select 1 from ${citations} c where c.milestone_id = m.id)
          union all
          select 'status change', count(*)::int from ${statusChanges} s
            where not exists (select 1 from ${citations} c where c.status_change_id = s.id)
          union all
          select 'initiative', count(*)::int from ${initiatives} i
            where not exists (select 1 from ${citations} c where c.initiative_id = i.id and c.claim_type = 'initiative')`,
    );
    expect(uncited).toEqual([
      { kind: "milestone", n: 0 },
      { kind: "status change", n: 0 },
      { kind: "initiative", n: 0 },
    ]);
  });

  it("keeps each initiative's status equal to the end of its status history", async () => {
    const mismatched = await queryRows<{ slug: string }>(
      database.db,
      sql`select i.slug from ${initiatives} i
          join lateral (select to_status from ${statusChanges} s where s.initiative_id = i.id
                        order by s.effective_on desc, s.id desc limit 1) last on true
          where last.to_status <> i.status`,
    );
    expect(mismatched).toEqual([]);
  });

  it("finds every quote verbatim at its offsets where the source text is stored", async () => {
    const rows = await queryRows<{ id: number; ok: boolean }>(
      database.db,
      sql`select c.id, substr(s.full_text, c.quote_start + 1, c.quote_end - c.quote_start) = c.quote as ok
          from ${citations} c join ${sources} s on s.id = c.source_id
          where s.full_text is not null and c.quote is not null`,
    );
    expect(rows.filter((r) => !r.ok)).toEqual([]);
  });

  it("records the German seed article and cites it with quotes for the initiatives it names", async () => {
    const rows = await queryRows<{ slug: string }>(
      database.db,
      sql`select distinct i.slug from ${citations} c
          join ${sources} s on s.id = c.source_id join ${initiatives} i on i.id = c.initiative_id
          where s.language = 'de' and s.publisher ilike '%china.org.cn%' and c.quote is not null`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(7);
  });

  it("derives a search row, with its evidence date and facets, for every initiative it loads", async () => {
    const [row] = await queryRows<{ missing: number; undated: number; nofacets: number }>(
      database.db,
      sql`select count(*) filter (where s.initiative_id is null)::int as missing,
                 count(*) filter (where s.last_evidence_on is null)::int as undated,
                 count(*) filter (where cardinality(s.domain_slugs) = 0)::int as nofacets
          from ${initiatives} i left join initiative_search s on s.initiative_id = i.id`,
    );
    expect(row).toEqual({ missing: 0, undated: 0, nofacets: 0 });
  });

  it("stores the milestones the research could not verify (inferred years, targets) as unverified, and only those", async () => {
    const unverified = loadSeedData().initiatives.flatMap((i) => i.milestones.filter((m) => !m.isVerified));
    expect(unverified.length).toBeGreaterThan(0);
    expect(await database.db.$count(milestones, sql`${milestones.isVerified} = false`)).toBe(unverified.length);
  });

  it("is idempotent: seeding again changes nothing", async () => {
    const snapshot = async () =>
      queryRows<{ t: string; n: number; h: string }>(
        database.db,
        sql`select 'initiatives' t, count(*)::int n, md5(string_agg(slug || status || version || updated_at::text, ',' order by id)) h from ${initiatives}
            union all select 'citations', count(*)::int, md5(string_agg(id::text, ',' order by id)) from ${citations}
            union all select 'sources', count(*)::int, md5(string_agg(content_hash, ',' order by id)) from ${sources}`,
      );
    const before = await snapshot();
    const summary = await seedDemoData(database.db);
    expect(summary.initiatives).toBe(0);
    expect(await ensureDemoData(database.db)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });
});
