import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, queryRows } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { initiatives, statusChanges } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { findInitiatives } from "@/lib/initiatives/queries";
import { getRecentActivity } from "../activity";
import { countInitiativesByCountry, getDashboardStats } from "../queries";
import type { StatusCell } from "../types";

const TODAY = "2025-06-30";
const filters = (qs: string) => parseFiltersStrict(new URLSearchParams(qs));
const asMap = (cells: StatusCell[]) => Object.fromEntries(cells.map((c) => [`${c.key}/${c.status}`, c.count]));

describe(`dashboard aggregates on ${testEngine()}`, () => {
  let database: Database;
  let db: Database["db"];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    const ministry = await createSource(db, { title: "Ministry statement", publisher: "MIIT", publishedOn: "2025-05-12" });
    await createInitiative(db, {
      slug: "th-5g",
      status: "operational",
      domains: ["5g", "digital-skills"],
      countries: [{ code: "CN" }, { code: "TH", role: "host" }, { code: "TH", role: "party" }],
      firstAnnouncedOn: "2020-06-01",
      source: ministry,
      milestones: [
        { description: "Academy opened", occurredOn: "2023-03-01" },
        { description: "Second campus opened", occurredOn: "2025-05-10" },
        { description: "Third campus", occurredOn: "2026-01-01", isPlanned: true },
      ],
    });
    const ai = await createInitiative(db, {
      slug: "ai-centre",
      status: "in-progress",
      domains: ["ai"],
      countries: [{ code: "CN" }, { code: "LA" }],
      firstAnnouncedOn: "2024-09-01",
      milestones: [{ description: "Centre inaugurated", occurredOn: "2025-04-15" }],
    });
    // Its history: agreed when announced, in progress from June 2025.
    await db.update(statusChanges).set({ toStatus: "agreed" }).where(eq(statusChanges.initiativeId, ai.id));
    await db.insert(statusChanges).values({
      initiativeId: ai.id, fromStatus: "agreed", toStatus: "in-progress", effectiveOn: "2025-06-01", effectivePrecision: "day", note: "Works began.",
    });
    await createInitiative(db, { slug: "cable", status: "proposed", domains: ["submarine-cables"], countries: [{ code: "CN" }], firstAnnouncedOn: "2025-01-01" });
    await createInitiative(db, { slug: "vn-5g", status: "operational", domains: ["5g"], countries: [{ code: "VN" }], firstAnnouncedOn: "2019-03-01" });
    const undated = await createInitiative(db, { slug: "dc", status: "cancelled", domains: ["data-centres", "cloud"], countries: [{ code: "MY" }, { code: "SG" }] });
    await db.update(initiatives).set({ firstAnnouncedOn: null, firstAnnouncedPrecision: null }).where(eq(initiatives.id, undated.id));
    await createInitiative(db, { slug: "pay", status: "agreed", domains: ["ai", "5g"], countries: [{ code: "TH" }, { code: "VN" }], firstAnnouncedOn: "2024-02-01" });
  });
  afterAll(async () => {
    await database?.close();
  });

  /** The same counts, computed in JavaScript from the raw rows. */
  async function expectedCells(key: "domain" | "country" | "year", only: (row: { status: string; domains: string[]; countries: string[] }) => boolean) {
    const rows = await queryRows<{ id: number; status: string; year: number | null; domains: string[] | null; countries: string[] | null }>(
      db,
      sql`select i.id, i.status::text as status, extract(year from i.first_announced_on)::int as year,
            (select array_agg(domain_slug) from initiative_domains where initiative_id = i.id) as domains,
            (select array_agg(trim(country_code)) from initiative_countries where initiative_id = i.id) as countries
          from initiatives i`,
    );
    const out: Record<string, number> = {};
    for (const row of rows) {
      const domains = row.domains ?? [];
      const countries = row.countries ?? [];
      if (!only({ status: row.status, domains, countries })) continue;
      const keys = key === "domain" ? domains : key === "country" ? [...new Set(countries)] : row.year === null ? [] : [String(row.year)];
      for (const k of keys) out[`${k}/${row.status}`] = (out[`${k}/${row.status}`] ?? 0) + 1;
    }
    return out;
  }

  it("counts status × domain, × country and × year exactly as the rows do", async () => {
    const stats = await getDashboardStats(db, filters(""), TODAY);
    expect(asMap(stats.statusByDomain)).toEqual(await expectedCells("domain", () => true));
    expect(asMap(stats.statusByCountry)).toEqual(await expectedCells("country", () => true));
    expect(asMap(stats.statusByYear)).toEqual(await expectedCells("year", () => true));
    expect(stats.undated).toBe(1);
    expect(stats.byStatus.find((s) => s.status === "operational")?.count).toBe(2);
    expect(stats.byStatus.reduce((n, s) => n + s.count, 0)).toBe(6);
  });

  it("applies the list's filters, so every total equals the list's total for the same URL", async () => {
    for (const qs of ["domain=5g", "country=TH&status=operational", "domain=ai&domain=5g&country=VN", "q=ai-centre", "from=2024&to=2025", "status=cancelled"]) {
      const stats = await getDashboardStats(db, filters(qs), TODAY);
      const list = await findInitiatives(db, filters(qs));
      expect(stats.headline.initiatives, qs).toBe(list.total);
      expect(stats.byStatus.reduce((n, s) => n + s.count, 0), qs).toBe(list.total);
      expect(stats.statusByYear.reduce((n, c) => n + c.count, 0) + stats.undated, qs).toBe(list.total);
    }
    const th = await getDashboardStats(db, filters("country=TH"), TODAY);
    expect(asMap(th.statusByDomain)).toEqual(await expectedCells("domain", (r) => r.countries.includes("TH")));
    // Each domain's count is the list's total with that domain added to the filters.
    for (const domain of ["5g", "ai", "digital-skills"]) {
      const inDomain = th.statusByDomain.filter((c) => c.key === domain).reduce((n, c) => n + c.count, 0);
      expect(inDomain, domain).toBe((await findInitiatives(db, filters(`country=TH&domain=${domain}`))).total);
    }
  });

  it("counts each initiative once per country, whatever its roles there, for the map", async () => {
    const counts = Object.fromEntries((await countInitiativesByCountry(db, filters(""))).map((c) => [c.code, c.count]));
    expect(counts).toMatchObject({ CN: 3, TH: 2, VN: 2, LA: 1, MY: 1, SG: 1, ID: 0, TL: 0 });
    expect(Object.keys(counts)).toHaveLength(12);
    const filtered = Object.fromEntries((await countInitiativesByCountry(db, filters("domain=5g"))).map((c) => [c.code, c.count]));
    expect(filtered).toMatchObject({ CN: 1, TH: 2, VN: 2, LA: 0 });
  });

  it("gives headline figures: sources cited, countries covered and changes in the last 90 days", async () => {
    const all = await getDashboardStats(db, filters(""), TODAY);
    const [cited] = await queryRows<{ n: number }>(db, sql`select count(distinct source_id)::int as n from citations`);
    expect(all.headline).toMatchObject({ initiatives: 6, sources: cited!.n, countries: 6, referenceDate: TODAY, recentSince: "2025-04-01" });
    // Since 1 April 2025: two milestones (10 May, 15 Apr) and one status change (1 June); the planned one never counts.
    expect(all.headline.recentChanges).toBe(3);
    const th = await getDashboardStats(db, filters("country=TH"), TODAY);
    expect(th.headline).toMatchObject({ initiatives: 2, countries: 3, recentChanges: 1 });
  });

  it("replays statuses as of a past day", async () => {
    const then = await getDashboardStats(db, filters("asOf=2025-01-15"), TODAY);
    expect(asMap(then.statusByDomain)).toMatchObject({ "ai/agreed": 2 });
    expect(then.headline.referenceDate).toBe("2025-01-15");
    expect(then.headline.initiatives).toBe((await findInitiatives(db, filters("asOf=2025-01-15"))).total);
  });

  it("feeds the latest status changes and milestones, newest first, each with its source", async () => {
    const feed = await getRecentActivity(db, filters(""), 4, TODAY);
    expect(feed.map((f) => [f.kind, f.date, f.initiative.slug])).toEqual([
      ["status-change", "2025-06-01", "ai-centre"],
      ["milestone", "2025-05-10", "th-5g"],
      ["milestone", "2025-04-15", "ai-centre"],
      ["status-change", "2025-01-01", "cable"],
    ]);
    expect(feed[0]).toMatchObject({ fromStatus: "agreed", toStatus: "in-progress", text: "Works began." });
    expect(feed[0]!.source).toBeNull(); // that change was recorded without a citation
    expect(feed[1]!.source).toMatchObject({ title: "Ministry statement", publisher: "MIIT" });
    const th = await getRecentActivity(db, filters("country=VN"), 10, TODAY);
    expect(new Set(th.map((f) => f.initiative.slug))).toEqual(new Set(["vn-5g", "pay"]));
    expect(th.every((f) => f.source !== null)).toBe(true);
  });
});
