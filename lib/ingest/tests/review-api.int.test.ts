// The review REST contract: GET a source's suggestions, decide one, or decide several all-or-nothing. Real
// handlers on a real database; every write goes through reviewSuggestion, so the rules are the review page's.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, citations, milestones, type Suggestion, suggestions } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { type Caller, callerHeaders, closeEditorialTestDatabase, createSignedInUser, createTokenFor, jsonRequest, openEditorialTestDatabase, ORIGIN, params, type TestUser } from "@/lib/auth/tests/harness";
import { ingestArticle } from "../mutations";
import { addCatalog, AI_CENTRE, articleFrom, en01, EXPO, LAOS_CENTRE } from "./world";

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const { GET: list } = (await import("@/app/api/v1/sources/[id]/suggestions/route")) as unknown as { GET: Handler };
const { POST: decide } = (await import("@/app/api/v1/sources/[id]/suggestions/[suggestionId]/decision/route")) as unknown as { POST: Handler };
const { POST: review } = (await import("@/app/api/v1/sources/[id]/review/route")) as unknown as { POST: Handler };

type ErrorBody = { error: { code: string; message: string; details?: { fieldErrors?: Record<string, string[]>; items?: { index: number; suggestionId: number; code: string; fieldErrors?: Record<string, string[]> }[] } } };

