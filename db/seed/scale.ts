// The scale seed: fills a database with N synthetic initiatives (≈20 milestones, ≈5 citations each, 2–5 kB sources in
// English, German and Chinese) for benchmarks. Rows get explicit ids allocated above the current maximum, are
// inserted as multi-row `json_populate_recordset` statements, one transaction per batch with the search refresh
// deferred, then initiative_search is rebuilt in chunks and the planner statistics refreshed.
// Assumes no other writer while it runs (ids are allocated up front).
import { type SQL, sql } from "drizzle-orm";
import { type Database, type DbOrTx, queryRows } from "../client";
import { appMeta } from "../schema";
import { createRng, type Rng } from "./scale-random";
import { finishSource, type SourceDraft, type SourceRow } from "./scale-sources";
import { type Generated, generateInitiative, pickPublisher, type PoolActor, type Row } from "./scale-generate";
import { EVENTS, KNOWN_ACTORS, PARTNER_ORDER, SYNTHETIC_ACTOR_PARTS, type ActorSeed } from "./scale-vocabulary";
import type { Lang } from "./scale-text";

export const SCALE_SEED_KEY = "scale_seed";
const TABLES = ["initiatives", "actors", "aliases", "sources", "milestones", "status_changes", "citations"] as const;
type Table = (typeof TABLES)[number];

export type ScaleSeedOptions = { initiatives: number; seed?: number; batchSize?: number; log?: (message: string) => void };
export type ScaleSeedReport = {
  rows: Record<Table | "initiative_domains" | "initiative_countries" | "initiative_actors", number>;
  sourceBytes: number;
  seconds: { generate: number; insert: number; search: number; analyze: number; total: number };
};

const slugify = (text: string) => text.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Multi-row insert of snake_case row objects through one JSON parameter: fast on both engines, no parameter limit. */
async function insertRows(db: DbOrTx, table: string, rows: readonly Row[], chunk = 5_000): Promise<void> {
  for (let at = 0; at < rows.length; at += chunk) {
    const part = rows.slice(at, at + chunk);
    const columns = [...new Set(part.flatMap((r) => Object.keys(r)))];
    const list = sql.join(columns.map((c) => sql.identifier(c)), sql`, `);
    await db.execute(
      sql`insert into ${sql.identifier(table)} (${list})
          select ${list} from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(part)}::json)`,
    );
  }
}

async function buildActorPool(db: DbOrTx, rng: Rng, size: number, nextId: () => number): Promise<{ pool: PoolActor[]; rows: Row[]; aliases: Row[] }> {
  const existing = new Map((await queryRows<{ id: number; slug: string }>(db, sql`select id, slug from actors`)).map((r) => [r.slug, r.id]));
  const seeds: ActorSeed[] = [...KNOWN_ACTORS];
  const P = SYNTHETIC_ACTOR_PARTS;
  while (seeds.length < size) {
    const prefix = rng.pick(P.prefixes);
    const sector = rng.pick(P.sectors);
    const isCompany = rng.chance(0.7);
    const country = rng.chance(0.5) ? "CN" : rng.zipf(PARTNER_ORDER);
    const name = `${prefix} ${sector} ${rng.pick(isCompany ? P.companySuffixes : P.agencySuffixes)}`;
    const zh = country === "CN" ? `${P.zhPrefixes[prefix] ?? ""}${P.zhSectors[sector] ?? ""}${isCompany ? "有限公司" : "研究院"}` : undefined;
    seeds.push({ name, kind: isCompany ? "company" : "agency", country, zh });
  }
  const pool: PoolActor[] = [];
  const rows: Row[] = [];
  const aliases: Row[] = [];
  const taken = new Set(existing.keys());
  for (const [index, a] of seeds.entries()) {
    const base = slugify(a.name);
    const names = { en: a.name, de: a.de ?? a.name, zh: a.zh ?? a.name };
    const known = index < KNOWN_ACTORS.length ? existing.get(base) : undefined;
    if (known !== undefined) {
      pool.push({ id: known, name: names });
      continue;
    }
    let slug = base;
    for (let k = 2; taken.has(slug); k++) slug = `${base}-${k}`;
    taken.add(slug);
    const id = nextId();
    rows.push({ id, slug, name: a.name, kind: a.kind, country_code: a.country, description: `Synthetic actor for scale tests (${a.kind}).` });
    if (a.zh) aliases.push({ actor_id: id, name: a.zh, language: "zh" });
    if (a.de) aliases.push({ actor_id: id, name: a.de, language: "de" });
    pool.push({ id, name: names });
  }
  return { pool, rows, aliases };
}

