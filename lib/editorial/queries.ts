// Reads for the editor screens.
import "server-only";
import { asc, desc, ilike, isNotNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { actors, initiatives, sources } from "@/db/schema";

export type SourceOption = { id: number; title: string; publisher: string; publishedOn: string | null; hasText: boolean };

/** Every source, newest first, for the citation picker (texts are fetched one at a time when picked). */
export async function listSourceOptions(db: DbOrTx): Promise<SourceOption[]> {
  return db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      publishedOn: sources.publishedOn,
      hasText: sql<boolean>`${sources.fullText} is not null`,
    })
    .from(sources)
    .orderBy(desc(sources.createdAt), desc(sources.id));
}

export async function listActorOptions(db: DbOrTx): Promise<{ slug: string; name: string }[]> {
  return db.select({ slug: actors.slug, name: actors.name }).from(actors).orderBy(asc(actors.name));
}

export async function listInitiativeOptions(db: DbOrTx): Promise<{ slug: string; name: string }[]> {
  return db.select({ slug: initiatives.slug, name: initiatives.name }).from(initiatives).orderBy(asc(initiatives.name));
}

export async function findInitiativesForEditor(db: DbOrTx, q: string | undefined) {
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select({ slug: initiatives.slug, name: initiatives.name, status: initiatives.status, version: initiatives.version, updatedAt: initiatives.updatedAt })
    .from(initiatives)
    .where(like ? or(ilike(initiatives.name, like), ilike(initiatives.slug, like)) : isNotNull(initiatives.id))
    .orderBy(desc(initiatives.updatedAt), asc(initiatives.name))
    .limit(200);
}
