// Status-change suggestions, end to end: an imported article about a tracked initiative proposes the transition its
// event reports; accepting it (one decision, or in a batch) is the status form's write — version-checked, cited at
// the passage's offsets, in the status history and the changelog — and a stale version writes nothing.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { createInitiative } from "@/db/factories";
import { auditLog, changelogEntries, citations, initiatives, statusChanges, suggestions } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { type Caller, callerHeaders, closeEditorialTestDatabase, createSignedInUser, createTokenFor, jsonRequest, openEditorialTestDatabase, ORIGIN, params } from "@/lib/auth/tests/harness";
import type { Status } from "@/lib/vocabulary/statuses";
import { ingestArticle } from "../mutations";
import type { PayloadOf } from "../payloads";
import { uniqueUrl } from "./world";

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const { POST: decide } = (await import("@/app/api/v1/sources/[id]/suggestions/[suggestionId]/decision/route")) as unknown as { POST: Handler };
const { POST: review } = (await import("@/app/api/v1/sources/[id]/review/route")) as unknown as { POST: Handler };
const { GET: list } = (await import("@/app/api/v1/sources/[id]/suggestions/route")) as unknown as { GET: Handler };

type ErrorBody = { error: { code: string; message: string; details?: { fieldErrors?: Record<string, string[]> } } };

