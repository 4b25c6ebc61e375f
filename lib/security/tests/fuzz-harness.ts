// Shared pieces of the fuzz suites (fuzz-routes / fuzz-actions): nasty inputs as fast-check arbitraries, a
// checksum of every table (equal before and after ⇒ nothing was written), and the checks every answer must pass.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { type Database, queryRows } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { testEngine } from "@/db/testing";
import { ERROR_STATUS } from "@/lib/errors";
import { COUNTRY_CODES, COUNTRY_ROLES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { ACTOR_ROLES, MILESTONE_KINDS, SOURCE_TYPES, USER_ROLES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";

export const ROOT = process.cwd();

/**
 * Cases per property = base × FUZZ_MULTIPLIER (default 1; CI runs PostgreSQL with a smaller one). The bases add up
 * to well over 10,000 cases per run on PGlite across the two fuzz files.
 */
export function fuzzRuns(base: number): number {
  const fallback = testEngine() === "postgres" ? 0.25 : 1;
  const multiplier = Number(process.env.FUZZ_MULTIPLIER ?? fallback);
  return Math.max(5, Math.round(base * (Number.isFinite(multiplier) && multiplier > 0 ? multiplier : fallback)));
}

export function walk(dir: string, match: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : walk(full, match);
    return match(full) ? [full] : [];
  });
}

// ── Inputs ────────────────────────────────────────────────────────────────────────────────────────────────────

export const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0000\u0000\u0000".repeat(50),
  "' OR '1'='1",
  "1; drop table initiatives; --",
  "') or ('a'='a",
  "\\'; select pg_sleep(5); --",
  "%' and 1=0 union select null, version() --",
  "$1",
  "../../../../etc/passwd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "..\\..\\windows\\win.ini",
  "/dev/zero",
  "file:///etc/passwd",
  "%00",
  "%",
  "%%%",
  "\\",
  "\r\n\r\n",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "${7*7}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "prototype",
  "\uD800",
  "\uDFFF\uD800",
  "\uFFFF\uFFFE",
  "\u202Eevil.exe",
  "\u200B\u200C\u200D\uFEFF",
  "𝕏𝕐𝕫 🏳️‍🌈 👩‍👩‍👧‍👦",
  "中国—东盟数字合作",
  "Zusammenarbeit über Unterseekabel",
  "ÀÁÂÃÄÅ",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "-0",
  "1e309",
  "9".repeat(400),
  "2025-02-30",
  "2025-13",
  "2025-Q5",
  "0000-00-00",
  "9999-12-31",
  "-2025-01-01",
  "2025-04-02T25:61:61Z",
  "true",
  "[]",
  "{}",
  "[[[[[[[[[[",
  "x".repeat(5001),
  "y".repeat(70_000),
];

export const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...STATUSES, ...DOMAIN_SLUGS, ...COUNTRY_CODES, ...MILESTONE_KINDS, ...USER_ROLES, ...SOURCE_TYPES) },
  { weight: 1, arbitrary: fc.constantFrom("2024", "2025-04", "2025-04-02", "2025-Q2", "2024-01-15") },
);

/** A fixture world the generators point into, so that some inputs reach deep into the code paths. */
export type FuzzWorld = { slugs: string[]; sourceIds: number[]; passage: string };

export const PASSAGE = "signed a memorandum of understanding on digital cooperation";

export async function buildFuzzWorld(database: Database): Promise<FuzzWorld> {
  const source = await createSource(database.db, { fullText: `On 2 April 2025 the ministries ${PASSAGE} in Vientiane.`, title: "Fuzz source" });
  const a = await createInitiative(database.db, { slug: "fuzz-alpha", name: "Fuzz Alpha", status: "proposed", source, domains: ["ai"], countries: [{ code: "CN" }] });
  const b = await createInitiative(database.db, { slug: "fuzz-beta", name: "Fuzz Beta", status: "operational", source, milestones: [{ description: "Opened", occurredOn: "2024-03-01", quote: PASSAGE }] });
  return { slugs: [a.slug, b.slug], sourceIds: [source.id], passage: PASSAGE };
}

