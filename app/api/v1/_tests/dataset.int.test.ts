import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase, queryRows, setTestDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { parseDatabaseTarget } from "@/lib/env";
import { createActor, createInitiative, createSource, linkActor } from "@/db/factories";
import { apiTokens, appMeta, auditLog, initiativeSites, initiatives, sessions, statusChanges, users } from "@/db/schema";
import { DATASET_AS_OF_KEY, DATASET_VERSION_KEY } from "@/lib/dataset/release";
import { createTestDatabase, testEngine } from "@/db/testing";
import { GET } from "../dataset.json/route";
import { exportDataset, serializeDataset } from "@/lib/dataset/export";
import { importDataset, parseDataset } from "@/lib/dataset/import";
import { DATASET_TABLES } from "@/lib/dataset/schema";

/** The public columns per table. A schema change shows up here first, to be reviewed before it is published. */
const PINNED_COLUMNS: Record<string, string[]> = {
  domains: ["slug", "label", "description"],
  countries: ["code", "name_en", "name_zh", "name_de", "variants", "is_asean", "asean_member_since"],
  actors: ["id", "slug", "name", "kind", "country_code", "description", "created_at", "updated_at"],
  initiatives: [
    "id", "slug", "name", "summary", "status", "first_announced_on", "first_announced_precision", "planned_start_on", "planned_start_precision",
    "actual_start_on", "actual_start_precision", "planned_end_on", "planned_end_precision", "actual_end_on", "actual_end_precision",
    "parent_id", "superseded_by_id", "conflict_notes", "version", "created_at", "updated_at", "scope", "reviewed_on",
  ],
  aliases: ["id", "initiative_id", "actor_id", "name", "language"],
  initiative_domains: ["initiative_id", "domain_slug"],
  initiative_countries: ["initiative_id", "country_code", "role"],
  initiative_actors: ["initiative_id", "actor_id", "role"],
  sources: ["id", "url", "canonical_url", "title", "publisher", "published_on", "published_precision", "language", "source_type", "full_text", "content_hash", "created_at", "updated_at", "publisher_country", "text_fingerprint"],
  initiative_sites: ["id", "initiative_id", "kind", "name", "city", "country_code", "latitude", "longitude", "source_id"],
  milestones: ["id", "initiative_id", "kind", "description", "occurred_on", "precision", "is_planned", "is_verified", "created_at", "updated_at"],
  status_changes: ["id", "initiative_id", "from_status", "to_status", "effective_on", "effective_precision", "note", "created_at"],
  citations: ["id", "source_id", "claim_type", "initiative_id", "milestone_id", "status_change_id", "country_code", "domain_slug", "actor_id", "quote", "quote_start", "quote_end", "note", "is_verified", "created_at"],
};

