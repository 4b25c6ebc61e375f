import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createInitiative } from "@/db/factories";
import { statusChanges } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { findInitiatives } from "@/lib/initiatives/queries";
import { getInitiativeTimeline } from "../initiative-timeline";
import { getTimeline } from "../timeline";

const filters = (qs: string) => parseFiltersStrict(new URLSearchParams(qs));
const TODAY = "2025-06-30";

describe(`timeline on ${testEngine()}`, () => {
  let database: Database;
  let db: Database["db"];
  let cableId = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await createInitiative(db, {
      slug: "early", status: "completed", domains: ["ai"], firstAnnouncedOn: "2015-03-01",
      milestones: [{ description: "Ended", occurredOn: "2018-12-01" }],
    });
    const cable = await createInitiative(db, {
      slug: "cable", status: "in-progress", domains: ["submarine-cables"], firstAnnouncedOn: "2021-05-01",
      milestones: [
        { description: "Contract signed", occurredOn: "2022-02-10" },
        { description: "Ready for service", occurredOn: "2027-06-01", isPlanned: true },
      ],
    });
    cableId = cable.id;
    await db.update(statusChanges).set({ toStatus: "proposed" }).where(eq(statusChanges.initiativeId, cable.id));
    await db.insert(statusChanges).values({
      initiativeId: cable.id, fromStatus: "proposed", toStatus: "in-progress", effectiveOn: "2022-02-10", effectivePrecision: "day", note: "Signed.",
    });
    for (let n = 0; n < 5; n++) {
      await createInitiative(db, { slug: `bulk-${n}`, status: "proposed", domains: ["5g"], firstAnnouncedOn: `202${n}-01-01` });
    }
  });
  afterAll(async () => {
    await database?.close();
  });

  it("spans each initiative from its first to its latest event, planned milestones included", async () => {
    const page = await getTimeline(db, filters("domain=submarine-cables"), { today: TODAY });
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({ slug: "cable", startOn: "2021-05-01", endOn: "2027-06-01", status: "in-progress" });
    expect(page.rows[0]!.milestones.map((m) => [m.date, m.isPlanned])).toEqual([["2022-02-10", false], ["2027-06-01", true]]);
    expect(page.extent).toEqual({ start: 2021, end: 2027 });
    expect(page.range).toEqual({ start: 2021, end: 2027 });
  });

  it("shows the rows overlapping the year range, with only the milestones inside it", async () => {
    const page = await getTimeline(db, filters(""), { range: { start: 2019, end: 2022 }, today: TODAY });
    expect(page.rows.map((r) => r.slug)).toEqual(["bulk-0", "bulk-1", "cable", "bulk-2"]);
    expect(page.rows.find((r) => r.slug === "cable")!.milestones.map((m) => m.date)).toEqual(["2022-02-10"]);
    expect(page.total).toBe(4);
    const all = await getTimeline(db, filters(""), { today: TODAY });
    expect(all.total).toBe((await findInitiatives(db, filters(""))).total);
    expect(all.extent).toEqual({ start: 2015, end: 2027 });
  });

  it("pages in SQL and clamps a page past the end", async () => {
    const first = await getTimeline(db, filters(""), { pageSize: 3, today: TODAY });
    const last = await getTimeline(db, filters(""), { pageSize: 3, page: 9, today: TODAY });
    expect(first.rows.map((r) => r.slug)).toEqual(["early", "bulk-0", "bulk-1"]);
    expect(last.page).toBe(3);
    expect(last.rows.map((r) => r.slug)).toEqual(["bulk-4"]);
  });

  it("gives one initiative's milestones and status periods", async () => {
    const data = await getInitiativeTimeline(db, cableId);
    expect(data.milestones.map((m) => m.description)).toEqual(["Contract signed", "Ready for service"]);
    expect(data.statusPeriods).toEqual([
      { status: "proposed", from: "2021-05-01", to: "2022-02-10" },
      { status: "in-progress", from: "2022-02-10", to: null },
    ]);
  });
});
