// Typo tolerance (conditions.ts FUZZY_BELOW): names within pg_trgm's word similarity are found while the exact ways
// of matching find few initiatives, and left out once they find a page's worth, in the list and in every count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createInitiative } from "@/db/factories";
import { createTestDatabase, testEngine } from "@/db/testing";
import { countMatching } from "@/lib/stats/queries";
import { FUZZY_BELOW } from "../conditions";
import { parseFiltersStrict } from "../filters";
import { findInitiatives } from "../queries";

const filters = (q: string) => parseFiltersStrict(new URLSearchParams({ q, pageSize: "100" }));

describe(`typo tolerance in search on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    // "harbor" is within word similarity of "harbour", but neither a stem nor a substring of it.
    await createInitiative(database.db, { slug: "gateway", name: "Digital Harbor Gateway", status: "proposed" });
    for (let n = 1; n < FUZZY_BELOW; n++) {
      await createInitiative(database.db, {
        slug: `harbour-${n}`,
        name: `Digital Harbour Project ${n}`,
        status: "proposed",
      });
    }
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("finds a near spelling while the exact matches are fewer than a page, and leaves it out after", async () => {
    const few = await findInitiatives(database.db, filters("harbour"));
    expect(few.total).toBe(FUZZY_BELOW);
    expect(few.data.map((d) => d.slug)).toContain("gateway");
    expect(await countMatching(database.db, filters("harbour"))).toBe(FUZZY_BELOW);
    // A typo alone still finds what it meant.
    expect((await findInitiatives(database.db, filters("Harbr Gateway"))).data.map((d) => d.slug)).toEqual(["gateway"]);

    await createInitiative(database.db, {
      slug: `harbour-${FUZZY_BELOW}`,
      name: `Digital Harbour Project ${FUZZY_BELOW}`,
      status: "proposed",
    });
    const many = await findInitiatives(database.db, filters("harbour"));
    expect(many.total).toBe(FUZZY_BELOW);
    expect(many.data.map((d) => d.slug)).not.toContain("gateway");
    // The dashboard's count answers the same question the same way.
    expect(await countMatching(database.db, filters("harbour"))).toBe(FUZZY_BELOW);
  });
});