export async function seedScaleData(database: Database, options: ScaleSeedOptions): Promise<ScaleSeedReport> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 250;
  const started = performance.now();
  const db = database.db;
  const maxIds = Object.fromEntries(
    await Promise.all(
      TABLES.map(async (t) => [t, (await queryRows<{ m: number }>(db, sql`select coalesce(max(id), 0)::int as m from ${sql.identifier(t)}`))[0]!.m] as const),
    ),
  ) as Record<Table, number>;
  const counters = { ...maxIds };
  const nextId = (t: Table) => ++counters[t];
  // Mixing in the current maximum id makes a second run on the same database produce different texts and hashes.
  const rng = createRng(((options.seed ?? 20_251_026) ^ Math.imul(maxIds.initiatives + 1, 2_654_435_761)) >>> 0);
  const today = Math.floor(Date.now() / 86_400_000);
  const seconds = { generate: 0, insert: 0, search: 0, analyze: 0, total: 0 };
  const rows: ScaleSeedReport["rows"] = { initiatives: 0, actors: 0, aliases: 0, sources: 0, milestones: 0, status_changes: 0, citations: 0, initiative_domains: 0, initiative_countries: 0, initiative_actors: 0 };
  let sourceBytes = 0;

  const actorPool = await buildActorPool(db, rng, Math.min(2_000, Math.max(KNOWN_ACTORS.length, Math.round(options.initiatives / 25))), () => nextId("actors"));
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local tracker.defer_search = 'on'`);
    await insertRows(tx, "actors", actorPool.rows);
    await insertRows(tx, "aliases", actorPool.aliases.map((a) => ({ id: nextId("aliases"), ...a })));
  });
  rows.actors = actorPool.rows.length;
  rows.aliases = actorPool.aliases.length;

  const earlierIds: number[] = [];
  const seenHashes = new Set<string>();
  for (let done = 0; done < options.initiatives; done += batchSize) {
    const count = Math.min(batchSize, options.initiatives - done);
    let t0 = performance.now();
    const drafts: SourceDraft[] = [];
    const newDraft = (lang: Lang, title: string): SourceDraft => {
      const draft: SourceDraft = { id: nextId("sources"), lang, publisher: pickPublisher(rng, lang), title, latestDay: 0, mentions: [] };
      drafts.push(draft);
      return draft;
    };
    const roundups = Array.from({ length: Math.max(1, Math.round(count / 25)) }, () => {
      const lang: Lang = rng.chance(0.7) ? "en" : "zh";
      const ev = rng.zipf(EVENTS);
      return newDraft(lang, lang === "en" ? `${ev.en}: China and ASEAN review digital cooperation projects` : `${ev.zh}：中国与东盟盘点数字合作项目`);
    });
    const ctx = { rng, today, actors: actorPool.pool, earlierIds, roundups, nextId, newDraft };
    const generated: Generated[] = [];
    for (let k = 0; k < count; k++) {
      const id = nextId("initiatives");
      generated.push(generateInitiative(ctx, id));
      earlierIds.push(id);
    }
    const sourceRows: SourceRow[] = drafts.filter((d) => d.mentions.length).map((d) => finishSource(d, rng, today, seenHashes));
    const all = <K extends keyof Generated>(key: K) => generated.flatMap((g) => g[key] as Row | Row[]) as Row[];
    const batch: [string, Row[]][] = [
      ["sources", sourceRows],
      ["initiatives", all("initiative")],
      ["aliases", all("aliases")],
      ["initiative_domains", all("domains")],
      ["initiative_countries", all("countries")],
      ["initiative_actors", all("actors")],
      ["milestones", all("milestones")],
      ["status_changes", all("statusChanges")],
      ["citations", all("citations")],
    ];
    seconds.generate += (performance.now() - t0) / 1000;
    t0 = performance.now();
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local tracker.defer_search = 'on'`);
      if (database.kind === "postgres") await tx.execute(sql`set local synchronous_commit = off`);
      for (const [table, tableRows] of batch) await insertRows(tx, table, tableRows);
    });
    seconds.insert += (performance.now() - t0) / 1000;
    for (const [table, tableRows] of batch) rows[table as keyof typeof rows] += tableRows.length;
    sourceBytes += sourceRows.reduce((sum, s) => sum + Buffer.byteLength(s.full_text), 0);
    log(`  ${done + count}/${options.initiatives} initiatives inserted (${(performance.now() - started) / 1000 | 0} s)`);
  }

  for (const t of TABLES) {
    await db.execute(sql`select setval(pg_get_serial_sequence(${t}, 'id'), greatest((select max(id) from ${sql.identifier(t)}), 1))`);
  }

  let t0 = performance.now();
  const firstId = maxIds.initiatives + 1;
  for (let from = firstId; from <= counters.initiatives; from += 500) {
    const to = Math.min(from + 499, counters.initiatives);
    await db.execute(sql`select refresh_initiative_search(array(select id from initiatives where id between ${from} and ${to}))`);
    if ((to - firstId + 1) % 2_500 < 500 || to === counters.initiatives) log(`  search refreshed for ${to - firstId + 1}/${options.initiatives}`);
  }
  seconds.search = (performance.now() - t0) / 1000;

  t0 = performance.now();
  await db.execute(sql`vacuum analyze`);
  seconds.analyze = (performance.now() - t0) / 1000;
  seconds.total = (performance.now() - started) / 1000;
  await recordScaleSeed(db, options.initiatives, seconds.total);
  return { rows, sourceBytes, seconds };
}

/** app_meta.scale_seed: how many synthetic initiatives the database holds, and how long the last run took. */
async function recordScaleSeed(db: DbOrTx, added: number, seconds: number): Promise<void> {
  const [previous] = await queryRows<{ value: string }>(db, sql`select value from app_meta where key = ${SCALE_SEED_KEY}`);
  const total = (previous ? (JSON.parse(previous.value) as { initiatives: number }).initiatives : 0) + added;
  const value = JSON.stringify({ initiatives: total, at: new Date().toISOString(), lastRun: { initiatives: added, seconds: Math.round(seconds * 10) / 10 } });
  await db
    .insert(appMeta)
    .values({ key: SCALE_SEED_KEY, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: sql`now()` } satisfies Record<string, SQL | string> });
}