const leaf = (world: FuzzWorld) =>
  fc.oneof(
    { weight: 5, arbitrary: nastyString },
    { weight: 2, arbitrary: fc.integer({ min: -3, max: 5 }) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 31, 1e300, -0) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...world.slugs, ...world.sourceIds, world.passage) },
  );

/** Field names the write schemas use: random objects pick most keys from here, so validation gets past "unknown". */
export const KNOWN_FIELDS = [
  "name", "summary", "slug", "status", "statusEffectiveOn", "effectiveOn", "note", "version", "citations", "sourceId",
  "quote", "start", "end", "kind", "description", "occurredOn", "isPlanned", "milestoneId", "reason", "aliases",
  "language", "domains", "countries", "code", "role", "actors", "parentSlug", "supersededBySlug", "conflictNotes",
  "firstAnnouncedOn", "plannedStartOn", "actualStartOn", "plannedEndOn", "actualEndOn", "url", "title", "publisher",
  "publishedOn", "sourceType", "fullText", "email", "password", "userId", "disabled", "tokenId", "text", "html",
  "__proto__", "constructor",
];

export function jsonValue(world: FuzzWorld) {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf(world),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_FIELDS), fc.string({ maxLength: 12 })), tie("value"), { maxKeys: 6 }),
    ),
  }));
  return value;
}

/** A citation list that is sometimes valid, sometimes almost. */
export function citationsArb(world: FuzzWorld) {
  return fc.array(
    fc.record(
      {
        sourceId: fc.oneof(fc.constantFrom(...world.sourceIds), leaf(world)),
        quote: fc.oneof(fc.constant(world.passage), nastyString),
        note: nastyString,
        start: fc.integer({ min: -5, max: 200 }),
        end: fc.integer({ min: -5, max: 400 }),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 3 },
  );
}

/** Objects shaped like the write inputs: known keys with plausible or hostile values, plus random extras. */
export function inputObject(world: FuzzWorld) {
  const plausible = fc.record(
    {
      name: nastyString,
      summary: nastyString,
      status: fc.oneof(fc.constantFrom(...STATUSES), nastyString),
      effectiveOn: nastyString,
      statusEffectiveOn: nastyString,
      note: nastyString,
      version: fc.oneof(fc.integer({ min: 0, max: 4 }), leaf(world)),
      citations: fc.oneof(citationsArb(world), jsonValue(world)),
      kind: fc.oneof(fc.constantFrom(...MILESTONE_KINDS), nastyString),
      description: nastyString,
      occurredOn: nastyString,
      aliases: fc.array(fc.record({ name: nastyString, language: nastyString }, { requiredKeys: [] }), { maxLength: 3 }),
      domains: fc.array(fc.oneof(fc.constantFrom(...DOMAIN_SLUGS), nastyString), { maxLength: 3 }),
      countries: fc.array(fc.record({ code: fc.oneof(fc.constantFrom(...COUNTRY_CODES), nastyString), role: fc.oneof(fc.constantFrom(...COUNTRY_ROLES), nastyString) }), { maxLength: 3 }),
      actors: fc.array(fc.record({ slug: nastyString, role: fc.oneof(fc.constantFrom(...ACTOR_ROLES), nastyString) }), { maxLength: 2 }),
      parentSlug: fc.oneof(fc.constantFrom(...world.slugs), nastyString, fc.constant(null)),
      conflictNotes: fc.array(nastyString, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );
  const extras = fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_FIELDS), fc.string({ maxLength: 12 })), jsonValue(world), { maxKeys: 4 });
  return fc.tuple(plausible, extras).map(([a, b]) => ({ ...b, ...a }) as Record<string, unknown>);
}

/** Valid write inputs (one per kind of write), to be spoiled one or two fields at a time: reaches the database. */
export function validTemplates(world: FuzzWorld): Record<string, unknown>[] {
  const citations = [{ sourceId: world.sourceIds[0], quote: world.passage }];
  return [
    { name: "Fuzz created initiative", summary: "Created by the fuzz suite to reach the database.", status: "proposed", citations },
    { summary: "Edited by the fuzz suite to reach the database.", version: 1 },
    { kind: "signed", description: "MoU signed", occurredOn: "2025-04-02", citations, version: 1 },
    { status: "agreed", effectiveOn: "2025-04-02", note: "The MoU was signed.", citations, version: 1 },
    { url: "https://news.example.org/fuzz", title: "Fuzz source", publisher: "Example", language: "en", sourceType: "independent-press" },
  ];
}

