import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createActor, createInitiative, createSource, linkActor } from "@/db/factories";
import { createTestDatabase, testEngine } from "@/db/testing";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { findInitiatives } from "@/lib/initiatives/queries";
import { getActorBySlug, getEntitySummary, listActors, listCountriesWithCounts, listDomainsWithCounts } from "../queries";

describe(`entity page queries on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const recent = await createSource(db, { publishedOn: "2025-06-01" });
    const th5g = await createInitiative(db, { status: "operational", domains: ["5g"], countries: [{ code: "CN" }, { code: "TH", role: "host" }], source: recent });
    await createInitiative(db, { status: "proposed", domains: ["5g", "ai"], countries: [{ code: "TH" }] });
    await createInitiative(db, { status: "in-progress", domains: ["ai"], countries: [{ code: "VN", role: "host" }] });
    const ministry = await createActor(db, { slug: "thai-ministry", name: "Thai Ministry", kind: "ministry", countryCode: "TH" });
    await linkActor(db, { initiativeId: th5g.id, actor: ministry, role: "lead", source: recent });
    await createActor(db, { slug: "idle-forum", name: "Idle Forum", kind: "forum" });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("summarises an entity's initiatives with the list's own filter, so figures and list agree", async () => {
    const filters = parseFiltersLenient({}, { country: ["TH"] });
    const summary = await getEntitySummary(database.db, filters);
    const list = await findInitiatives(database.db, filters);
    expect(summary.total).toBe(list.total);
    expect(summary.total).toBe(2);
    expect(summary.byStatus.filter((s) => s.count > 0)).toEqual([
      { status: "proposed", count: 1 },
      { status: "operational", count: 1 },
    ]);
    expect(summary.sources).toBe(2);
    expect(summary.lastEvidenceOn).toBe("2025-06-01");
    expect(summary.firstAnnouncedOn).toBe("2024-05-01");
  });

  it("counts initiatives per country (and hosted) and per domain, every value present", async () => {
    const countries = Object.fromEntries((await listCountriesWithCounts(database.db)).map((c) => [c.code, [c.count, c.hosted]]));
    expect(countries).toMatchObject({ TH: [2, 1], VN: [1, 1], CN: [1, 0], LA: [0, 0] });
    const domains = Object.fromEntries((await listDomainsWithCounts(database.db)).map((d) => [d.slug, [d.count, d.active]]));
    expect(domains).toMatchObject({ "5g": [2, 1], ai: [2, 1], satellites: [0, 0] });
  });

  it("lists actors by involvement and reads one with its roles", async () => {
    expect((await listActors(database.db)).map((a) => [a.slug, a.count])).toEqual([
      ["thai-ministry", 1],
      ["idle-forum", 0],
    ]);
    expect(await getActorBySlug(database.db, "thai-ministry")).toMatchObject({ name: "Thai Ministry", kind: "ministry", countryCode: "TH", roles: [{ role: "lead", count: 1 }] });
    expect(await getActorBySlug(database.db, "nobody")).toBeNull();
  });
});
