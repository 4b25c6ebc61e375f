// Adding a source by hand. The same article never enters twice: its canonical URL and its text hash are unique.
import { eq, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Source, sources } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { optionalPartialDate } from "@/lib/editorial/fields";
import { AppError } from "@/lib/errors";
import { canonicalizeUrl, sourceContentHash, textFingerprint } from "./identity";
import type { SourceCreateInput } from "./schemas";

/** Line endings normalised, so citation offsets mean the same in the browser's text box and in the database. */
const normaliseNewlines = (text: string) => text.replace(/\r\n?/g, "\n");

export async function createSource(db: Db, actor: Actor, input: SourceCreateInput): Promise<Source> {
  const fullText = input.fullText?.trim() ? normaliseNewlines(input.fullText) : null;
  const canonicalUrl = input.url ? canonicalizeUrl(input.url) : null;
  const contentHash = sourceContentHash(fullText, canonicalUrl);
  const published = optionalPartialDate(input.publishedOn);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: sources.id, title: sources.title })
      .from(sources)
      .where(canonicalUrl ? or(eq(sources.contentHash, contentHash), eq(sources.canonicalUrl, canonicalUrl)) : eq(sources.contentHash, contentHash));
    if (existing) {
      throw new AppError("conflict", `This source is already stored as “${existing.title}” (source ${existing.id}).`, { existingSourceId: existing.id });
    }
    const [row] = await tx
      .insert(sources)
      .values({
        url: input.url ?? null,
        canonicalUrl,
        title: input.title,
        publisher: input.publisher,
        publishedOn: published.on,
        publishedPrecision: published.precision,
        language: input.language,
        sourceType: input.sourceType,
        fullText,
        contentHash,
        textFingerprint: textFingerprint(fullText),
      })
      .returning();
    const { fullText: text, ...metadata } = row!;
    await writeAudit(tx, actor, {
      action: "source.create",
      entityType: "source",
      entityId: row!.id,
      before: null,
      after: { ...metadata, fullTextLength: text?.length ?? 0 },
    });
    return row!;
  });
}
