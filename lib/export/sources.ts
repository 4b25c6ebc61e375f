import "server-only";
// The sources behind a view (every source cited by its initiatives, known by asOf) or behind one initiative.
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import type { PartialDate } from "@/lib/dates/partial-date";
import { AppError } from "@/lib/errors";
import { getInitiativeAsOf } from "@/lib/initiatives/as-of";
import type { DatePrecision, SourceType } from "@/lib/vocabulary/misc";
import { sourceKnownSql } from "./known";
import type { SourcesSelection } from "./params";
import { viewIds } from "./queries";

export type CitableSource = {
  id: number;
  title: string;
  publisher: string;
  url: string | null;
  published: PartialDate | null;
  language: string;
  sourceType: SourceType;
  publisherCountry: string | null;
};

const byPublisherThenDate = (a: CitableSource, b: CitableSource) =>
  a.publisher.localeCompare(b.publisher) || (a.published?.date ?? "").localeCompare(b.published?.date ?? "") || a.id - b.id;

export async function findCitableSources(db: DbOrTx, selection: SourcesSelection): Promise<CitableSource[]> {
  if (selection.kind === "initiative") {
    const detail = await getInitiativeAsOf(db, selection.slug, selection.asOf);
    if (!detail) throw new AppError("not_found", `No initiative "${selection.slug}"${selection.asOf ? ` on record as of ${selection.asOf}` : ""}.`);
    return detail.sources.map(({ id, title, publisher, url, published, language, sourceType, publisherCountry }) => ({ id, title, publisher, url, published, language, sourceType, publisherCountry })).sort(byPublisherThenDate);
  }
  const rows = await queryRows<{ id: number; title: string; publisher: string; url: string | null; published_on: string | null; published_precision: DatePrecision | null; language: string; source_type: SourceType; publisher_country: string | null }>(
    db,
    sql`select so.id, so.title, so.publisher, so.url, so.published_on::text as published_on, so.published_precision, so.language, so.source_type, so.publisher_country
        from sources so
        where so.id in (select c.source_id from citations c where c.initiative_id in (${viewIds(selection.filters)}))
          and ${sourceKnownSql(selection.filters.asOf)}`,
  );
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      url: r.url,
      published: r.published_on && r.published_precision ? { date: r.published_on, precision: r.published_precision } : null,
      language: r.language,
      sourceType: r.source_type,
      publisherCountry: r.publisher_country,
    }))
    .sort(byPublisherThenDate);
}
