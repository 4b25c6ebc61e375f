// The in-memory facet index (facet-index.ts) must answer exactly what the SQL facets answer, for every kind of filter,
// and keep answering it after writes, by re-reading only the initiatives a write touched.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, type Db, queryRows, setTestDatabase } from "@/db/client";
import { addCitedMilestone, createInitiative, createSource } from "@/db/factories";
import { actors, initiatives } from "@/db/schema";
import { seedScaleData } from "@/db/seed/scale";
import { createTestDatabase, testEngine } from "@/db/testing";
import { COUNTRY_CODES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";
import { countFacetsFromIndex, facetIndexFor, facetIndexStats, stalledBefore } from "../facet-index";
import { countFacetsInSql } from "../facets";
import { parseFiltersStrict } from "../filters";
import { findInitiatives, resolveSearch } from "../queries";
import { FILTERED_FROM, filterConditions, whereClause } from "../conditions";

describe(`facet counts from memory on ${testEngine()}`, () => {
  let database: Database;
  let scenarios: string[];
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedScaleData(database, { initiatives: 300, seed: 23 });
    setTestDatabase(database);
    // A word only a source's title holds: the initiative citing it is found through the source alone.
    const [cited] = await queryRows<{ id: number }>(database.db, sql`select id from initiatives order by id desc limit 1`);
    await addCitedMilestone(database.db, {
      initiativeId: cited!.id,
      source: await createSource(database.db, { title: "Kestrelmoor exchange opens" }),
      description: "Reported.",
      occurredOn: "2024-05-02",
    });
    const [actor] = await queryRows<{ slug: string }>(
      database.db,
      sql`select a.slug from actors a join initiative_actors ia on ia.actor_id = a.id group by a.slug order by count(*) desc, a.slug limit 1`,
    );
    scenarios = [
      "",
      ...DOMAIN_SLUGS.map((d) => `domain=${d}`),
      ...COUNTRY_CODES.map((c) => `country=${c}`),
      ...STATUSES.map((s) => `status=${s}`),
      ...SOURCE_TYPES.map((t) => `sourceType=${t}`),
      "stalled=true",
      "scope=local",
      "scope=region-wide&status=agreed",
      "from=2019&to=2022-06",
      "to=2018",
      `actor=${actor!.slug}`,
      `actor=${actor!.slug}&actor=no-such-actor&domain=ai`,
      "actor=no-such-actor",
      "domain=ai&domain=cloud&country=VN&country=TH",
      "domain=ai&country=VN&status=in-progress",
      "domain=5g&country=ID&status=operational&sourceType=company&stalled=true",
      "q=data%20centre",
      "q=data%20centre&country=VN&status=in-progress",
      "q=cable&domain=submarine-cables&sourceType=official-china",
      "q=Jakrta",
      "q=数据中心&scope=local",
      "q=Rechenzentrum",
      "q=Vietnam%20AI",
      "q=trung%20t%C3%A2m%20d%E1%BB%AF%20li%E1%BB%87u",
      "q=%E0%B8%A8%E0%B8%B9%E0%B8%99%E0%B8%A2%E0%B9%8C%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%A1%E0%B8%B9%E0%B8%A5",
      "q=Kestrelmoor",
    ];
  }, 300_000);
  afterAll(async () => {
    setTestDatabase(undefined);
    await database?.close();
  });

  async function expectSameAsSql(db: Db, step: string) {
    const index = await facetIndexFor(db, parseFiltersStrict(new URLSearchParams("")));
    const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
    for (const scenario of scenarios) {
      const filters = parseFiltersStrict(new URLSearchParams(scenario));
      const search = filters.q ? await resolveSearch(db, filters.q) : undefined;
      // The search resolved with the index's help (its sources' citations, its vocabulary) finds what the SQL finds.
      if (filters.q) {
        expect(sorted((await resolveSearch(db, filters.q, index)).ids), `${step}: ${scenario} searched with the index`).toEqual(
          sorted(search!.ids),
        );
      }
      const fromIndex = await countFacetsFromIndex(db, filters, search, 40);
      expect(fromIndex, `${step}: ${scenario} answered from memory`).not.toBeNull();
      const { ids, ...counts } = fromIndex!;
      expect(counts, `${step}: ${scenario}`).toEqual(await countFacetsInSql(db, filters, search));
      const matching = await queryRows<{ id: number }>(
        db,
        sql`select i.id ${FILTERED_FROM} ${whereClause(filterConditions(filters, undefined, search))}`,
      );
      expect(
        [...ids!].sort((a, b) => a - b),
        `${step}: ${scenario} ids`,
      ).toEqual(matching.map((r) => r.id).sort((a, b) => a - b));
    }
  }

  /** Every scenario's page, in each sort, from memory and from SQL alone (inside a transaction the index does not apply). */
  async function expectSamePages(db: Db, step: string, sorts = ["relevance", "last-evidence", "name", "first-announced"]) {
    const pages = ["", "&page=2&pageSize=9", "&page=40"];
    for (const scenario of scenarios) {
      for (const [i, sort] of sorts.entries()) {
        const query = `${scenario}&sort=${sort}${pages[i % pages.length]}`.replace(/^&/, "");
        const filters = parseFiltersStrict(new URLSearchParams(query));
        const fromSql = await db.transaction((tx) => findInitiatives(tx, filters));
        expect(await findInitiatives(db, filters), `${step}: ${query}`).toEqual(fromSql);
      }
    }
  }

  it("choose the same page as the SQL filters do, in every sort", async () => {
    const db = database.db;
    await expectSamePages(db, "loaded");
    for (const query of ["q=cable&page=2&pageSize=7", "q=data%20centre&sort=name", ""]) {
      const filters = parseFiltersStrict(new URLSearchParams(query));
      expect(await findInitiatives(db, filters), query).toEqual(await db.transaction((tx) => findInitiatives(tx, filters)));
    }
    // Not vacuous: the default page of everything is the newest evidence first, and it is full.
    const first = await findInitiatives(db, parseFiltersStrict(new URLSearchParams("")));
    expect(first.data).toHaveLength(first.pageSize);
    expect(first.data[0]!.lastEvidenceOn! >= first.data.at(-1)!.lastEvidenceOn!).toBe(true);
  });

  it("equal the SQL counts for every facet value, range, scope, stalled flag, actor and search", async () => {
    const db = database.db;
    await expectSameAsSql(db, "loaded");
    // The comparison is not vacuous: the scenarios count a good part of the data.
    const all = await countFacetsFromIndex(db, parseFiltersStrict(new URLSearchParams("")), undefined, 40);
    expect(all!.total).toBeGreaterThanOrEqual(300);
    expect(all!.stalled).toBeGreaterThan(0);
    expect(all!.actors).toHaveLength(40);
    // …and the searches reach each way of matching the index supplies: a source's citations, the vocabulary.
    const index = await facetIndexFor(db, parseFiltersStrict(new URLSearchParams("")));
    expect((await resolveSearch(db, "Kestrelmoor", index)).ids).toHaveLength(1);
    expect((await resolveSearch(db, "Vietnam AI", index)).ids.length).toBeGreaterThan(10);
  });

  it("follow edits by re-reading only the initiatives they touch", async () => {
    const db = database.db;
    await expectSameAsSql(db, "before edits");
    const { loads } = facetIndexStats();
    const [a, b] = await queryRows<{ id: number }>(db, sql`select id from initiatives order by id limit 2`);
    const steps: [string, () => Promise<unknown>][] = [
      ["status changed", () => db.update(initiatives).set({ status: "cancelled" }).where(eq(initiatives.id, a!.id))],
      [
        "domain added",
        () =>
          db.execute(
            sql`insert into initiative_domains (initiative_id, domain_slug) values (${b!.id}, 'smart-cities') on conflict do nothing`,
          ),
      ],
      ["countries removed", () => db.execute(sql`delete from initiative_countries where initiative_id = ${b!.id}`)],
      [
        "announced moved",
        () =>
          db
            .update(initiatives)
            .set({ firstAnnouncedOn: "2001-01-01", scope: "region-wide" })
            .where(eq(initiatives.id, b!.id)),
      ],
      [
        "new evidence on an old initiative",
        async () => {
          const today = new Date().toISOString().slice(0, 10);
          const source = await createSource(db, { publishedOn: today, sourceType: "company" });
          return addCitedMilestone(db, {
            initiativeId: b!.id,
            source,
            description: "Reported today.",
            occurredOn: today,
          });
        },
      ],
      [
        "initiative created",
        () => createInitiative(db, { domains: ["ai"], countries: [{ code: "TL" }], status: "proposed" }),
      ],
      ["initiative deleted", () => db.delete(initiatives).where(eq(initiatives.id, a!.id))],
      // Renamed to come first by name: every other initiative's place in the order of names moves.
      ["initiative renamed", () => db.update(initiatives).set({ name: "AAA renamed first" }).where(eq(initiatives.id, b!.id))],
    ];
    for (const [step, edit] of steps) {
      await edit();
      await expectSameAsSql(db, step);
      await expectSamePages(db, step, ["name", "last-evidence"]);
    }
    const byName = await findInitiatives(db, parseFiltersStrict(new URLSearchParams("sort=name")));
    expect(byName.data[0]!.id, "the renamed initiative comes first by name").toBe(b!.id);
    expect(facetIndexStats().loads, "patched, never reloaded").toBe(loads);
    expect(facetIndexStats().patches).toBeGreaterThanOrEqual(steps.length);

    // A renamed actor: its label in the counts follows (the actors are re-read with the patch).
    const top = (await countFacetsFromIndex(db, parseFiltersStrict(new URLSearchParams("")), undefined, 40))!
      .actors[0]!;
    await db
      .update(actors)
      .set({ name: `${top.name} (renamed)` })
      .where(eq(actors.slug, top.slug));
    await expectSameAsSql(db, "actor renamed");
    const renamed = (await countFacetsFromIndex(
      db,
      parseFiltersStrict(new URLSearchParams("")),
      undefined,
      40,
    ))!.actors.find((x) => x.slug === top.slug);
    expect(renamed?.name).toBe(`${top.name} (renamed)`);
  });

  it.runIf(testEngine() === "postgres")("are brought up to date without waiting for a connection a reader holds", async () => {
    // More concurrent searches than the pool has connections, right after an edit: each search holds a connection
    // for its statement timeout's transaction, so the index must be patched before, not inside, that transaction.
    const db = database.db;
    await db.update(initiatives).set({ summary: "Edited so the index must be patched." }).where(sql`id = (select min(id) from initiatives)`);
    const filters = parseFiltersStrict(new URLSearchParams("q=cable&country=VN"));
    const searches = Promise.all(Array.from({ length: 12 }, () => findInitiatives(db, filters)));
    const stuck = new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 20_000));
    const answered = await Promise.race([searches, stuck]);
    expect(answered, "the searches finished").not.toBe("stuck");
    expect(new Set((answered as Awaited<typeof searches>).map((r) => r.total)).size).toBe(1);
  });

  it("leave transactions to SQL: they may see writes not yet committed", async () => {
    await database.db.transaction(async (tx) => {
      expect(await countFacetsFromIndex(tx, parseFiltersStrict(new URLSearchParams("")), undefined, 40)).toBeNull();
    });
    expect(
      await countFacetsFromIndex(
        database.db,
        parseFiltersStrict(new URLSearchParams("asOf=2024-06-30")),
        undefined,
        40,
      ),
    ).toBeNull();
  });

  it("date the stalled threshold as the database does, month ends included", async () => {
    for (const day of ["2026-03-31", "2024-02-29", "2026-12-07", "2025-01-31", "2024-12-31"]) {
      for (const months of [1, 12, 13]) {
        const [row] = await queryRows<{ d: string }>(
          database.db,
          sql`select (${day}::date - make_interval(months => ${months}))::date::text as d`,
        );
        expect(stalledBefore(new Date(`${day}T12:00:00Z`), months), `${day} − ${months} months`).toBe(row!.d);
      }
    }
  });
});