describe(`review API on ${testEngine()}`, () => {
  let database: Database;
  let editor: TestUser;
  let viewer: TestUser;
  let bearer: Caller;
  const anonymous: Caller = { kind: "anonymous" };

  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    await addCatalog(database.db);
    editor = await createSignedInUser(database, "editor");
    viewer = await createSignedInUser(database, "viewer");
    bearer = { kind: "bearer", token: await createTokenFor(database, editor) };
  });
  afterAll(() => closeEditorialTestDatabase(database));

  async function stored(marker: string) {
    const result = await ingestArticle(database.db, null, articleFrom(en01, { text: `${en01.text}\n${marker}` }), "api");
    if (!result.created) throw new Error("expected a new source");
    const rows = await database.db.select().from(suggestions).where(eq(suggestions.sourceId, result.source.id));
    const find = (kind: Suggestion["kind"], match: (p: Record<string, unknown>) => boolean = () => true) => rows.find((s) => s.kind === kind && match(s.payload))!;
    return { id: result.source.id, rows, find };
  }
  const get = (sourceId: number | string, caller: Caller) =>
    list(new Request(`${ORIGIN}/api/v1/sources/${sourceId}/suggestions`, { headers: callerHeaders(caller) }), params({ id: String(sourceId) }));
  const decideOne = (sourceId: number, suggestionId: number, body: unknown, caller: Caller = bearer) =>
    decide(jsonRequest("POST", `/api/v1/sources/${sourceId}/suggestions/${suggestionId}/decision`, body, caller), params({ id: String(sourceId), suggestionId: String(suggestionId) }));
  const batch = (sourceId: number, body: unknown, caller: Caller = bearer) => review(jsonRequest("POST", `/api/v1/sources/${sourceId}/review`, body, caller), params({ id: String(sourceId) }));
  const audits = async () => (await database.db.select({ n: count() }).from(auditLog))[0]!.n;
  const statusOf = async (id: number) => (await database.db.select({ status: suggestions.status }).from(suggestions).where(eq(suggestions.id, id)))[0]!.status;

  it("GET lists every suggestion with its payload and status, for editors only", async () => {
    const { id, rows } = await stored("List test.");
    expect((await get(id, anonymous)).status).toBe(401);
    expect((await get(id, { kind: "cookie", user: viewer })).status).toBe(403);
    expect((await get(999_999, bearer)).status).toBe(404);
    expect((await get("abc", bearer)).status).toBe(404);
    const response = await get(id, bearer);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { data } = (await response.json()) as { data: { source: { id: number; reviewUrl: string }; pending: number; suggestions: { id: number; kind: string; status: string; payload: Record<string, unknown> }[] } };
    expect(data.source).toMatchObject({ id, reviewUrl: `/review/${id}` });
    expect(data.pending).toBe(rows.length);
    expect(data.suggestions.map((s) => s.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(data.suggestions.find((s) => s.kind === "initiative-link" && s.payload.slug === AI_CENTRE)).toMatchObject({ status: "pending" });
  });

  it("POST …/decision accepts, edits and rejects through the review mutation; a second decision is a 409", async () => {
    const { id, find } = await stored("Decision test.");
    const link = find("initiative-link", (p) => p.slug === AI_CENTRE);
    const accepted = await decideOne(id, link.id, { decision: "accept" });
    expect(accepted.status).toBe(200);
    const { data } = (await accepted.json()) as { data: { status: string; result: { citationId: number } } };
    expect(data.status).toBe("accepted");
    const [citation] = await database.db.select().from(citations).where(eq(citations.id, data.result.citationId));
    expect(citation).toMatchObject({ sourceId: id, claimType: "initiative", quote: link.quote });

    const event = find("milestone", (p) => p.date === "2026-Q1");
    const edited = await decideOne(id, event.id, { decision: "edit", initiativeSlug: EXPO, milestoneKind: "announced" }, { kind: "cookie", user: editor });
    expect(((await edited.json()) as { data: { status: string } }).data.status).toBe("edited");

    const country = find("country", (p) => p.code === "PH");
    expect(((await (await decideOne(id, country.id, { decision: "reject" })).json()) as { data: { status: string } }).data.status).toBe("rejected");
    const again = await decideOne(id, country.id, { decision: "accept", initiativeSlug: LAOS_CENTRE });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe("conflict");
  });

  it("POST …/decision: 401/403 without an editor, 404 for another source's suggestion, 400 and 422 with field errors", async () => {
    const a = await stored("Errors test A.");
    const b = await stored("Errors test B.");
    const s = a.find("country", (p) => p.code === "LA");
    expect((await decideOne(a.id, s.id, { decision: "reject" }, anonymous)).status).toBe(401);
    expect((await decideOne(a.id, s.id, { decision: "reject" }, { kind: "cookie", user: viewer })).status).toBe(403);
    expect((await decideOne(b.id, s.id, { decision: "reject" })).status).toBe(404);
    const invalid = await decideOne(a.id, s.id, { decision: "maybe" });
    expect(invalid.status).toBe(400);
    const badFields = await decideOne(a.id, s.id, { decision: "accept", countryCode: "XX", occurredOn: "someday" });
    expect(badFields.status).toBe(400);
    expect(Object.keys(((await badFields.json()) as ErrorBody).error.details!.fieldErrors!).sort()).toEqual(["countryCode", "occurredOn"]);
    const unknownInitiative = await decideOne(a.id, s.id, { decision: "accept", initiativeSlug: "no-such-initiative" });
    expect(unknownInitiative.status).toBe(422);
    expect(((await unknownInitiative.json()) as ErrorBody).error.details!.fieldErrors!.initiativeSlug).toBeDefined();
    expect(await statusOf(s.id)).toBe("pending");
  });

  it("POST …/review applies a list of decisions in one transaction, one audit entry each", async () => {
    const { id, find } = await stored("Batch test.");
    const decisions = [
      { decision: "accept", suggestionId: find("initiative-link", (p) => p.slug === LAOS_CENTRE).id },
      { decision: "accept", suggestionId: find("country", (p) => p.code === "LA").id, initiativeSlug: LAOS_CENTRE, countryRole: "host" },
      { decision: "accept", suggestionId: find("milestone", (p) => p.date === "2025-09-17").id, initiativeSlug: AI_CENTRE },
      { decision: "reject", suggestionId: find("country", (p) => p.code === "PH").id },
    ];
    const [a0, m0] = [await audits(), await database.db.$count(milestones)];
    const response = await batch(id, { decisions });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { applied: number; outcomes: { suggestionId: number; status: string }[] } };
    expect(data.applied).toBe(4);
    expect(data.outcomes.map((o) => o.status)).toEqual(["accepted", "accepted", expect.stringMatching(/accepted|edited/), "rejected"]);
    expect(await audits()).toBe(a0 + 4);
    expect(await database.db.$count(milestones)).toBe(m0 + 1);
  });

  it("POST …/review is all-or-nothing and lists every failing item", async () => {
    const { id, find, rows } = await stored("Batch failure test.");
    const other = await stored("Batch failure test, another source.");
    const good = find("initiative-link", (p) => p.slug === AI_CENTRE);
    const decisions = [
      { decision: "accept", suggestionId: good.id },
      { decision: "accept", suggestionId: find("country", (p) => p.code === "LA").id, initiativeSlug: "no-such-initiative" },
      { decision: "reject", suggestionId: other.rows[0]!.id },
    ];
    const [a0, c0] = [await audits(), await database.db.$count(citations)];
    const response = await batch(id, { decisions });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.message).toMatch(/^2 of 3 decisions could not be applied, so none was/);
    expect(error.details!.items!.map((i) => [i.index, i.code])).toEqual([
      [1, "unprocessable"],
      [2, "not_found"],
    ]);
    expect(error.details!.items![0]!.fieldErrors!.initiativeSlug).toBeDefined();
    expect([await audits(), await database.db.$count(citations), await statusOf(good.id)]).toEqual([a0, c0, "pending"]);

    expect((await batch(id, { decisions: [] })).status).toBe(400);
    const twice = await batch(id, { decisions: [{ decision: "reject", suggestionId: rows[0]!.id }, { decision: "reject", suggestionId: rows[0]!.id }] });
    expect(twice.status).toBe(400);
    expect((await batch(id, { decisions: [{ decision: "reject", suggestionId: rows[0]!.id }] }, anonymous)).status).toBe(401);
  });
});
