// Bulk import: good, duplicate and broken rows are counted and each failure has its reason; re-running a file
// imports nothing twice; an article whose transaction fails half-way leaves nothing behind; the upload route
// starts a job whose progress the GET route reports.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { importJobRows, importJobs, sources, suggestions } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { callerHeaders, closeEditorialTestDatabase, createSignedInUser, openEditorialTestDatabase, ORIGIN, params, type TestUser } from "@/lib/auth/tests/harness";
import { AppError } from "@/lib/errors";
import { settleImportJobs } from "../import/background";
import { parseImportFile } from "../import/parse";
import { createImportJob, importRow, runImportJob } from "../import/run";
import { createBridge } from "@/lib/page-cache/bridge";
import { addCatalog, en01, zh01 } from "./world";

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const tag = `${Date.now()}`;
const good = (n: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title: `Good article ${n}`, publisher: "Xinhua", url: `https://news.example.org/import-${tag}-${n}`, published_on: en01.publishedOn, text: `${en01.text}\nImport ${tag} ${n}.`, ...extra });

const JSONL = [
  good(1),
  good(2, { language: "en", source_type: "independent-press" }),
  good(3, { url: `https://news.example.org/import-${tag}-1?utm_source=rss` }), // same URL as row 1
  "{ not json",
  JSON.stringify({ publisher: "Xinhua", text: "A text without its title, long enough to count." }),
  JSON.stringify({ title: "Bad date", publisher: "Xinhua", published_on: "2025-02-30", text: "A text long enough to count as an article." }),
  JSON.stringify(["an", "array"]),
  "",
  JSON.stringify({ title: "中文文章", publisher: "新华社", published_on: zh01.publishedOn, text: `${zh01.text}\n${tag}` }),
].join("\n");

