import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, queryRows } from "@/db/client";
import { createInitiative } from "@/db/factories";
import { initiatives, statusChanges } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { findInitiatives } from "@/lib/initiatives/queries";
import { STATUSES, type Status } from "@/lib/vocabulary/statuses";
import { getStatusOverTime } from "../status-over-time";

const filters = (qs: string) => parseFiltersStrict(new URLSearchParams(qs));
const THIS_YEAR = new Date().getUTCFullYear();

type Change = { initiativeId: number; toStatus: Status; effectiveOn: string; id: number };
type Row = { id: number; firstAnnouncedOn: string | null; countries: string[]; domains: string[]; status: Status };

/** Year → status → count, computed the plain way: replay each initiative's history up to each year's last day. */
function expectedCounts(
  rows: Row[],
  changes: Change[],
  endDay: string,
): Record<string, Partial<Record<Status, number>>> {
  const onRecord = (row: Row, day: string): Status | null => {
    if (row.firstAnnouncedOn && row.firstAnnouncedOn > day) return null;
    const history = changes
      .filter((c) => c.initiativeId === row.id && c.effectiveOn <= day)
      .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.id - b.id);
    return history.at(-1)?.toStatus ?? null;
  };
  const endYear = Number(endDay.slice(0, 4));
  const out: Record<string, Partial<Record<Status, number>>> = {};
  let started = false;
  for (let year = 1990; year <= endYear; year++) {
    const day = year === endYear ? endDay : `${year}-12-31`;
    const counts: Partial<Record<Status, number>> = {};
    for (const row of rows) {
      const status = onRecord(row, day);
      if (status) counts[status] = (counts[status] ?? 0) + 1;
    }
    started ||= Object.keys(counts).length > 0;
    if (started) out[String(year)] = counts;
  }
  return out;
}

/** The query's rows in the same shape, zero counts left out. */
const actualCounts = (rows: Awaited<ReturnType<typeof getStatusOverTime>>) =>
  Object.fromEntries(
    rows.map((r) => [r.key, Object.fromEntries(STATUSES.filter((s) => r.counts[s] > 0).map((s) => [s, r.counts[s]]))]),
  );