describe(`dataset export/import on ${testEngine()}`, () => {
  let source: Database;
  let target: Database;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const db = source.db;
    await db.insert(users).values({ id: "u1", name: "Editor Secret", email: "editor@example.org", role: "editor" });
    await db.insert(sessions).values({ id: "s1", token: "session-token-secret", userId: "u1", expiresAt: new Date(Date.now() + 86_400_000) });
    await db.insert(apiTokens).values({ userId: "u1", name: "script", tokenHash: "hash-secret", prefix: "trk_abc" });
    await db.insert(auditLog).values({ userId: "u1", action: "update", entityType: "initiative", entityId: "1", after: { secret: "audit-secret" } });
    const text = "Zhōngguó–ASEAN «centre» opened; quote with \"marks\", a tab\tand a newline\nhere.";
    const src = await createSource(db, { fullText: text, title: "Ünïcödé title 中文", publishedOn: null, publishedPrecision: null });
    const parent = await createInitiative(db, { source: src, domains: ["ai", "5g"], countries: [{ code: "TH", role: "host" }, { code: "CN" }], aliases: [{ name: "中国—东盟中心", language: "zh" }] });
    const child = await createInitiative(db, { source: src, milestones: [{ description: "Opened", occurredOn: "2025-03-01", quote: "opened" }] });
    await db.update(initiatives).set({ parentId: parent.id, conflictNotes: ["Two dates reported."] }).where(eq(initiatives.id, child.id));
    await db.update(statusChanges).set({ createdById: "u1" }).where(eq(statusChanges.initiativeId, child.id));
    const actor = await createActor(db, { countryCode: "TH" });
    await linkActor(db, { initiativeId: parent.id, actor, role: "lead", source: src });
    await db.insert(initiativeSites).values({ initiativeId: parent.id, kind: "landing-point", name: "Songkhla landing", city: "Songkhla", countryCode: "TH", latitude: 7.19, longitude: 100.6, sourceId: src.id });
    await db.insert(appMeta).values([
      { key: DATASET_VERSION_KEY, value: "2026.12.1" },
      { key: DATASET_AS_OF_KEY, value: "2026-12-07" },
    ]);
  });
  afterAll(async () => {
    setTestDatabase(undefined);
    await Promise.all([source?.close(), target?.close()]);
  });

  it("holds every public table with the pinned columns, and nothing private", async () => {
    const dataset = await exportDataset(source.db, { generatedAt: null });
    expect(Object.keys(dataset.tables)).toEqual(DATASET_TABLES.map((t) => t.name));
    for (const [table, rows] of Object.entries(dataset.tables)) {
      expect(rows.length, table).toBeGreaterThan(0);
      expect(Object.keys(rows[0]!), table).toEqual(PINNED_COLUMNS[table]);
    }
    const text = serializeDataset(dataset);
    for (const secret of ["editor@example.org", "Editor Secret", "session-token-secret", "hash-secret", "trk_abc", "audit-secret", "u1"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("round-trips exactly: export → import into an empty database → export", async () => {
    const first = serializeDataset(await exportDataset(source.db, { generatedAt: "2025-01-01T00:00:00.000Z" }));
    expect(JSON.parse(first).release).toEqual({ version: "2026.12.1", asOf: "2026-12-07" });
    const counts = await importDataset(target.db, parseDataset(first));
    expect(counts.initiatives).toBe(2);
    expect(counts.initiative_sites).toBe(1);
    const second = serializeDataset(await exportDataset(target.db, { generatedAt: "2025-01-01T00:00:00.000Z" }));
    expect(second).toBe(first);
    // Search rows were derived, and new rows get fresh ids after the imported ones.
    const [search] = await queryRows<{ n: number }>(target.db, sql`select count(*)::int as n from initiative_search where names like ${"%中国—东盟中心%"}`);
    expect(search?.n).toBe(1);
    const rows = await target.db.select({ id: initiatives.id }).from(initiatives);
    const created = await createInitiative(target.db);
    expect(created.id).toBeGreaterThan(Math.max(...rows.map((r) => r.id)));
  });

  it("refuses a non-empty database and a file of another schema version", async () => {
    const text = serializeDataset(await exportDataset(source.db, { generatedAt: null }));
    await expect(importDataset(source.db, parseDataset(text))).rejects.toThrow(/empty tracker/);
    expect(() => parseDataset(text.replace('"schemaVersion": 1', '"schemaVersion": 99'))).toThrow(/version 99/);
    expect(() => parseDataset("{not json")).toThrow(/not valid JSON/);
  });

  it("serves the dataset at /api/v1/dataset.json with a generation time and a data ETag", async () => {
    setTestDatabase(source);
    const response = await GET(new Request("http://localhost/api/v1/dataset.json"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { schemaVersion: number; generatedAt: string; tables: Record<string, unknown[]> };
    expect(body.schemaVersion).toBe(1);
    expect(Date.parse(body.generatedAt)).not.toBeNaN();
    expect(Object.keys(body.tables)).not.toContain("users");
    const again = await GET(new Request("http://localhost/api/v1/dataset.json", { headers: { "If-None-Match": response.headers.get("etag")! } }), { params: Promise.resolve({}) });
    expect(again.status).toBe(304);
  });
});

/** Two empty database URLs on the engine under test: PGlite directories, or new databases on the test server. */
async function freshDatabaseUrls(): Promise<{ urls: [string, string]; cleanup: () => Promise<void> }> {
  const suffix = randomBytes(4).toString("hex");
  if (testEngine() === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-cli-"));
    return { urls: [path.join(dir, "a"), path.join(dir, "b")], cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const names = [`tracker_cli_a_${suffix}`, `tracker_cli_b_${suffix}`] as const;
  for (const name of names) await admin.query(`create database ${name}`);
  const url = (name: string) => Object.assign(new URL(process.env.TEST_DATABASE_URL!), { pathname: `/${name}` }).toString();
  return {
    urls: [url(names[0]), url(names[1])],
    cleanup: async () => {
      for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

describe(`npm run db:export / db:import on ${testEngine()}`, () => {
  it("round-trip exactly through files", async () => {
    const { urls, cleanup } = await freshDatabaseUrls();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-dataset-"));
    try {
      const first = await openDatabase(parseDatabaseTarget(urls[0]));
      await migrateDatabase(first);
      await createInitiative(first.db, { domains: ["ai"], milestones: [{ description: "Signed", occurredOn: "2024-02-02" }] });
      await first.close();
      const run = (script: string, url: string, ...args: string[]) => {
        const result = spawnSync("npx", ["tsx", `db/cli/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
        expect(result.status, result.stderr).toBe(0);
        return result.stdout;
      };
      const [a, b] = [path.join(dir, "a.json"), path.join(dir, "b.json")];
      run("export", urls[0], a, "--no-generated-at");
      expect(run("import", urls[1], a)).toMatch(/^Imported .*1 initiatives/);
      run("export", urls[1], b, "--no-generated-at");
      expect(fs.readFileSync(b, "utf8")).toBe(fs.readFileSync(a, "utf8"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await cleanup();
    }
  }, 120_000);
});
