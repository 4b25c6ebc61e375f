import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, queryRows } from "../client";
import { migrateDatabase } from "../migrate";
import { countries, domains, initiatives } from "../schema";
import { createTestDatabase, testEngine } from "../testing";

describe(`migrations on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("creates every table from an empty database", async () => {
    const rows = await queryRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const tables = rows.map((r) => r.table_name);
    for (const t of ["initiatives", "aliases", "domains", "countries", "actors", "sources", "milestones", "citations", "status_changes", "users", "audit_log"]) {
      expect(tables).toContain(t);
    }
  });

  it("loads the reference vocabularies: 14 domains, China and the 11 ASEAN members", async () => {
    expect(await database.db.$count(domains)).toBe(14);
    const rows = await database.db.select().from(countries);
    expect(rows.map((r) => r.code).sort()).toEqual(["BN", "CN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"]);
    expect(rows.find((r) => r.code === "TL")?.aseanMemberSince).toBe("2025-10-26");
    expect(rows.find((r) => r.code === "CN")?.isAsean).toBe(false);
  });

  it("is idempotent: migrating again changes nothing", async () => {
    await migrateDatabase(database);
    expect(await database.db.$count(domains)).toBe(14);
    expect(await database.db.$count(initiatives)).toBe(0);
  });
});