const spoiler = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("a\u0000b", "\u0000", "x".repeat(6000), "'; drop table initiatives; --", "../../etc/passwd", "\uD800") },
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, -1, 0, 1e308, [], {}, true) },
);

/** A valid input with one or two fields replaced by hostile values (JSON text, so \u0000 stays an escape). */
export function spoiledInput(world: FuzzWorld): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...validTemplates(world)), fc.array(fc.tuple(fc.constantFrom(...KNOWN_FIELDS.filter((k) => !k.startsWith("_") && k !== "constructor")), spoiler), { minLength: 1, maxLength: 2 }))
    .map(([template, spoils]) => {
      const out: Record<string, unknown> = { ...template };
      const raw: string[] = [];
      for (const [key, value] of spoils) {
        if (typeof value === "string" && value.includes("\\u")) raw.push(`${JSON.stringify(key)}:"${value}"`);
        else out[key] = value;
      }
      const json = JSON.stringify(out);
      return raw.length ? `${json.slice(0, -1)}${json.length > 2 ? "," : ""}${raw.join(",")}}` : json;
    });
}

export type FuzzBody = { contentType?: string; body?: string | Uint8Array<ArrayBuffer>; label: string };

const deepJson = fc.integer({ min: 33, max: 20_000 }).chain((depth) =>
  fc.constantFrom(
    { label: `deep array ${depth}`, contentType: "application/json", body: "[".repeat(depth) + "]".repeat(depth) },
    { label: `deep object ${depth}`, contentType: "application/json", body: '{"a":'.repeat(depth) + "1" + "}".repeat(depth) },
    { label: `unclosed ${depth}`, contentType: "application/json", body: '{"citations":'.repeat(depth) },
  ),
);

/** Request bodies: none, JSON (plausible or random), malformed, deep, oversized, binary, or with a wrong type. */
export function bodyArb(world: FuzzWorld): fc.Arbitrary<FuzzBody> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<FuzzBody>({ label: "no body" }) },
    { weight: 6, arbitrary: inputObject(world).map((v) => ({ label: "input-like JSON", contentType: "application/json", body: JSON.stringify(v) })) },
    { weight: 4, arbitrary: spoiledInput(world).map((body) => ({ label: "spoiled valid JSON", contentType: "application/json", body })) },
    { weight: 3, arbitrary: jsonValue(world).map((v) => ({ label: "random JSON", contentType: "application/json; charset=utf-8", body: JSON.stringify(v) ?? "null" })) },
    { weight: 2, arbitrary: fc.string({ maxLength: 80 }).map((s) => ({ label: "malformed JSON", contentType: "application/json", body: `{"name": ${s}` })) },
    { weight: 1, arbitrary: deepJson },
    { weight: 1, arbitrary: fc.constant<FuzzBody>({ label: "oversized JSON", contentType: "application/json", body: JSON.stringify({ summary: "z".repeat(1_100_000) }) }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => ({ label: "binary as JSON", contentType: "application/json", body: new Uint8Array(b) })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "", "application/jsonp"), inputObject(world))
        .map(([type, v]) => ({ label: `wrong type ${type}`, contentType: type, body: JSON.stringify(v) })),
    },
  );
}

/** Query strings: known parameter names with hostile values, repeated keys, and random names. */
export const QUERY_KEYS = ["q", "status", "domain", "country", "actor", "sourceType", "sort", "page", "pageSize", "asOf", "initiative", "from", "to", "range", "language", "type", "publisher", "year", "format", "id", "slug"];

export const queryArb = fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), nastyString), { maxLength: 5 });

