// The scale seed writes data the app's own rules accept: quotes at their exact offsets, a status history ending in
// the current status, search rows for every initiative, identity sequences past the explicit ids.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, queryRows } from "@/db/client";
import { createTestDatabase, testEngine } from "@/db/testing";
import { seedScaleData } from "@/db/seed/scale";
import { createInitiative } from "@/db/factories";

describe(`the scale seed on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedScaleData(database, { initiatives: 120, seed: 3, batchSize: 50 });
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  const one = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => (await queryRows<T>(database.db, query))[0]!;

  it("adds about 20 milestones and 5 citations per initiative, sources of 2–5 kB in three languages", async () => {
    const row = await one<{ i: number; m: number; c: number; langs: string[]; min: number; max: number }>(
      sql`select (select count(*) from initiatives)::int as i, (select count(*) from milestones)::int as m,
                 (select count(*) from citations)::int as c, (select array_agg(distinct language order by language) from sources) as langs,
                 (select min(octet_length(full_text)) from sources)::int as min, (select max(octet_length(full_text)) from sources)::int as max`,
    );
    expect(row.i).toBe(120);
    expect(row.m / row.i).toBeGreaterThan(15);
    expect(row.m / row.i).toBeLessThan(26);
    expect(row.c / row.i).toBeGreaterThan(3.5);
    expect(row.c / row.i).toBeLessThan(7);
    expect(row.langs).toEqual(["de", "en", "zh"]);
    expect(row.min).toBeGreaterThanOrEqual(2000);
    expect(row.max).toBeLessThan(5600);
  });

  it("quotes every passage at its exact offsets in the source text", async () => {
    const row = await one<{ quoted: number; wrong: number }>(
      sql`select count(*)::int as quoted,
                 count(*) filter (where substr(s.full_text, c.quote_start + 1, c.quote_end - c.quote_start) <> c.quote)::int as wrong
          from citations c join sources s on s.id = c.source_id where c.quote is not null`,
    );
    expect(row.quoted).toBeGreaterThan(300);
    expect(row.wrong).toBe(0);
  });

  it("ends every status history in the current status and derives search rows for every initiative", async () => {
    const row = await one<{ inconsistent: number; unsearchable: number }>(
      sql`select (select count(*) from initiatives i where i.status <> (select sc.to_status from status_changes sc
                   where sc.initiative_id = i.id order by sc.effective_on desc, sc.id desc limit 1))::int as inconsistent,
                 (select count(*) from initiatives i where not exists (select 1 from initiative_search s where s.initiative_id = i.id))::int as unsearchable`,
    );
    expect(row).toEqual({ inconsistent: 0, unsearchable: 0 });
  });

  it("leaves the identity sequences past its explicit ids, so the app's own inserts still work", async () => {
    const created = await createInitiative(database.db, { name: "After the scale seed" });
    const max = await one<{ id: number }>(sql`select max(id)::int as id from initiatives`);
    expect(created.id).toBe(max.id);
  });

  it("adds new, different data when run again on the same database", async () => {
    await seedScaleData(database, { initiatives: 10, seed: 3 });
    const row = await one<{ i: number; meta: string }>(
      sql`select (select count(*) from initiatives)::int as i, (select value from app_meta where key = 'scale_seed') as meta`,
    );
    expect(row.i).toBe(131);
    expect(JSON.parse(row.meta).initiatives).toBe(130);
  });
});
