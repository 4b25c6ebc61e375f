// The facet arrays on initiative_search (domains, countries, actors, source types: ARCHITECTURE P5) are derived data:
// after every kind of write they must equal what the link tables and citations × sources say, and the list's counts
// built on them must equal counts computed with the joins they replace.
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, type Db, queryRows } from "@/db/client";
import { addCitedMilestone, createActor, createCitation, createInitiative, createSource, linkActor } from "@/db/factories";
import { seedScaleData } from "@/db/seed/scale";
import { createTestDatabase, testEngine } from "@/db/testing";
import { filterConditions, whereClause } from "../conditions";
import { getFacets } from "../facets";
import { type InitiativeFilters, parseFiltersStrict } from "../filters";
import { findInitiatives } from "../queries";

/** Initiatives whose arrays differ from the joins, with both versions (empty when all are in sync). */
async function outOfSync(db: Db) {
  return queryRows<{ id: number }>(
    db,
    sql`with expected as (
          select i.id,
            coalesce((select array_agg(d.domain_slug order by d.domain_slug) from initiative_domains d where d.initiative_id = i.id), '{}') as domain_slugs,
            coalesce((select array_agg(distinct trim(c.country_code)) from initiative_countries c where c.initiative_id = i.id), '{}') as country_codes,
            coalesce((select array_agg(distinct a.actor_id) from initiative_actors a where a.initiative_id = i.id), '{}') as actor_ids,
            coalesce((select array_agg(distinct so.source_type::text) from citations c join sources so on so.id = c.source_id
                      where c.initiative_id = i.id), '{}') as source_types
          from initiatives i)
        select e.id, e.domain_slugs, s.domain_slugs as got_domains, e.country_codes, s.country_codes as got_countries,
               e.actor_ids, s.actor_ids as got_actors, e.source_types, s.source_types as got_source_types
        from expected e left join initiative_search s on s.initiative_id = e.id
        where s.initiative_id is null or e.domain_slugs <> s.domain_slugs or e.country_codes <> s.country_codes
           or e.actor_ids <> s.actor_ids or e.source_types <> s.source_types`,
  );
}

describe(`facet arrays on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("follow inserts, updates and deletes of links, citations and sources", async () => {
    const db = database.db;
    const check = async (step: string) => expect(await outOfSync(db), step).toEqual([]);
    const report = await createSource(db, { sourceType: "official-china" });
    const one = await createInitiative(db, { domains: ["ai", "cloud"], countries: [{ code: "VN" }, { code: "VN", role: "host" }, { code: "CN" }], source: report });
    const two = await createInitiative(db, { domains: ["5g"], countries: [{ code: "TH" }] });
    await check("created");
    const [row] = await queryRows<{ domain_slugs: string[]; country_codes: string[]; source_types: string[] }>(
      db,
      sql`select domain_slugs, country_codes, source_types from initiative_search where initiative_id = ${one.id}`,
    );
    expect(row).toEqual({ domain_slugs: ["ai", "cloud"], country_codes: ["CN", "VN"], source_types: ["official-china"] });

    const steps: [string, SQL][] = [
      ["domain added", sql`insert into initiative_domains (initiative_id, domain_slug) values (${one.id}, 'data-centres')`],
      ["domain removed", sql`delete from initiative_domains where initiative_id = ${one.id} and domain_slug = 'ai'`],
      ["domain moved to another initiative", sql`update initiative_domains set initiative_id = ${two.id} where initiative_id = ${one.id} and domain_slug = 'cloud'`],
      ["one of two roles of a country removed", sql`delete from initiative_countries where initiative_id = ${one.id} and country_code = 'VN' and role = 'host'`],
      ["country changed", sql`update initiative_countries set country_code = 'LA' where initiative_id = ${two.id}`],
      ["every country removed", sql`delete from initiative_countries where initiative_id = ${one.id}`],
    ];
    for (const [step, statement] of steps) {
      await db.execute(statement);
      await check(step);
    }

    const actor = await createActor(db);
    await linkActor(db, { initiativeId: one.id, actor, source: report });
    await linkActor(db, { initiativeId: two.id, actor, role: "funder", source: report });
    await check("actor linked");
    await db.execute(sql`delete from initiative_actors where initiative_id = ${two.id}`);
    await check("actor unlinked");
    await db.execute(sql`delete from actors where id = ${actor.id}`); // cascades to its links and citations
    await check("actor deleted");

    const companySite = await createSource(db, { sourceType: "company" });
    const citation = await createCitation(db, { source: companySite, initiativeId: two.id, claimType: "initiative", note: "Also reported." });
    await addCitedMilestone(db, { initiativeId: one.id, source: companySite, description: "Opened", occurredOn: "2025-02-01" });
    await check("citations added");
    await db.execute(sql`update sources set source_type = 'state-media' where id = ${companySite.id}`);
    await check("source type changed");
    await db.execute(sql`delete from citations where id = ${citation.id}`);
    await check("citation removed");

    // Bulk loaders defer the triggers and refresh once at the end.
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local tracker.defer_search = 'on'`);
      await tx.execute(sql`insert into initiative_domains (initiative_id, domain_slug) values (${two.id}, 'satellites')`);
      await tx.execute(sql`select refresh_initiative_search(array[${two.id}]::int[])`);
    });
    await check("deferred, then refreshed");

    await db.execute(sql`delete from initiatives where id = ${one.id}`);
    await check("initiative deleted");
  });
});

