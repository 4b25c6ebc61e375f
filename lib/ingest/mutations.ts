// Storing an article and queueing its suggestions. The same canonical URL or the same text never enters twice:
// the existing source is returned instead (matched by URL or by text hash), and nothing is written. The source,
// its suggestions and the audit entry commit together; extraction runs before the transaction (it can take a
// moment on long texts and needs no lock). Tracked data is never touched here: that takes an editor's review.
import { eq, or } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { type NewSource, type Source, sources, suggestions } from "@/db/schema";
import { type AuditActor, writeAudit } from "@/lib/audit/write";
import { optionalPartialDate } from "@/lib/editorial/fields";
import { AppError } from "@/lib/errors";
import { canonicalizeUrl, sourceContentHash } from "@/lib/sources/identity";
import { getExtractor } from "./catalog";
import { detectLanguage } from "./extract/language";
import type { ArticleInput } from "./schemas";
import { buildSuggestions, type SuggestionDraft } from "./suggest";

export type ExistingSource = Pick<Source, "id" | "title" | "publisher" | "url">;
export type StoreResult =
  | { created: true; source: Source; suggestionCount: number }
  | { created: false; source: ExistingSource; matchedBy: "url" | "text" };

/** How the article arrived, for the audit entry. */
export type IngestChannel = "form" | "api" | "import";

type Identity = { fullText: string; canonicalUrl: string | null; contentHash: string };

/** Line endings normalised and outer whitespace trimmed: the stored text, which every offset indexes into. */
export const normaliseArticleText = (text: string) => text.replace(/\r\n?/g, "\n").trim();

/** The stored text and what identifies it: its canonical URL and its content hash. */
export function articleIdentity(input: Pick<ArticleInput, "text" | "url">): Identity {
  const fullText = normaliseArticleText(input.text);
  const canonicalUrl = input.url ? canonicalizeUrl(input.url) : null;
  return { fullText, canonicalUrl, contentHash: sourceContentHash(fullText, canonicalUrl) };
}

export async function findExistingSource(db: DbOrTx, id: Pick<Identity, "canonicalUrl" | "contentHash">): Promise<{ source: ExistingSource; matchedBy: "url" | "text" } | null> {
  const rows = await db
    .select({ id: sources.id, title: sources.title, publisher: sources.publisher, url: sources.url, canonicalUrl: sources.canonicalUrl, contentHash: sources.contentHash })
    .from(sources)
    .where(id.canonicalUrl ? or(eq(sources.canonicalUrl, id.canonicalUrl), eq(sources.contentHash, id.contentHash)) : eq(sources.contentHash, id.contentHash))
    .limit(2);
  const byUrl = rows.find((r) => id.canonicalUrl !== null && r.canonicalUrl === id.canonicalUrl);
  const match = byUrl ?? rows[0];
  if (!match) return null;
  return { source: { id: match.id, title: match.title, publisher: match.publisher, url: match.url }, matchedBy: byUrl ? "url" : "text" };
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
    drafts: buildSuggestions(id.fullText, extraction, anchor),
  };
}

/** Writes the source and its suggestions inside the caller's transaction, or finds the existing source. */
export async function storeArticle(tx: DbOrTx, actor: AuditActor, prepared: PreparedArticle, channel: IngestChannel): Promise<StoreResult> {
  const existing = await findExistingSource(tx, prepared.values);
  if (existing) return { created: false, ...existing };
  // A concurrent import of the same article may commit between the check and the insert: the unique constraints
  // then make this insert a no-op, and the article is reported as the duplicate it is.
  const [source] = await tx.insert(sources).values(prepared.values).onConflictDoNothing().returning();
  if (!source) {
    const raced = await findExistingSource(tx, prepared.values);
    if (!raced) throw new Error("source insert conflicted but no existing source was found");
    return { created: false, ...raced };
  }
  for (let i = 0; i < prepared.drafts.length; i += 500) {
    await tx.insert(suggestions).values(prepared.drafts.slice(i, i + 500).map((d) => ({ ...d, sourceId: source.id })));
  }
  const { fullText, searchVector: _vector, ...metadata } = source;
  await writeAudit(tx, actor, {
    action: "source.ingest",
    entityType: "source",
    entityId: source.id,
    before: null,
    after: { ...metadata, fullTextLength: fullText?.length ?? 0, suggestions: prepared.drafts.length, channel },
  });
  return { created: true, source, suggestionCount: prepared.drafts.length };
}

/** Stores one article with its suggestions, or returns the source it duplicates (nothing written then). */
export async function ingestArticle(db: Db, actor: AuditActor, input: ArticleInput, channel: IngestChannel): Promise<StoreResult> {
  const existing = await findExistingSource(db, articleIdentity(input));
  if (existing) return { created: false, ...existing };
  const prepared = await prepareArticle(db, input);
  return db.transaction((tx) => storeArticle(tx, actor, prepared, channel));
}