describe(`bulk import on ${testEngine()}`, () => {
  let database: Database;
  let editor: TestUser;
  const sourceCount = async () => (await database.db.select({ n: count() }).from(sources))[0]!.n;

  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    await addCatalog(database.db);
    editor = await createSignedInUser(database, "editor");
  });
  afterAll(async () => {
    await settleImportJobs();
    await closeEditorialTestDatabase(database);
  });

  async function run(content: string, format: "jsonl" | "csv") {
    const parsed = parseImportFile(content, format, "other");
    const job = await createImportJob(database.db, editor.actor, `test.${format}`, parsed);
    await runImportJob(database.db, editor.actor, job, parsed.rows);
    const [row] = await database.db.select().from(importJobs).where(eq(importJobs.id, job.id));
    const rows = await database.db.select().from(importJobRows).where(eq(importJobRows.jobId, job.id));
    return { job: row!, rows: new Map(rows.map((r) => [r.rowNumber, r])) };
  }

  it("holds its new sources back from the page cache until the job ends: one invalidation per import", async () => {
    const bridge = createBridge(database.db);
    const dashboard = { kind: "everything" } as const;
    const start = await bridge.generation();
    const batchTag = `${tag}-batch`;
    const content = [1, 2, 3].map((n) => good(n, { url: `https://news.example.org/import-${batchTag}-${n}`, text: `${en01.text}\nBatch ${batchTag} ${n}.` })).join("\n");
    const parsed = parseImportFile(content, "jsonl", "other");
    const job = await createImportJob(database.db, editor.actor, "batch.jsonl", parsed);
    // Row by row, as the job runs: each article's generation reaches no page.
    for (const row of parsed.rows) await importRow(database.db, editor.actor, job.id, row);
    const during = await bridge.generation();
    expect(during).toBeGreaterThanOrEqual(start + 3);
    expect(await bridge.isStale(dashboard, start, during)).toBe(false);
    // The job's end (what runImportJob records, finished or not) releases them all at once.
    await runImportJob(database.db, editor.actor, job, []);
    const ended = await bridge.generation();
    expect(ended).toBe(during + 1);
    expect(await bridge.isStale(dashboard, during, ended)).toBe(true);
    expect(await bridge.isStale(dashboard, start, ended)).toBe(true);
    expect(await bridge.isStale({ kind: "initiative", ids: [] }, start, ended)).toBe(false);
  });

  it("imports good rows, counts duplicates and gives each broken row its reason", async () => {
    const before = await sourceCount();
    const { job, rows } = await run(JSONL, "jsonl");
    expect(job).toMatchObject({ status: "completed", totalRows: 8, importedCount: 3, duplicateCount: 1, failedCount: 4 });
    expect(await sourceCount()).toBe(before + 3);
    expect(rows.get(3)).toMatchObject({ outcome: "duplicate", sourceId: rows.get(1)!.sourceId });
    expect(rows.get(3)!.reason).toContain(`Already stored as source ${rows.get(1)!.sourceId}`);
    expect(rows.get(3)!.reason).toContain("the same address");
    expect(rows.get(4)!.reason).toMatch(/Not valid JSON/);
    expect(rows.get(5)!.reason).toMatch(/^title: /);
    expect(rows.get(6)!.reason).toMatch(/^published_on: /);
    expect(rows.get(7)!.reason).toMatch(/Not a JSON object/);
    expect(rows.has(8)).toBe(false); // the blank line is no row
    expect(rows.get(9)!.outcome).toBe("imported");
    const [zh] = await database.db.select().from(sources).where(eq(sources.id, rows.get(9)!.sourceId!));
    expect(zh!.language).toBe("zh");
    const [n] = await database.db.select({ n: count() }).from(suggestions).where(eq(suggestions.sourceId, zh!.id));
    expect(n!.n).toBeGreaterThan(0);
  });

  it("re-running the same file imports nothing twice", async () => {
    const before = await sourceCount();
    const { job } = await run(JSONL, "jsonl");
    expect(job).toMatchObject({ importedCount: 0, duplicateCount: 4, failedCount: 4 });
    expect(await sourceCount()).toBe(before);
  });

  it("reads CSV with quoted fields spanning lines, and refuses a file without the needed columns", async () => {
    const csv = [
      "title,publisher,url,published_on,text",
      `"Cables, and more",Reuters,https://news.example.org/csv-${tag},2025-02-01,"China and Viet Nam agreed on a new cable.\nThe ""ADC"" cable lands in 2026."`,
      `Too short,Reuters,,,"short"`,
    ].join("\r\n");
    const { job, rows } = await run(csv, "csv");
    expect(job).toMatchObject({ importedCount: 1, failedCount: 1 });
    const [stored] = await database.db.select().from(sources).where(eq(sources.id, rows.get(1)!.sourceId!));
    expect(stored).toMatchObject({ title: "Cables, and more", fullText: 'China and Viet Nam agreed on a new cable.\nThe "ADC" cable lands in 2026.' });
    expect(rows.get(2)!.reason).toMatch(/^text: /);
    expect(() => parseImportFile("headline,body\nx,y", "csv", "other")).toThrow(AppError);
    expect(() => parseImportFile("\n\n", "jsonl", "other")).toThrow(/no articles/);
  });

  it("an article whose transaction fails half-way leaves no source and no suggestions behind", async () => {
    const parsed = parseImportFile(good(50), "jsonl", "other");
    const job = await createImportJob(database.db, editor.actor, "crash.jsonl", parsed);
    // The row's outcome is already taken: writing it fails after the source and suggestions were inserted.
    await database.db.insert(importJobRows).values({ jobId: job.id, rowNumber: 1, outcome: "failed", reason: "planted" });
    const [s0, g0] = [await sourceCount(), await database.db.$count(suggestions)];
    await runImportJob(database.db, editor.actor, job, parsed.rows);
    expect([await sourceCount(), await database.db.$count(suggestions)]).toEqual([s0, g0]);
    const [stopped] = await database.db.select().from(importJobs).where(eq(importJobs.id, job.id));
    expect(stopped).toMatchObject({ status: "failed", importedCount: 0 });
    // Run again (a fresh job): the article is imported whole.
    const { job: again } = await run(good(50), "jsonl");
    expect(again.importedCount).toBe(1);
  });

  it("POST /api/v1/import-jobs starts the job in the background; GET reports its counts and failures", async () => {
    const { POST } = await import("@/app/api/v1/import-jobs/route");
    const { GET } = await import("@/app/api/v1/import-jobs/[id]/route");
    const upload = new FormData();
    upload.set("file", new File([`${good(60)}\n${good(61)}\n${good(60)}\n{"title":"x"}\n`], "upload.jsonl", { type: "application/x-ndjson" }));
    upload.set("sourceType", "state-media");
    const response = await POST(new Request(`${ORIGIN}/api/v1/import-jobs`, { method: "POST", headers: callerHeaders({ kind: "cookie", user: editor }), body: upload }), params({}));
    expect(response.status).toBe(202);
    const { data } = (await response.json()) as { data: { id: number; href: string } };
    await settleImportJobs();
    const progress = await GET(new Request(`${ORIGIN}${data.href}`, { headers: callerHeaders({ kind: "cookie", user: editor }) }), params({ id: String(data.id) }));
    expect(progress.status).toBe(200);
    const { data: job } = (await progress.json()) as { data: { status: string; imported: number; duplicates: number; failed: number; processedRows: number; totalRows: number; rows: { failed: { rowNumber: number; reason: string }[] } } };
    expect(job).toMatchObject({ status: "completed", totalRows: 4, processedRows: 4, imported: 2, duplicates: 1, failed: 1 });
    expect(job.rows.failed[0]).toMatchObject({ rowNumber: 4 });
    expect(job.rows.failed[0]!.reason).toMatch(/publisher/);

    const anonymous = await GET(new Request(`${ORIGIN}${data.href}`), params({ id: String(data.id) }));
    expect(anonymous.status).toBe(401);
    const missing = await GET(new Request(`${ORIGIN}/api/v1/import-jobs/999999`, { headers: callerHeaders({ kind: "cookie", user: editor }) }), params({ id: "999999" }));
    expect(missing.status).toBe(404);
  });

  it("refuses uploads that are not JSONL or CSV, not UTF-8, or hold no articles", async () => {
    const { POST } = await import("@/app/api/v1/import-jobs/route");
    const send = async (file: File) => {
      const upload = new FormData();
      upload.set("file", file);
      return POST(new Request(`${ORIGIN}/api/v1/import-jobs`, { method: "POST", headers: callerHeaders({ kind: "cookie", user: editor }), body: upload }), params({}));
    };
    expect((await send(new File(["x"], "articles.xlsx"))).status).toBe(415);
    expect((await send(new File([new Uint8Array([0xff, 0xfe, 0x00, 0xd8])], "articles.csv"))).status).toBe(415);
    expect((await send(new File(["title,publisher,text\n"], "articles.csv"))).status).toBe(400);
    const jobs = await database.db.$count(importJobs);
    expect((await send(new File(["\n"], "empty.jsonl"))).status).toBe(400);
    expect(await database.db.$count(importJobs)).toBe(jobs);
  });
});
