import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { addCitedMilestone, createInitiative, createSource } from "@/db/factories";
import { initiatives, statusChanges } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import type { DomainSlug } from "@/lib/vocabulary/domains";
import type { Status } from "@/lib/vocabulary/statuses";
import { getInitiativeAsOf, linkedAsOf } from "../as-of";
import { getRelatedInitiatives } from "../detail";
import { timelineOf } from "../timeline-data";

// The initiative page as of a past day is one consistent picture: its own status and timeline, and the statuses of
// its parent, children and related initiatives, all as they stood that day.
describe(`an initiative page as of a past day, on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  async function changeStatus(id: number, toStatus: Status, effectiveOn: string) {
    await database.db
      .insert(statusChanges)
      .values({ initiativeId: id, toStatus, effectiveOn, effectivePrecision: "day", note: "Later." });
    await database.db.update(initiatives).set({ status: toStatus }).where(eq(initiatives.id, id));
  }

  it("gives linked and related initiatives their status then, leaves out later ones, and draws the timeline as of then", async () => {
    const { db } = database;
    const early = await createSource(db, { publishedOn: "2023-03-10" });
    const late = await createSource(db, { publishedOn: "2025-06-10" });
    const domains: DomainSlug[] = ["satellites", "iot"];
    const parent = await createInitiative(db, {
      domains,
      source: early,
      status: "proposed",
      firstAnnouncedOn: "2023-03-01",
      milestones: [{ description: "Announced", occurredOn: "2023-03-01" }],
    });
    await changeStatus(parent.id, "operational", "2025-06-01");
    await addCitedMilestone(db, {
      initiativeId: parent.id,
      source: late,
      description: "Opened",
      occurredOn: "2025-06-01",
    });

    const child = await createInitiative(db, {
      domains,
      source: early,
      status: "agreed",
      firstAnnouncedOn: "2023-05-01",
    });
    await changeStatus(child.id, "completed", "2025-05-01");
    const laterChild = await createInitiative(db, {
      domains,
      status: "proposed",
      firstAnnouncedOn: "2025-02-01",
      source: late,
    });
    await db.update(initiatives).set({ parentId: parent.id }).where(eq(initiatives.id, child.id));
    await db.update(initiatives).set({ parentId: parent.id }).where(eq(initiatives.id, laterChild.id));
    const sibling = await createInitiative(db, {
      domains,
      source: early,
      status: "agreed",
      firstAnnouncedOn: "2023-04-01",
    });
    await changeStatus(sibling.id, "stalled", "2025-03-01");

    // Today: current statuses, everything on record.
    const now = (await getInitiativeAsOf(db, parent.slug))!;
    expect(now.children.map((c) => [c.slug, c.status]).sort()).toEqual(
      [
        [child.slug, "completed"],
        [laterChild.slug, "proposed"],
      ].sort(),
    );
    expect(timelineOf(now).milestones.map((m) => m.description)).toEqual(["Announced", "Opened"]);
    const related = await getRelatedInitiatives(db, parent.id);
    expect(await linkedAsOf(db, related)).toBe(related);

    // As of 1 January 2024.
    const asOf = "2024-01-01";
    const then = (await getInitiativeAsOf(db, parent.slug, asOf))!;
    expect(then.status).toBe("proposed");
    expect(then.children).toEqual([{ slug: child.slug, name: child.name, status: "agreed" }]);
    const timeline = timelineOf(then);
    expect(timeline.milestones.map((m) => m.description)).toEqual(["Announced"]);
    expect(timeline.statusPeriods).toEqual([{ status: "proposed", from: "2023-03-01", to: null }]);
    const relatedThen = await linkedAsOf(db, related, asOf);
    expect(Object.fromEntries(relatedThen.map((r) => [r.slug, r.status]))).toEqual({
      [child.slug]: "agreed",
      [sibling.slug]: "agreed",
    });

    // A child's own page links back to a parent that was on record then; before the parent existed it has none.
    const childThen = (await getInitiativeAsOf(db, child.slug, asOf))!;
    expect(childThen.parent).toEqual({ slug: parent.slug, name: parent.name });
    await db.update(initiatives).set({ firstAnnouncedOn: "2023-06-01" }).where(eq(initiatives.id, parent.id));
    expect((await getInitiativeAsOf(db, child.slug, "2023-05-15"))!.parent).toBeNull();
  });
});
