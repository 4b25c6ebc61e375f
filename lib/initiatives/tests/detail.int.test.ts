import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { initiatives } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { eq } from "drizzle-orm";
import { getInitiativeBySlug, getRelatedInitiatives, monthsBetween } from "../detail";

describe(`initiative detail on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("returns null for an unknown slug", async () => {
    expect(await getInitiativeBySlug(database.db, "no-such-initiative")).toBeNull();
  });

  it("gathers milestones, status history and every source with its quoted passages", async () => {
    const text = "The centre was inaugurated in Vientiane on 12 May 2024 by both ministers.";
    const source = await createSource(database.db, { fullText: text, title: "Inauguration report" });
    const created = await createInitiative(database.db, {
      status: "operational",
      domains: ["ai"],
      countries: [{ code: "LA", role: "host" }, { code: "CN" }],
      source,
      milestones: [
        { description: "Inaugurated", occurredOn: "2024-05-12", quote: "inaugurated in Vientiane on 12 May 2024" },
        { description: "Second phase", occurredOn: "2026-07-01", precision: "quarter", isPlanned: true },
      ],
    });
    const detail = (await getInitiativeBySlug(database.db, created.slug))!;
    expect(detail.status).toBe("operational");
    expect(detail.milestones.map((m) => [m.description, m.isPlanned, m.date.precision])).toEqual([
      ["Inaugurated", false, "day"],
      ["Second phase", true, "quarter"],
    ]);
    expect(detail.milestones[0]!.citations[0]!.quote).toBe("inaugurated in Vientiane on 12 May 2024");
    expect(detail.statusHistory).toHaveLength(1);
    expect(detail.statusHistory[0]!.citations).toHaveLength(1);
    expect(detail.sources).toHaveLength(1);
    expect(detail.sources[0]!.citations.length).toBe(4); // existence, status change, two milestones
    expect(detail.countries.map((c) => c.code)).toEqual(["CN", "LA"]);
    expect(detail.lastEvidenceOn).toBe("2025-01-22"); // the source's publication date, later than the actual milestone
  });

  it("relates initiatives through links and shared domains", async () => {
    const a = await createInitiative(database.db, { domains: ["satellites", "iot"] });
    const b = await createInitiative(database.db, { domains: ["satellites", "iot"] });
    const c = await createInitiative(database.db, { domains: ["digital-payments"] });
    await database.db.update(initiatives).set({ parentId: a.id }).where(eq(initiatives.id, c.id));
    const related = await getRelatedInitiatives(database.db, a.id);
    expect(related.map((r) => r.slug)).toEqual([c.slug, b.slug]);
    expect(related[1]!.reasons).toContain("2 shared domains");
  });

  it("counts whole months", () => {
    expect(monthsBetween("2024-01-31", "2025-01-30")).toBe(11);
    expect(monthsBetween("2024-01-15", "2025-01-15")).toBe(12);
  });
});
