// npm run eval:real – the real articles of the research sweep through the product: bulk import over the
// import-jobs API (JSONL), then each source's suggestions read and reviewed over the review API as a policy team
// would from the labels (lib/ingest/eval/real/policy.ts). Writes lib/ingest/eval/real/reviewed.json (what was
// suggested and decided, what was missed — no article text, no passages) and prints the precision/recall/F1 table.
//
// Against a running app: APP_URL and EDITOR_TOKEN (an editor's API token, /editor/tokens). Without them it starts
// its own production server (`next build` first) on a fresh PGlite directory with the demo seed of this checkout,
// an editor and a token, as the load and crash tests do. Articles: data/real-articles/*.json (or --dir).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { ensureDemoData } from "@/db/seed/seed";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { type Decision, type Judgement, reviewArticle } from "@/lib/ingest/eval/real/policy";
import { aggregate, type ArticleScore, formatTable, pooledLanguages, scoreArticle } from "@/lib/ingest/eval/real/score";
import { type ApiSuggestion, type RealArticle, realArticleSchema } from "@/lib/ingest/eval/real/types";
import { createUserAccount } from "@/lib/users/mutations";
import { findFreePort } from "./bench-server.mjs";
import { ensureBuild, startServer } from "./security-server.mjs";

const { values: args } = parseArgs({ options: { dir: { type: "string", default: "data/real-articles" }, out: { type: "string", default: "lib/ingest/eval/real/reviewed.json" }, keep: { type: "boolean", default: false } } });

type Api = <T>(method: string, route: string, body?: unknown) => Promise<{ status: number; body: T }>;

function client(baseUrl: string, token: string): Api {
  return async (method, route, body) => {
    const init: RequestInit = { method, headers: { authorization: `Bearer ${token}` } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] = "application/json";
    }
    const response = await fetch(`${baseUrl}${route}`, init);
    return { status: response.status, body: (await response.json()) as never };
  };
}

function loadArticles(dir: string): RealArticle[] {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
  if (!files.length) throw new Error(`No articles in ${dir}: see README, "Real articles", for how to gather them.`);
  return files.map((f) => {
    const parsed = realArticleSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
    if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return parsed.data;
  });
}

/** A fresh PGlite directory with the demo seed, an editor and a token; then `next start` on it. */
async function ownServer() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eval-real-"));
  const dbDir = path.join(dir, "pglite");
  const database = await openDatabase({ kind: "pglite", dataDir: dbDir });
  let token: string;
  try {
    await migrateDatabase(database);
    await ensureDemoData(database.db);
    const email = `eval-${Date.now()}@eval.test`;
    const { user } = await createUserAccount(database.db, null, { email, name: "Evaluation reviewer", role: "editor", password: "evaluation password 1" });
    ({ token } = await createApiToken(database.db, { userId: user.id, email, name: user.name, role: "editor", via: "token" }, { name: "eval:real" }));
  } finally {
    await database.close();
  }
  const port = await findFreePort(3311);
  const server = await startServer({ databaseUrl: dbDir, port, log: path.join(dir, "server.log") });
  console.log(`Started a server on ${server.baseUrl} (database ${dbDir}).`);
  return { baseUrl: server.baseUrl, token, stop: async () => {
    await server.stop();
    if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
  } };
}

type JobRow = { rowNumber: number; sourceId: number | null; reason: string | null };
type Job = { status: string; processedRows: number; totalRows: number; rows: Record<"imported" | "duplicate" | "failed", JobRow[]> };