describe(`status over time on ${testEngine()}`, () => {
  let database: Database;
  let db: Database["db"];
  let rows: Row[];
  let changes: Change[];

  const addChange = async (
    initiativeId: number,
    toStatus: Status,
    effectiveOn: string,
    precision: "day" | "month" | "quarter" | "year" = "day",
  ) => {
    await db
      .insert(statusChanges)
      .values({
        initiativeId,
        fromStatus: null,
        toStatus,
        effectiveOn,
        effectivePrecision: precision,
        note: "Test change.",
      });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    // From 2021; agreed and then in progress within 2022; two changes on one day in 2024 (the later-entered wins).
    const cable = await createInitiative(db, {
      slug: "th-cable",
      name: "Thai submarine cable",
      status: "proposed",
      domains: ["submarine-cables"],
      countries: [{ code: "TH" }],
      firstAnnouncedOn: "2021-03-01",
    });
    await addChange(cable.id, "agreed", "2022-02-01");
    await addChange(cable.id, "in-progress", "2022-09-01", "month");
    await addChange(cable.id, "operational", "2024-05-01");
    await addChange(cable.id, "completed", "2024-05-01");
    // Starts mid-range (2023, at quarter precision: counted from the first day of the quarter), cancelled next year.
    const ai = await createInitiative(db, {
      slug: "th-ai",
      status: "agreed",
      domains: ["ai"],
      countries: [{ code: "TH" }, { code: "CN" }],
      firstAnnouncedOn: "2023-10-01",
    });
    await addChange(ai.id, "cancelled", `${THIS_YEAR + 1}-01-01`, "year");
    // Undated: on record from its first status change, a year-precision date (counts at the end of that year).
    const dc = await createInitiative(db, {
      slug: "th-dc",
      status: "operational",
      domains: ["data-centres"],
      countries: [{ code: "TH" }],
      firstAnnouncedOn: "2022-01-01",
    });
    await db
      .update(initiatives)
      .set({ firstAnnouncedOn: null, firstAnnouncedPrecision: null })
      .where(eq(initiatives.id, dc.id));
    await db.update(statusChanges).set({ effectivePrecision: "year" }).where(eq(statusChanges.initiativeId, dc.id));
    // A status dated before the announcement: hidden until announced (2025, then already in progress), as in every
    // as-of view.
    const pay = await createInitiative(db, {
      slug: "th-pay",
      status: "in-progress",
      domains: ["ai", "digital-payments"],
      countries: [{ code: "TH" }],
      firstAnnouncedOn: "2025-02-01",
    });
    await addChange(pay.id, "proposed", "2020-06-01");
    // Another country, earlier: outside a Thailand filter.
    await createInitiative(db, {
      slug: "vn-5g",
      status: "operational",
      domains: ["5g"],
      countries: [{ code: "VN" }],
      firstAnnouncedOn: "2019-03-01",
    });

    rows = await queryRows<Row>(
      db,
      sql`select i.id, i.first_announced_on::text as "firstAnnouncedOn", i.status::text as status,
            coalesce((select array_agg(trim(country_code)) from initiative_countries where initiative_id = i.id), '{}') as countries,
            coalesce((select array_agg(domain_slug) from initiative_domains where initiative_id = i.id), '{}') as domains
          from initiatives i`,
    );
    changes = await queryRows<Change>(
      db,
      sql`select initiative_id as "initiativeId", to_status::text as "toStatus", effective_on::text as "effectiveOn", id from status_changes`,
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  const today = () => new Date().toISOString().slice(0, 10);

  it("counts each initiative's status at every year's end, from the first year one was on record to this year", async () => {
    const result = await getStatusOverTime(db, filters("country=TH"));
    const thai = rows.filter((r) => r.countries.includes("TH"));
    expect(actualCounts(result)).toEqual(expectedCounts(thai, changes, today()));
    expect(result[0]?.key).toBe("2021");
    expect(result.at(-1)?.key).toBe(String(THIS_YEAR));
    // The cases named above, spelled out.
    const year = (y: number) => result.find((r) => r.key === String(y))!;
    expect(year(2021).counts).toMatchObject({ proposed: 1 });
    expect(year(2021).total).toBe(1);
    expect(year(2022).counts).toMatchObject({ "in-progress": 1, operational: 1, agreed: 0 });
    expect(year(2023).counts).toMatchObject({ "in-progress": 1, agreed: 1, operational: 1 });
    expect(year(2024).counts).toMatchObject({ completed: 1, operational: 1, agreed: 1 });
    expect(year(2025).counts).toMatchObject({ completed: 1, operational: 1, agreed: 1, "in-progress": 1, proposed: 0 });
    expect(year(THIS_YEAR).counts.cancelled).toBe(0);
  });

  it("works under any filter, and each past year equals the list's status facet as of its last day", async () => {
    for (const qs of ["", "domain=ai", "country=TH&status=operational,completed", "q=cable"]) {
      const f = filters(qs);
      const list = await findInitiatives(db, { ...f, page: 1, pageSize: 100 });
      const ids = new Set(list.data.map((r) => r.id));
      expect(ids.size, qs).toBeGreaterThan(0);
      const result = await getStatusOverTime(db, f);
      expect(actualCounts(result), qs).toEqual(
        expectedCounts(
          rows.filter((r) => ids.has(r.id)),
          changes,
          today(),
        ),
      );
      // The status facet leaves the status filter out, so it only compares when there is none.
      for (const row of result.filter((r) => Number(r.key) < THIS_YEAR && !f.status.length)) {
        const asOf = await findInitiatives(db, filters(`${qs}&asOf=${row.key}-12-31`));
        const facet = Object.fromEntries(asOf.facets.status.map((v) => [v.value, v.count]));
        for (const status of STATUSES)
          expect(row.counts[status], `${qs} ${row.key} ${status}`).toBe(facet[status] ?? 0);
      }
    }
  });

  it("ends on the asOf day when one is given, and is empty when nothing matches", async () => {
    const result = await getStatusOverTime(db, filters("country=TH&asOf=2024-03-15"));
    expect(actualCounts(result)).toEqual(
      expectedCounts(
        rows.filter((r) => r.countries.includes("TH")),
        changes,
        "2024-03-15",
      ),
    );
    expect(result.at(-1)).toMatchObject({
      key: "2024",
      counts: { "in-progress": 1, agreed: 1, operational: 1, completed: 0 },
    });
    expect(await getStatusOverTime(db, filters("country=MM"))).toEqual([]);
  });
});