describe(`list counts from the facet arrays on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedScaleData(database, { initiatives: 300, seed: 11 });
  }, 300_000);
  afterAll(async () => {
    await database?.close();
  });

  /** One facet's counts computed the way the list did before the arrays: joins of the link tables and citations. */
  async function joinedCounts(db: Db, filters: InitiativeFilters, key: "domain" | "country" | "actor" | "sourceType") {
    const only = { ...filters, [key]: [] };
    const where = whereClause(filterConditions(only));
    const [value, join] = {
      domain: [sql`d.domain_slug`, sql`join initiative_domains d on d.initiative_id = i.id`],
      country: [sql`trim(c.country_code)`, sql`join initiative_countries c on c.initiative_id = i.id`],
      actor: [sql`a.slug`, sql`join initiative_actors ia on ia.initiative_id = i.id join actors a on a.id = ia.actor_id`],
      sourceType: [sql`so.source_type::text`, sql`join citations ct on ct.initiative_id = i.id join sources so on so.id = ct.source_id`],
    }[key];
    const rows = await queryRows<{ value: string; count: number }>(
      db,
      sql`select ${value} as value, count(distinct i.id)::int as count
          from initiatives i join initiative_search s on s.initiative_id = i.id ${join} ${where} group by 1`,
    );
    return Object.fromEntries(rows.map((r) => [r.value, r.count]));
  }

  it("equal the counts of the joins they replace, for every facet under other filters and search", async () => {
    const db = database.db;
    const [actor] = await queryRows<{ slug: string }>(db, sql`select a.slug from actors a join initiative_actors ia on ia.actor_id = a.id group by a.slug order by count(*) desc, a.slug limit 1`);
    const scenarios = [
      "",
      "domain=ai&country=VN",
      "domain=ai&country=VN&status=in-progress",
      "q=data%20centre&country=VN&status=in-progress",
      "q=cable&domain=submarine-cables&sourceType=official-china",
      `actor=${actor!.slug}&country=TH&from=2020`,
      "sourceType=state-media&stalled=true",
      "domain=ai&asOf=2024-06-30",
    ];
    for (const scenario of scenarios) {
      const filters = parseFiltersStrict(new URLSearchParams(scenario));
      const [list, facets] = await Promise.all([findInitiatives(db, filters), getFacets(db, filters)]);
      const [total] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from initiatives i join initiative_search s on s.initiative_id = i.id ${whereClause(filterConditions(filters))}`,
      );
      expect(list.total, scenario).toBe(total!.n);
      expect(list.facets, scenario).toEqual(facets);
      for (const key of ["domain", "country", "sourceType"] as const) {
        const got = Object.fromEntries(facets[key].filter((f) => f.count > 0).map((f) => [f.value, f.count]));
        expect(got, `${scenario}: ${key}`).toEqual(await joinedCounts(db, filters, key));
      }
      const actors = await joinedCounts(db, filters, "actor");
      for (const a of facets.actor.filter((f) => f.count > 0)) expect(a.count, `${scenario}: actor ${a.value}`).toBe(actors[a.value]);
      const top = Object.values(actors).sort((a, b) => b - a)[0] ?? 0;
      expect(facets.actor[0]?.count ?? 0, `${scenario}: most frequent actor`).toBe(filters.actor.length ? facets.actor[0]?.count : top);
    }
  });
});