async function importAll(api: Api, articles: RealArticle[]): Promise<Job> {
  const jsonl = articles
    .map((a) => JSON.stringify({ title: a.title, publisher: a.publisher, url: a.url, publishedOn: a.publishedOn ?? undefined, language: a.language, sourceType: a.sourceType, text: a.text }))
    .join("\n");
  const form = new FormData();
  form.set("file", new File([jsonl], "real-articles.jsonl", { type: "application/x-ndjson" }));
  const started = await api<{ data: { href: string } }>("POST", "/api/v1/import-jobs", form);
  if (started.status !== 202) throw new Error(`import refused (${started.status}): ${JSON.stringify(started.body)}`);
  for (;;) {
    const { body } = await api<{ data: Job }>("GET", started.body.data.href);
    process.stdout.write(`\rImported ${body.data.processedRows} of ${body.data.totalRows}…`);
    if (body.data.status !== "running") {
      process.stdout.write("\n");
      return body.data;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

type ItemError = { index: number; message: string };

/** All decisions in one batch; items the product refuses are dropped (left pending, reason kept) and the rest re-sent. */
async function review(api: Api, sourceId: number, judgements: Judgement[]): Promise<Map<number, { status: string; error?: string }>> {
  const outcome = new Map<number, { status: string; error?: string }>();
  let decisions = judgements.flatMap((j) => (j.decision ? [j.decision] : [])) as Decision[];
  while (decisions.length) {
    const { status, body } = await api<{ data?: { outcomes: { suggestionId: number; status: string }[] }; error?: { details?: { items?: ItemError[] } } }>("POST", `/api/v1/sources/${sourceId}/review`, { decisions });
    if (status === 200) {
      for (const o of body.data!.outcomes) outcome.set(o.suggestionId, { status: o.status });
      break;
    }
    const items = body.error?.details?.items;
    if (!items?.length) throw new Error(`review of source ${sourceId} failed (${status}): ${JSON.stringify(body)}`);
    for (const item of items) outcome.set(decisions[item.index]!.suggestionId, { status: "pending", error: item.message });
    const failed = new Set(items.map((i) => i.index));
    decisions = decisions.filter((_, i) => !failed.has(i));
  }
  return outcome;
}

const commit = () => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
};

const articles = loadArticles(args.dir!);
const external = process.env.APP_URL && process.env.EDITOR_TOKEN ? { baseUrl: process.env.APP_URL.replace(/\/$/, ""), token: process.env.EDITOR_TOKEN, stop: async () => {} } : null;
const app = external ?? (await ownServer());
try {
  const api = client(app.baseUrl, app.token);
  const t0 = performance.now();
  const job = await importAll(api, articles);
  const importSeconds = (performance.now() - t0) / 1000;
  const rowOf = new Map<number, { outcome: string; row: JobRow }>();
  for (const outcome of ["imported", "duplicate", "failed"] as const) for (const row of job.rows[outcome]) rowOf.set(row.rowNumber, { outcome, row });

  const reviewed: unknown[] = [];
  const scores: ArticleScore[] = [];
  const claimed = new Map<number, string>();
  const t1 = performance.now();
  for (const [i, article] of articles.entries()) {
    const imported = rowOf.get(i + 1);
    // The labels are ours (not the publisher's text): kept, so the set can be rebuilt from this file and the URLs.
    const base = { id: article.id, url: article.url, language: article.language, sourceType: article.sourceType, title: article.title, publisher: article.publisher, publishedOn: article.publishedOn ?? null, labels: article.labels };
    const sourceId = imported?.row.sourceId ?? null;
    const importNote = imported ? { outcome: imported.outcome, ...(imported.row.reason ? { reason: imported.row.reason } : {}) } : { outcome: "missing" };
    // Two articles of the set that are one source: the second is reported, not reviewed twice.
    if (sourceId === null || claimed.has(sourceId)) {
      reviewed.push({ ...base, import: { ...importNote, ...(sourceId !== null ? { sameSourceAs: claimed.get(sourceId) } : {}) } });
      continue;
    }
    claimed.set(sourceId, article.id);
    const { body } = await api<{ data: { suggestions: ApiSuggestion[] } }>("GET", `/api/v1/sources/${sourceId}/suggestions`);
    // Every suggestion is judged (a re-run against the same tracker scores what was decided before); only the
    // pending ones are sent.
    const all = body.data.suggestions;
    const statusOf = new Map(all.map((s) => [s.id, s.status]));
    const judgements = reviewArticle(article.labels, all);
    const outcome = await review(api, sourceId, judgements.filter((j) => statusOf.get(j.suggestionId) === "pending"));
    const score = scoreArticle(article.language, article.labels, judgements);
    scores.push(score);
    reviewed.push({
      ...base,
      sourceId,
      import: importNote,
      suggested: judgements.map((j) => ({ kind: j.kind, value: j.value, ...(j.kind === "milestone" ? { extractedKind: all.find((s) => s.id === j.suggestionId)?.payload?.kind } : {}) })),
      decisions: judgements.map((j) => ({
        kind: j.kind,
        value: j.value,
        decision: outcome.get(j.suggestionId)?.status ?? statusOf.get(j.suggestionId) ?? "pending",
        reason: outcome.get(j.suggestionId)?.error ? `refused: ${outcome.get(j.suggestionId)!.error}` : j.reason,
        ...(j.decision?.decision === "accept" && j.decision.initiativeSlug ? { initiative: j.decision.initiativeSlug } : {}),
        ...(j.decision?.decision === "accept" && j.decision.milestoneKind ? { milestoneKind: j.decision.milestoneKind } : {}),
      })),
      missed: score.missed,
    });
  }
  const reviewSeconds = (performance.now() - t1) / 1000;
  const rows = aggregate(scores);
  const report = {
    note: "Generated by npm run eval:real: the real articles' extraction as reviewed from their labels. No article text or passages.",
    commit: commit(),
    articles: articles.length,
    imported: job.rows.imported.length,
    duplicates: job.rows.duplicate.length,
    failed: job.rows.failed.length,
    reviewedArticles: scores.length,
    metrics: rows,
    reviewed,
  };
  fs.writeFileSync(args.out!, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${articles.length} articles: ${report.imported} imported, ${report.duplicates} duplicates, ${report.failed} failed (import ${importSeconds.toFixed(1)} s); ${scores.length} reviewed over REST in ${reviewSeconds.toFixed(1)} s.`);
  const counts = { accepted: 0, edited: 0, rejected: 0, pending: 0, refused: 0 };
  for (const r of reviewed as { decisions?: { decision: string; reason: string }[] }[]) {
    for (const d of r.decisions ?? []) {
      counts[d.decision as keyof typeof counts]++;
      if (d.reason.startsWith("refused")) counts.refused++;
    }
  }
  console.log(`Decisions: ${counts.accepted} accepted, ${counts.edited} edited, ${counts.rejected} rejected, ${counts.pending} left pending (${counts.refused} of them refused by the product).\n`);
  console.log(formatTable(rows, pooledLanguages(scores)));
  console.log(`\nWrote ${args.out}.`);
} finally {
  await app.stop();
}
