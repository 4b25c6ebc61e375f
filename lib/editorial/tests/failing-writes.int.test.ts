// Bad input is refused with every field error listed, and a write that fails part-way leaves nothing behind.
import { eq } from "drizzle-orm";
/* eslint-disable no-restricted-imports -- integration tests call the real route handlers, as Next.js does */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { initiatives } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { PATCH } from "@/app/api/v1/initiatives/[slug]/route";
import { POST as postInitiative } from "@/app/api/v1/initiatives/route";
import { POST as postStatusChange } from "@/app/api/v1/initiatives/[slug]/status-changes/route";
import * as auditWrite from "@/lib/audit/write";
import {
  closeEditorialTestDatabase,
  createSignedInUser,
  jsonRequest,
  openEditorialTestDatabase,
  params,
  type TestUser,
  writeCounts,
} from "@/lib/auth/tests/harness";

type ErrorJson = { error: { code: string; message: string; details?: { fieldErrors?: Record<string, string[]> } } };

describe(`failing writes on ${testEngine()}`, () => {
  let database: Database;
  let editor: TestUser;
  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    editor = await createSignedInUser(database, "editor");
  });
  afterAll(() => closeEditorialTestDatabase(database));

  const statusChange = (slug: string, body: unknown) =>
    postStatusChange(jsonRequest("POST", `/api/v1/initiatives/${slug}/status-changes`, body, { kind: "cookie", user: editor }), params({ slug }));

  it("a status change without a citation is a 400 and writes nothing", async () => {
    const initiative = await createInitiative(database.db);
    const before = await writeCounts(database);
    const response = await statusChange(initiative.slug, { status: "agreed", effectiveOn: "2025-04-02", note: "Signed.", citations: [], version: 1 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.details?.fieldErrors?.citations).toEqual(["Cite at least one source."]);
    expect(await writeCounts(database)).toEqual(before);
  });

  it("lists every field error at once", async () => {
    const initiative = await createInitiative(database.db);
    const response = await statusChange(initiative.slug, { status: "finished", effectiveOn: "2025-13-40", note: "", citations: [{ sourceId: 0 }] });
    expect(response.status).toBe(400);
    const fields = Object.keys(((await response.json()) as ErrorJson).error.details!.fieldErrors!);
    expect(fields).toEqual(expect.arrayContaining(["status", "effectiveOn", "note", "citations.0.sourceId", "citations.0.quote", "version"]));
  });

  it("names that do not resolve are a 422 listing each, and nothing is written", async () => {
    const source = await createSource(database.db, { fullText: `The centre opened in Nanning. Ref ${Date.now()}.` });
    const before = await writeCounts(database);
    const response = await postInitiative(
      jsonRequest(
        "POST",
        "/api/v1/initiatives",
        {
          name: "Orphan centre",
          summary: "An initiative whose references are wrong.",
          status: "proposed",
          parentSlug: "no-such-initiative",
          actors: [{ slug: "no-such-actor", role: "lead" }],
          citations: [{ sourceId: source.id, quote: "closed in Kunming" }, { sourceId: 999_999, note: "Missing." }],
        },
        { kind: "cookie", user: editor },
      ),
      params({}),
    );
    expect(response.status).toBe(422);
    const fields = ((await response.json()) as ErrorJson).error.details!.fieldErrors!;
    expect(Object.keys(fields).sort()).toEqual(["actors.0.slug", "citations.0.quote", "citations.1.sourceId", "parentSlug"]);
    expect(await writeCounts(database)).toEqual(before);
  });

  it("PATCH refuses a status change (it needs evidence) and a body without changes", async () => {
    const initiative = await createInitiative(database.db);
    const patch = (body: unknown) =>
      PATCH(jsonRequest("PATCH", `/api/v1/initiatives/${initiative.slug}`, body, { kind: "cookie", user: editor }), params({ slug: initiative.slug }));
    const withStatus = await patch({ status: "stalled", version: 1 });
    expect(withStatus.status).toBe(400);
    expect(((await withStatus.json()) as ErrorJson).error.details?.fieldErrors?.status?.[0]).toMatch(/status-changes/);
    expect((await patch({ version: 1 })).status).toBe(400);
  });

  it("a failure after the initiative, status change and citations were written rolls all of them back", async () => {
    const source = await createSource(database.db, { fullText: `Both sides signed the plan. Ref ${Date.now()}.` });
    const initiative = await createInitiative(database.db, { source });
    const before = await writeCounts(database);
    const spy = vi.spyOn(auditWrite, "writeAuditWithChangelog").mockRejectedValueOnce(new Error("disk full"));
    const errorLog = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await statusChange(initiative.slug, {
      status: "agreed",
      effectiveOn: "2025-04",
      note: "The plan was signed.",
      citations: [{ sourceId: source.id, quote: "Both sides signed the plan." }],
      version: 1,
    });
    spy.mockRestore();
    errorLog.mockRestore();
    expect(response.status).toBe(500);
    expect(((await response.json()) as ErrorJson).error.message).not.toMatch(/disk full/);
    expect(await writeCounts(database)).toEqual(before);
    const [row] = await database.db.select().from(initiatives).where(eq(initiatives.id, initiative.id));
    expect(row).toMatchObject({ status: "proposed", version: 1 });
  });

  it("a quote of a stored text gets its offsets; wrong offsets are refused", async () => {
    const text = `Officials said the cable landed in Sihanoukville last week. Ref ${Date.now()}.`;
    const source = await createSource(database.db, { fullText: text });
    const initiative = await createInitiative(database.db, { source });
    const passage = "the cable landed in Sihanoukville";
    const start = text.indexOf(passage);
    const wrong = await statusChange(initiative.slug, {
      status: "operational",
      effectiveOn: "2025",
      note: "Landed.",
      citations: [{ sourceId: source.id, quote: passage, quoteStart: start + 1, quoteEnd: start + 1 + passage.length }],
      version: 1,
    });
    expect(wrong.status).toBe(422);
    const right = await statusChange(initiative.slug, {
      status: "operational",
      effectiveOn: "2025",
      note: "Landed.",
      citations: [{ sourceId: source.id, quote: passage, quoteStart: start, quoteEnd: start + passage.length }],
      version: 1,
    });
    expect(right.status).toBe(201);
    expect(((await right.json()) as { version: number }).version).toBe(2);
  });
});
