// Reads for reviewing at volume: a source's suggestions for the REST API, the next article in the queue, the
// decisions of the article an editor reviewed last, and what can be accepted as suggested from the queue.
import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { sources, suggestions } from "@/db/schema";
import { isAcceptableAsSuggested, type PreviousDecision, suggestionValue } from "./bulk";
import { parsePayload } from "./payloads";
import { getReviewSource } from "./queries";

/** GET /api/v1/sources/{id}/suggestions: every suggestion with its payload and decision, in review order. */
export async function getSourceSuggestions(db: DbOrTx, sourceId: number) {
  const source = await getReviewSource(db, sourceId);
  if (!source) return null;
  return {
    source: { id: source.id, title: source.title, publisher: source.publisher, url: source.url, language: source.language, reviewUrl: `/review/${source.id}` },
    pending: source.suggestions.filter((s) => s.status === "pending").length,
    suggestions: source.suggestions.map(({ typed, ...s }) => ({ ...s, payload: typed?.payload ?? null })),
  };
}

/** The next source in the review queue after this one (the queue's order), for "next article" once this one is done. */
export async function getNextInQueue(db: DbOrTx, currentSourceId: number): Promise<{ id: number; title: string } | null> {
  const rows = await queryRows<{ id: number; title: string }>(db, sql`
    select so.id, so.title from sources so
    join (select source_id, max(created_at) as latest from suggestions where status = 'pending' and source_id <> ${currentSourceId} group by source_id) p
      on p.source_id = so.id
    order by p.latest desc, so.id desc
    limit 1`);
  return rows[0] ? { id: Number(rows[0].id), title: String(rows[0].title) } : null;
}

/** The article this editor reviewed last before this one, with the decisions they made on it (by kind and value). */
export async function getPreviousReview(db: DbOrTx, userId: string, currentSourceId: number): Promise<{ sourceId: number; title: string; decisions: PreviousDecision[] } | null> {
  const [last] = await queryRows<{ source_id: number }>(db, sql`
    select source_id from suggestions
    where reviewed_by_id = ${userId} and source_id <> ${currentSourceId} and status <> 'pending'
    order by reviewed_at desc, id desc limit 1`);
  if (!last) return null;
  const sourceId = Number(last.source_id);
  const [source] = await db.select({ title: sources.title }).from(sources).where(eq(sources.id, sourceId));
  const rows = await db
    .select({ kind: suggestions.kind, payload: suggestions.payload, status: suggestions.status, result: suggestions.result })
    .from(suggestions)
    .where(and(eq(suggestions.sourceId, sourceId), eq(suggestions.reviewedById, userId)));
  const decisions = rows.flatMap((r): PreviousDecision[] => {
    const value = suggestionValue(parsePayload(r.kind, r.payload));
    if (value === null || r.status === "pending") return [];
    const slug = typeof r.result?.initiativeSlug === "string" ? r.result.initiativeSlug : null;
    return [{ kind: r.kind, value, status: r.status, initiativeSlug: slug }];
  });
  return { sourceId, title: source?.title ?? `Source ${sourceId}`, decisions };
}

/** Per source, the pending suggestions that can be accepted exactly as suggested (the queue's "Accept all"). */
export async function findAcceptableSuggestions(db: DbOrTx, sourceIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!sourceIds.length) return out;
  const rows = await db
    .select({ id: suggestions.id, sourceId: suggestions.sourceId, kind: suggestions.kind, payload: suggestions.payload, status: suggestions.status })
    .from(suggestions)
    .where(and(inArray(suggestions.sourceId, sourceIds), eq(suggestions.status, "pending")))
    .orderBy(asc(suggestions.id));
  for (const r of rows) {
    if (isAcceptableAsSuggested({ ...r, typed: parsePayload(r.kind, r.payload) })) out.set(r.sourceId, [...(out.get(r.sourceId) ?? []), r.id]);
  }
  return out;
}