export function toSearch(entries: [string, string][]): string {
  const params = new URLSearchParams();
  for (const [k, v] of entries) params.append(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

// ── Checks ────────────────────────────────────────────────────────────────────────────────────────────────────

// What a rejected request may still write, by design: failed sign-ins are counted (to rate-limit guessing), and
// an API token's last use is stamped when it authenticates, before the request is judged.
const WRITES_ON_REJECTION_ALLOWED = new Set(["sign_in_failures"]);
const COLUMNS_IGNORED: Record<string, string[]> = { api_tokens: ["last_used_at"] };

const checksumQueries = new WeakMap<Database, string>();

async function checksumQuery(database: Database): Promise<string> {
  const cached = checksumQueries.get(database);
  if (cached) return cached;
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const parts = tables
    .map((t) => t.name)
    .filter((name) => !WRITES_ON_REJECTION_ALLOWED.has(name) && /^[a-z_]+$/.test(name))
    .map((name) => {
      const row = COLUMNS_IGNORED[name] ? `(to_jsonb(t) - array[${COLUMNS_IGNORED[name]!.map((c) => `'${c}'`).join(",")}])::text` : "t::text";
      return `select '${name}:' || count(*) || ':' || coalesce(sum(hashtext(${row})::bigint), 0) as x from "${name}" t`;
    });
  // A plpgsql function in the test database keeps the plan cached: ~10× faster than sending the union each time.
  await database.db.execute(
    sql.raw(`create or replace function fuzz_table_checksum() returns text language plpgsql as $fn$ begin
      return (select string_agg(x, ' ' order by x) from (${parts.join(" union all ")}) s); end $fn$`),
  );
  const query = "select fuzz_table_checksum() as sum";
  checksumQueries.set(database, query);
  return query;
}

/** One query: row count and a hash of every row, per table. Equal before and after ⇒ nothing was written. */
export async function tableChecksum(database: Database): Promise<string> {
  const [row] = await queryRows<{ sum: string }>(database.db, sql.raw(await checksumQuery(database)));
  return row?.sum ?? "";
}

// A stack frame ("    at fn (file.ts:1:2)") or a file path from the server: never in an answer.
const LEAK = /\n\s+at .+:\d+:\d+|node_modules\/|\/work\/|webpack-internal|ECONNREFUSED|error: relation|syntax error at or near/;

export function expectNoLeak(text: string, where: string): void {
  expect(LEAK.test(text), `${where}: the answer leaks internals: ${text.slice(0, 300)}`).toBe(false);
}

/** 4xx answers in the one error shape: { error: { code, message, details? } } with the code's status. */
export function expectErrorShape(status: number, text: string, where: string): void {
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${where}: ${status} without a JSON error body: ${text.slice(0, 200)}`);
  }
  const code = body.error?.code;
  expect(typeof code === "string" && code in ERROR_STATUS, `${where}: unknown error code ${String(code)}`).toBe(true);
  expect(ERROR_STATUS[code as keyof typeof ERROR_STATUS], `${where}: status ${status} for code ${String(code)}`).toBe(status);
  expect(typeof body.error?.message, `${where}: error message`).toBe("string");
}

/** Counts generated cases per suite; printed at the end of each file. */
export class CaseCounter {
  private readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  report(title: string): string {
    const lines = [...this.counts.entries()].sort().map(([k, n]) => `    ${String(n).padStart(6)}  ${k}`);
    return `${title}: ${this.total} generated cases on ${testEngine()}\n${lines.join("\n")}`;
  }
}

/**
 * Runs a property; on failure throws a short, readable error (seed, path, truncated counterexample and cause).
 * FUZZ_SEED=<seed> replays a reported failure.
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncProperty<Ts>, numRuns: number): Promise<void> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  const details = await fc.check(property, { numRuns, endOnFailure: true, ...(seed !== undefined && { seed }) });
  if (!details.failed) return;
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);
  const example = clip(fc.stringify(details.counterexample), 1500);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`Property failed (seed ${details.seed}, path "${details.counterexamplePath}") on ${example}\n→ ${clip(cause, 2500)}`);
}

/** A checksum with some tables left out (e.g. sessions, which better-auth cleans up when it meets an expired one). */
export function withoutTables(checksum: string, tables: string[]): string {
  return checksum
    .split(" ")
    .filter((part) => !tables.includes(part.split(":")[0]!))
    .join(" ");
}
