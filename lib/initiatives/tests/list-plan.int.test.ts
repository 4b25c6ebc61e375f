// The list query's plans at a few thousand initiatives: search and selective filters must use their indexes
// (GIN on the search document and the trigram names, GIN on the facet arrays of initiative_search), not scan everything.
import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, type Db, queryRows } from "@/db/client";
import { seedScaleData } from "@/db/seed/scale";
import { createTestDatabase, testEngine } from "@/db/testing";
import { parseFiltersStrict } from "../filters";
import { findInitiatives } from "../queries";

const INITIATIVES = 2_000;
const dialect = new PgDialect();

type Handle = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

/** A database handle (or transaction) that records every statement it executes, including inside transactions. */
function recording<T extends Handle>(handle: T, statements: SQL[]): T {
  return new Proxy(handle, {
    get(target, property, receiver) {
      if (property === "execute") {
        return (query: SQL) => {
          statements.push(query);
          return target.execute(query);
        };
      }
      if (property === "transaction") {
        return (fn: (tx: Handle) => Promise<unknown>, config?: unknown) =>
          (target.transaction as (f: (tx: Handle) => Promise<unknown>, c?: unknown) => Promise<unknown>)((tx) => fn(recording(tx, statements)), config);
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * Runs findInitiatives, recording its statements, and returns the EXPLAIN of one of them: by default the list query
 * (the page of rows); `pick` chooses another, e.g. the statement that evaluates the text search once per request.
 */
async function listPlan(db: Db, qs: string, pick: (sqlText: string) => boolean = (t) => /order by/i.test(t)): Promise<string> {
  const statements: SQL[] = [];
  await findInitiatives(recording(db, statements), parseFiltersStrict(new URLSearchParams(qs)));
  const listQuery = statements.find((q) => pick(dialect.sqlToQuery(q).sql));
  if (!listQuery) throw new Error("findInitiatives issued no such query");
  const rows = await queryRows<{ "QUERY PLAN": string }>(db, sql`explain ${listQuery}`);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

/** The statement that evaluates the text search once per request (searchIdsQuery). */
const searchOnly = (t: string) => /^select \(with exact as/i.test(t.trim());

describe(`the initiative list query plan on ${testEngine()} at ${INITIATIVES} initiatives`, () => {
  let database: Database;
  let actorSlug: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedScaleData(database, { initiatives: INITIATIVES, seed: 7 });
    const [actor] = await queryRows<{ slug: string }>(
      database.db,
      sql`select a.slug from actors a join initiative_actors ia on ia.actor_id = a.id group by a.slug order by count(*) asc, a.slug limit 1`,
    );
    actorSlug = actor!.slug;
  }, 300_000);
  afterAll(async () => {
    await database?.close();
  });

  it("uses the GIN indexes for full-text and trigram search", async () => {
    // The search is evaluated once, in its own statement; the page, total and facets then filter by its ids.
    const plan = await listPlan(database.db, "q=submarine%20cable", searchOnly);
    console.info(`[plan] q=submarine cable\n${plan}`);
    expect(plan).toMatch(/initiative_search_document_idx|initiative_search_names_trgm_idx/);
  });

  it("answers a Chinese query's substring match on the text from the body's trigram index", async () => {
    const plan = await listPlan(database.db, "q=%E6%95%B0%E6%8D%AE%E4%B8%AD%E5%BF%83", searchOnly);
    console.info(`[plan] q=数据中心\n${plan}`);
    expect(plan).toMatch(/initiative_search_body_trgm_idx/);
  });

  it("answers names without diacritics and a Thai query's words from trigram indexes (ARCHITECTURE L1)", async () => {
    const folded = await listPlan(database.db, "q=cap%20quang%20bien", searchOnly);
    console.info(`[plan] q=cap quang bien\n${folded}`);
    expect(folded).toMatch(/initiative_search_names_folded_trgm_idx/);
    const thai = await listPlan(database.db, `q=${encodeURIComponent("เคเบิลจีน")}`, searchOnly);
    console.info(`[plan] q=เคเบิลจีน\n${thai}`);
    expect(thai).toMatch(/initiative_search_names_trgm_idx/);
    expect(thai).toMatch(/initiative_search_body_trgm_idx/);
  });

  it("uses the actor array's index for an actor filter", async () => {
    const plan = await listPlan(database.db, `actor=${actorSlug}`);
    console.info(`[plan] actor=${actorSlug}\n${plan}`);
    expect(plan).toMatch(/initiative_search_actor_ids_idx/);
  });

  it("uses the arrays' indexes for selective domain and country filters", async () => {
    const plan = await listPlan(database.db, "domain=satellites&country=TL");
    console.info(`[plan] domain=satellites&country=TL\n${plan}`);
    expect(plan).toMatch(/initiative_search_domain_slugs_idx|initiative_search_country_codes_idx/);
  });

  it("pages the unfiltered list by last evidence without sorting every row's subqueries", async () => {
    const plan = await listPlan(database.db, "");
    console.info(`[plan] (no filters)\n${plan}`);
    expect(plan).toMatch(/Limit/);
  });
});
