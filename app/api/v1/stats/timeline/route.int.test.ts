import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "./route";
import { type Database, setTestDatabase } from "@/db/client";
import { createInitiative } from "@/db/factories";
import { createTestDatabase, testEngine } from "@/db/testing";
import type { TimelinePage } from "@/lib/stats/types";

const get = (query: string) => GET(new Request(`http://localhost/api/v1/stats/timeline?${query}`), { params: Promise.resolve({}) });

describe(`GET /api/v1/stats/timeline on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    setTestDatabase(database);
    await createInitiative(database.db, { slug: "th", domains: ["5g"], countries: [{ code: "TH" }], firstAnnouncedOn: "2021-01-01", milestones: [{ description: "Opened", occurredOn: "2023-05-01" }] });
    await createInitiative(database.db, { slug: "vn", domains: ["ai"], countries: [{ code: "VN" }], firstAnnouncedOn: "2018-01-01" });
  });
  afterAll(async () => {
    setTestDatabase(undefined);
    await database?.close();
  });

  it("answers the page of rows for the filters and the year range", async () => {
    const response = await get("country=TH&start=2020&end=2024");
    expect(response.status).toBe(200);
    const body = (await response.json()) as TimelinePage;
    expect(body.rows.map((r) => [r.slug, r.startOn, r.endOn, r.milestones.length])).toEqual([["th", "2021-01-01", "2023-05-01", 1]]);
    expect(body).toMatchObject({ total: 1, page: 1, range: { start: 2020, end: 2024 } });
  });

  it("rejects bad years, the list's paging size and unknown parameters with a 400 naming them", async () => {
    for (const [query, name] of [["start=20x", "start"], ["pageSize=10", "pageSize"], ["colour=red", "colour"], ["end=2020&end=2021", "end"]]) {
      const response = await get(query!);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(name!);
    }
  });
});
