// Storing an article and queueing its suggestions. The same canonical URL or the same text never enters twice:
// the existing source is returned instead (matched by URL, by text hash, or by the text's fingerprint: the same
// words whatever the case, punctuation and spacing), and nothing is written — except for a source we held without
// its text (a seed or hand-entered reference): the article's text is added to it and its suggestions queued. The source,
// its suggestions and the audit entry commit together; extraction runs before the transaction (it can take a
// moment on long texts and needs no lock). Tracked data is never touched here: that takes an editor's review.
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { type NewSource, type Source, sources, suggestions } from "@/db/schema";
import { type AuditActor, writeAudit } from "@/lib/audit/write";
import { optionalPartialDate } from "@/lib/editorial/fields";
import { AppError } from "@/lib/errors";
import { canonicalizeUrl, sourceContentHash, textFingerprint } from "@/lib/sources/identity";
import { getExtractor, getInitiativeStatuses } from "./catalog";
import { detectLanguage } from "./extract/language";
import type { ArticleInput } from "./schemas";
import { buildSuggestions, type SuggestionDraft } from "./suggest";

export type ExistingSource = Pick<Source, "id" | "title" | "publisher" | "url">;
/** url: the same canonical address · text: the same text · near-text: the same words (case, punctuation, spacing aside). */
export type DuplicateMatch = "url" | "text" | "near-text";
export type StoreResult =
  /** `textAdded`: the article completed a source held without text (same address), rather than a new source. */
  | { created: true; source: Source; suggestionCount: number; textAdded?: boolean }
  | { created: false; source: ExistingSource; matchedBy: DuplicateMatch };

/** How the article arrived, for the audit entry. */
export type IngestChannel = "form" | "api" | "import";

type Identity = { fullText: string; canonicalUrl: string | null; contentHash: string; textFingerprint: string | null };

/** Line endings normalised and outer whitespace trimmed: the stored text, which every offset indexes into. */
export const normaliseArticleText = (text: string) => text.replace(/\r\n?/g, "\n").trim();

/** The stored text and what identifies it: its canonical URL and its content hash. */
export function articleIdentity(input: Pick<ArticleInput, "text" | "url">): Identity {
  const fullText = normaliseArticleText(input.text);
  const canonicalUrl = input.url ? canonicalizeUrl(input.url) : null;
  return { fullText, canonicalUrl, contentHash: sourceContentHash(fullText, canonicalUrl), textFingerprint: textFingerprint(fullText) };
}

type Found = { source: ExistingSource; matchedBy: DuplicateMatch; hasText: boolean };

export async function findExistingSource(db: DbOrTx, id: Omit<Identity, "fullText">): Promise<Found | null> {
  const conditions = [eq(sources.contentHash, id.contentHash)];
  if (id.canonicalUrl) conditions.push(eq(sources.canonicalUrl, id.canonicalUrl));
  if (id.textFingerprint) conditions.push(eq(sources.textFingerprint, id.textFingerprint));
  const rows = await db
    .select({ id: sources.id, title: sources.title, publisher: sources.publisher, url: sources.url, canonicalUrl: sources.canonicalUrl, contentHash: sources.contentHash, hasText: sql<boolean>`${sources.fullText} is not null` })
    .from(sources)
    .where(or(...conditions))
    // The strongest match first (address, then text, then fingerprint), so a few rows always include it.
    .orderBy(sql`${sources.canonicalUrl} is not distinct from ${id.canonicalUrl ?? ""} desc`, sql`${sources.contentHash} = ${id.contentHash} desc`, sources.id)
    .limit(3);
  const byUrl = rows.find((r) => id.canonicalUrl !== null && r.canonicalUrl === id.canonicalUrl);
  const byText = rows.find((r) => r.contentHash === id.contentHash);
  const match = byUrl ?? byText ?? rows[0];
  if (!match) return null;
  const matchedBy: DuplicateMatch = match === byUrl ? "url" : match === byText ? "text" : "near-text";
  return { source: { id: match.id, title: match.title, publisher: match.publisher, url: match.url }, matchedBy, hasText: Boolean(match.hasText) };
}

/** A source held by address only, which this article's text can complete (no other source has the same text). */
async function textlessTwin(db: DbOrTx, id: Omit<Identity, "fullText">, found: Found | null): Promise<number | null> {
  if (!found || found.matchedBy !== "url" || found.hasText) return null;
  const sameText = await findExistingSource(db, { ...id, canonicalUrl: null });
  return sameText ? null : found.source.id;
}

export type PreparedArticle = { values: NewSource & Identity; drafts: SuggestionDraft[] };