describe(`status-change suggestions on ${testEngine()}`, () => {
  let database: Database;
  let bearer: Caller;

  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    bearer = { kind: "bearer", token: await createTokenFor(database, await createSignedInUser(database, "editor")) };
  });
  afterAll(() => closeEditorialTestDatabase(database));

  /** A tracked initiative, and an article of ours reporting an event of it: the stored source and its status suggestions. */
  async function imported(name: string, status: Status, sentence: string) {
    const initiative = await createInitiative(database.db, { name, status });
    const text = `Regional connectivity news.\n\n${sentence} The system links Viet Nam and Cambodia.\n\nReporting by the desk.`;
    const result = await ingestArticle(database.db, null, { text, title: `${name} update`, publisher: "Example News", url: uniqueUrl(), publishedOn: "2025-06-20", sourceType: "independent-press" }, "api");
    if (!result.created) throw new Error("expected a new source");
    const rows = await database.db.select().from(suggestions).where(eq(suggestions.sourceId, result.source.id));
    return { initiative, sourceId: result.source.id, text, proposals: rows.filter((r) => r.kind === "status-change") };
  }
  const decideOne = (sourceId: number, suggestionId: number, body: unknown, caller: Caller = bearer) =>
    decide(jsonRequest("POST", `/api/v1/sources/${sourceId}/suggestions/${suggestionId}/decision`, body, caller), params({ id: String(sourceId), suggestionId: String(suggestionId) }));
  const batch = (sourceId: number, body: unknown) => review(jsonRequest("POST", `/api/v1/sources/${sourceId}/review`, body, bearer), params({ id: String(sourceId) }));
  const initiativeRow = async (id: number) => (await database.db.select().from(initiatives).where(eq(initiatives.id, id)))[0]!;
  const counts = async (initiativeId: number) => ({
    changes: (await database.db.select({ n: count() }).from(statusChanges).where(eq(statusChanges.initiativeId, initiativeId)))[0]!.n,
    changelog: (await database.db.select({ n: count() }).from(changelogEntries).where(eq(changelogEntries.initiativeId, initiativeId)))[0]!.n,
    audits: (await database.db.select({ n: count() }).from(auditLog))[0]!.n,
  });

  it("an article reporting an event proposes the transition, with the event's date and the passage as citation", async () => {
    const sentence = "The Lancang Subsea Cable entered commercial service on 16 June 2025, its operators said.";
    const { initiative, sourceId, text, proposals } = await imported("Lancang Subsea Cable", "in-progress", sentence);
    expect(proposals).toHaveLength(1);
    const [s] = proposals;
    expect(s!.payload).toMatchObject({ initiativeSlug: initiative.slug, fromStatus: "in-progress", toStatus: "operational", effectiveOn: "2025-06-16", precision: "day", eventKind: "in-service", backwards: false });
    expect(s!.quote).toBe(sentence);
    expect(text.slice(s!.quoteStart, s!.quoteEnd)).toBe(sentence);
    const listed = await list(new Request(`${ORIGIN}/api/v1/sources/${sourceId}/suggestions`, { headers: callerHeaders(bearer) }), params({ id: String(sourceId) }));
    const { data } = (await listed.json()) as { data: { suggestions: { id: number; kind: string; payload: PayloadOf<"status-change"> }[] } };
    expect(data.suggestions.find((x) => x.kind === "status-change")).toMatchObject({ id: s!.id, payload: { toStatus: "operational" } });
  });

  it("accepting writes the status change through the status form's mutation: cited, version +1, in the history and changelog", async () => {
    const { initiative, sourceId, proposals } = await imported("Beibu Gulf Data Link", "in-progress", "The Beibu Gulf Data Link was switched on on 3 May 2025 after sea trials.");
    const [s] = proposals;
    const before = await counts(initiative.id);
    const response = await decideOne(sourceId, s!.id, { decision: "accept", version: initiative.version });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { status: string; result: { statusChangeId: number; version: number; initiativeSlug: string } } };
    expect(data).toMatchObject({ status: "accepted", result: { initiativeSlug: initiative.slug, version: initiative.version + 1 } });

    const after = await initiativeRow(initiative.id);
    expect(after).toMatchObject({ status: "operational", version: initiative.version + 1 });
    const [change] = await database.db.select().from(statusChanges).where(eq(statusChanges.id, data.result.statusChangeId));
    expect(change).toMatchObject({ initiativeId: initiative.id, fromStatus: "in-progress", toStatus: "operational", effectiveOn: "2025-05-03", effectivePrecision: "day" });
    const [citation] = await database.db.select().from(citations).where(eq(citations.statusChangeId, change!.id));
    expect(citation).toMatchObject({ claimType: "status-change", sourceId, quote: s!.quote, quoteStart: s!.quoteStart, quoteEnd: s!.quoteEnd });
    const [entry] = await database.db.select().from(changelogEntries).where(eq(changelogEntries.initiativeId, initiative.id)).orderBy(changelogEntries.version).limit(1).offset(before.changelog);
    expect(entry).toMatchObject({ version: initiative.version + 1 });
    expect(entry!.summary).toMatch(/^Status changed from In progress to Operational, effective 3 May 2025/);
    expect(await counts(initiative.id)).toEqual({ changes: before.changes + 1, changelog: before.changelog + 1, audits: before.audits + 1 });
    expect((await database.db.select().from(suggestions).where(eq(suggestions.id, s!.id)))[0]).toMatchObject({ status: "accepted", result: { statusChangeId: change!.id } });
  });

  it("a stale version is a 409 and nothing is written; a missing one is a 422", async () => {
    const { initiative, sourceId, proposals } = await imported("Qinzhou Computing Hub", "agreed", "Construction began on the Qinzhou Computing Hub on 2 March 2025.");
    const [s] = proposals;
    expect(s!.payload).toMatchObject({ fromStatus: "agreed", toStatus: "in-progress", backwards: false });
    // Someone else edits the initiative after the editor opened the review page at this version.
    await database.db.update(initiatives).set({ version: initiative.version + 1 }).where(eq(initiatives.id, initiative.id));
    const before = await counts(initiative.id);
    const stale = await decideOne(sourceId, s!.id, { decision: "accept", version: initiative.version });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorBody).error.message).toMatch(/Someone else changed this initiative after you opened it.*Nothing was saved/);
    const missing = await decideOne(sourceId, s!.id, { decision: "accept" });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as ErrorBody).error.details!.fieldErrors!.version).toBeDefined();
    expect(await counts(initiative.id)).toEqual(before);
    expect(await initiativeRow(initiative.id)).toMatchObject({ status: "agreed", version: initiative.version + 1 });
    expect((await database.db.select().from(suggestions).where(eq(suggestions.id, s!.id)))[0]!.status).toBe("pending");
  });

  it("a step backwards is flagged, and can be accepted with changes in a batch", async () => {
    const { initiative, sourceId, proposals } = await imported("Nanxi Landing Station", "operational", "Construction of the Nanxi Landing Station began on 2 March 2023, the consortium recalled.");
    const [s] = proposals;
    expect(s!.payload).toMatchObject({ fromStatus: "operational", toStatus: "in-progress", backwards: true });
    const response = await batch(sourceId, { decisions: [{ decision: "accept", suggestionId: s!.id, toStatus: "stalled", effectiveOn: "2025-06", note: "Reported stalled at the landing.", version: initiative.version }] });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { outcomes: { status: string; result: { statusChangeId: number } }[] } };
    expect(data.outcomes[0]).toMatchObject({ status: "edited" });
    const [change] = await database.db.select().from(statusChanges).where(eq(statusChanges.id, data.outcomes[0]!.result.statusChangeId));
    expect(change).toMatchObject({ fromStatus: "operational", toStatus: "stalled", effectiveOn: "2025-06-01", effectivePrecision: "month", note: "Reported stalled at the landing." });
  });
});