/** Identity, language and extraction: everything but the writes. Pass the database (the extractor is cached on it). */
export async function prepareArticle(db: Db, input: ArticleInput): Promise<PreparedArticle> {
  const id = articleIdentity(input);
  const language = input.language ?? detectLanguage(id.fullText);
  if (!/^[a-z]{2}$/.test(language)) {
    throw new AppError("unprocessable", "We could not tell the language of this text: pick it.", {
      fieldErrors: { language: ["We could not tell the language of this text: pick it."] },
    });
  }
  const published = optionalPartialDate(input.publishedOn);
  const anchor = published.precision === "day" ? (published.on ?? undefined) : undefined;
  const extract = await getExtractor(db);
  const extraction = extract({ text: id.fullText, title: input.title, publishedOn: anchor, language });
  const statuses = await getInitiativeStatuses(db, extraction.initiatives.flatMap((i) => (i.slug ? [i.slug] : [])));
  return {
    values: {
      ...id,
      url: input.url ?? null,
      title: input.title,
      publisher: input.publisher,
      publishedOn: published.on,
      publishedPrecision: published.precision,
      language,
      sourceType: input.sourceType,
    },
    drafts: buildSuggestions(id.fullText, extraction, anchor, statuses),
  };
}

/** Writes the source and its suggestions inside the caller's transaction, or finds the existing source. */
export async function storeArticle(tx: DbOrTx, actor: AuditActor, prepared: PreparedArticle, channel: IngestChannel): Promise<StoreResult> {
  const existing = await findExistingSource(tx, prepared.values);
  const twin = await textlessTwin(tx, prepared.values, existing);
  if (twin !== null) return addText(tx, actor, twin, prepared, channel);
  if (existing) return { created: false, source: existing.source, matchedBy: existing.matchedBy };
  // A concurrent import of the same article may commit between the check and the insert: the unique constraints
  // then make this insert a no-op, and the article is reported as the duplicate it is.
  const [source] = await tx.insert(sources).values(prepared.values).onConflictDoNothing().returning();
  if (!source) {
    const raced = await findExistingSource(tx, prepared.values);
    if (!raced) throw new Error("source insert conflicted but no existing source was found");
    return { created: false, source: raced.source, matchedBy: raced.matchedBy };
  }
  await queueSuggestions(tx, actor, source, prepared, channel, null);
  return { created: true, source, suggestionCount: prepared.drafts.length };
}

async function queueSuggestions(tx: DbOrTx, actor: AuditActor, source: Source, prepared: PreparedArticle, channel: IngestChannel, before: Record<string, unknown> | null) {
  for (let i = 0; i < prepared.drafts.length; i += 500) {
    await tx.insert(suggestions).values(prepared.drafts.slice(i, i + 500).map((d) => ({ ...d, sourceId: source.id })));
  }
  const { fullText, searchVector: _vector, ...metadata } = source;
  await writeAudit(tx, actor, {
    action: before ? "source.add-text" : "source.ingest",
    entityType: "source",
    entityId: source.id,
    before,
    after: { ...metadata, fullTextLength: fullText?.length ?? 0, suggestions: prepared.drafts.length, channel },
  });
}

/**
 * The article's text completes a source we held by address only: text, hashes and language are set (the title,
 * publisher and date stay as the editors entered them) and the suggestions are queued. Guarded on `full_text is
 * null`, so two imports of the same article cannot both complete it.
 */
async function addText(tx: DbOrTx, actor: AuditActor, sourceId: number, prepared: PreparedArticle, channel: IngestChannel): Promise<StoreResult> {
  const { fullText, contentHash, textFingerprint: fingerprint, language } = prepared.values;
  const [before] = await tx.select({ contentHash: sources.contentHash, language: sources.language }).from(sources).where(eq(sources.id, sourceId));
  const [source] = await tx
    .update(sources)
    .set({ fullText, contentHash, textFingerprint: fingerprint, language, updatedAt: new Date() })
    .where(and(eq(sources.id, sourceId), isNull(sources.fullText)))
    .returning();
  if (!source) {
    const now = await findExistingSource(tx, prepared.values);
    if (!now) throw new Error("a text-less source vanished while its text was being added");
    return { created: false, source: now.source, matchedBy: now.matchedBy };
  }
  await queueSuggestions(tx, actor, source, prepared, channel, { fullTextLength: 0, ...before });
  return { created: true, source, suggestionCount: prepared.drafts.length, textAdded: true };
}

/** Stores one article with its suggestions, or returns the source it duplicates (nothing written then). */
export async function ingestArticle(db: Db, actor: AuditActor, input: ArticleInput, channel: IngestChannel): Promise<StoreResult> {
  const identity = articleIdentity(input);
  const existing = await findExistingSource(db, identity);
  if (existing && (await textlessTwin(db, identity, existing)) === null) return { created: false, source: existing.source, matchedBy: existing.matchedBy };
  const prepared = await prepareArticle(db, input);
  return db.transaction((tx) => storeArticle(tx, actor, prepared, channel));
}
