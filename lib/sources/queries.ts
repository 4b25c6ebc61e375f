import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { withStatementTimeout } from "@/lib/security/statement-timeout";
import type { PartialDate } from "@/lib/dates/partial-date";
import { escapeLike, tsQuery, unspacedWordsMatch } from "@/lib/initiatives/conditions";
import { HIGHLIGHT_END, HIGHLIGHT_START, firstTermAt, highlightTerms, matchesOnlyFolded, queryTerms } from "@/lib/search/highlight";
import type { ActorRole, ClaimType, DatePrecision, MilestoneKind, SourceType } from "@/lib/vocabulary/misc";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import { regionName } from "@/lib/vocabulary/regions";
import { effectiveSourceSort, publishedRange, type SourceFacetKey, type SourceFilters } from "./filters";

export type SourceListItem = {
  id: number;
  title: string;
  publisher: string;
  url: string | null;
  published: PartialDate | null;
  language: string;
  sourceType: SourceType;
  /** ISO 3166-1 alpha-2 of the publisher's home country, when known. */
  publisherCountry: string | null;
  hasText: boolean;
  citationCount: number;
  initiativeCount: number;
  /** With a search: the matching passage, matched words between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string | null;
};

export type SourceFacetValue = { value: string; label: string; count: number; selected: boolean };
export type SourceFacets = Record<SourceFacetKey, SourceFacetValue[]>;
export type SourceList = { data: SourceListItem[]; total: number; page: number; pageSize: number; facets: SourceFacets };

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const MAX_PUBLISHERS = 30;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1`;

const inList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** WHERE conditions; `except` leaves that facet's own filter out so its counts show the alternatives. */
function conditions(filters: SourceFilters, except?: SourceFacetKey): SQL[] {
  const out: SQL[] = [];
  if (filters.q) {
    const like = `%${escapeLike(filters.q)}%`;
    // Chinese text has no word boundaries for the 'simple' parser: fall back to a substring match for CJK queries.
    const cjk = CJK.test(filters.q) ? sql` or so.full_text ilike ${like}` : sql``;
    // Thai, Lao, Khmer, Burmese: every word of the segmented query in the title or in the text (ARCHITECTURE L1).
    const titleWords = unspacedWordsMatch(sql`so.title`, filters.q);
    const textWords = unspacedWordsMatch(sql`so.full_text`, filters.q);
    const unspaced = titleWords && textWords ? sql` or (${titleWords}) or (${textWords})` : sql``;
    out.push(sql`(so.search_vector @@ ${tsQuery(filters.q)} or so.title ilike ${like} or so.publisher ilike ${like}${cjk}${unspaced})`);
  }
  if (except !== "publisher" && filters.publisher.length) out.push(sql`so.publisher in (${inList(filters.publisher)})`);
  if (except !== "publisherCountry" && filters.publisherCountry.length) out.push(sql`so.publisher_country in (${inList(filters.publisherCountry)})`);
  if (except !== "language" && filters.language.length) out.push(sql`so.language in (${inList(filters.language)})`);
  if (except !== "sourceType" && filters.sourceType.length) out.push(sql`so.source_type in (${inList(filters.sourceType)})`);
  const range = publishedRange(filters);
  if (range.from) out.push(sql`so.published_on >= ${range.from}::date`);
  if (range.to) out.push(sql`so.published_on <= ${range.to}::date`);
  if (filters.hasText !== undefined) out.push(filters.hasText ? sql`so.full_text is not null` : sql`so.full_text is null`);
  return out;
}

const where = (parts: SQL[]) => (parts.length ? sql`where ${sql.join(parts, sql` and `)}` : sql``);

function orderBy(filters: SourceFilters): SQL {
  switch (effectiveSourceSort(filters)) {
    case "relevance": {
      const like = `%${escapeLike(filters.q ?? "")}%`;
      return sql`(case when so.title ilike ${like} then 1.0 else 0 end + ts_rank(so.search_vector, ${tsQuery(filters.q ?? "")})) desc, so.published_on desc nulls last, so.id desc`;
    }
    case "oldest":
      return sql`so.published_on asc nulls last, so.id asc`;
    case "title":
      return sql`so.title asc, so.id asc`;
    case "newest":
      return sql`so.published_on desc nulls last, so.id desc`;
  }
}

const languageName = (code: string) => {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
};

async function getSourceFacets(db: DbOrTx, filters: SourceFilters): Promise<SourceFacets> {
  const count = (column: SQL, key: SourceFacetKey, limit?: number) =>
    queryRows<{ value: string; count: number }>(
      db,
      sql`select ${column} as value, count(*)::int as count from sources so ${where(conditions(filters, key))}
          group by 1 order by count desc, 1 asc ${limit ? sql`limit ${limit}` : sql``}`,
    );
  const [publishers, countries, languages, types] = await Promise.all([
    count(sql`so.publisher`, "publisher", MAX_PUBLISHERS),
    queryRows<{ value: string; count: number }>(
      db,
      sql`select so.publisher_country as value, count(*)::int as count from sources so
          ${where([...conditions(filters, "publisherCountry"), sql`so.publisher_country is not null`])}
          group by 1 order by count desc, 1 asc`,
    ),
    count(sql`so.language`, "language"),
    count(sql`so.source_type::text`, "sourceType"),
  ]);
  const values = (rows: { value: string; count: number }[], selected: string[], label: (v: string) => string) => {
    const out = rows.map((r) => ({ value: r.value, label: label(r.value), count: r.count, selected: selected.includes(r.value) }));
    for (const v of selected) if (!out.some((o) => o.value === v)) out.push({ value: v, label: label(v), count: 0, selected: true });
    return out;
  };
  const typeCounts = new Map(types.map((t) => [t.value, t.count]));
  return {
    publisher: values(publishers, filters.publisher, (v) => v),
    publisherCountry: values(countries, filters.publisherCountry, regionName),
    language: values(languages, filters.language, languageName),
    sourceType: SOURCE_TYPES.map((t) => ({
      value: t,
      label: SOURCE_TYPE_LABELS[t],
      count: typeCounts.get(t) ?? 0,
      selected: filters.sourceType.includes(t),
    })),
  };
}

const datePair = (date: string | null, precision: DatePrecision | null): PartialDate | null =>
  date && precision ? { date, precision } : null;

/** One page of sources for the filters, the total and facet counts (publisher, language, type) under the other filters. */
export async function findSources(db: DbOrTx, filters: SourceFilters): Promise<SourceList> {
  // Bounded by SEARCH_STATEMENT_TIMEOUT_MS on PostgreSQL (lib/security/statement-timeout.ts).
  return withStatementTimeout(db, (conn) => findSourcesUnbounded(conn, filters));
}

async function findSourcesUnbounded(db: DbOrTx, filters: SourceFilters): Promise<SourceList> {
  const filter = where(conditions(filters));
  const offset = (filters.page - 1) * filters.pageSize;
  const [rows, [total], facets] = await Promise.all([
    queryRows<{
      id: number;
      title: string;
      publisher: string;
      url: string | null;
      published_on: string | null;
      published_precision: DatePrecision | null;
      language: string;
      source_type: SourceType;
      publisher_country: string | null;
      has_text: boolean;
      citation_count: number;
      initiative_count: number;
    }>(
      db,
      sql`select so.id, so.title, so.publisher, so.url, so.published_on::text as published_on, so.published_precision,
            so.language, so.source_type, so.publisher_country, so.full_text is not null as has_text,
            (select count(*)::int from citations c where c.source_id = so.id) as citation_count,
            (select count(distinct c.initiative_id)::int from citations c where c.source_id = so.id) as initiative_count
          from sources so ${filter}
          order by ${orderBy(filters)}
          limit ${filters.pageSize} offset ${offset}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from sources so ${filter}`),
    getSourceFacets(db, filters),
  ]);
  const snippets = filters.q ? await getSnippets(db, filters.q, rows.map((r) => r.id)) : new Map<number, string>();
  return {
    data: rows.map((r) => ({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      url: r.url,
      published: datePair(r.published_on, r.published_precision),
      language: r.language,
      sourceType: r.source_type,
      publisherCountry: r.publisher_country,
      hasText: r.has_text,
      citationCount: r.citation_count,
      initiativeCount: r.initiative_count,
      snippet: snippets.get(r.id) ?? null,
    })),
    total: total?.total ?? 0,
    page: filters.page,
    pageSize: filters.pageSize,
    facets,
  };
}

/** The matching passage for each source on the page only (ts_headline is expensive). */
async function getSnippets(db: DbOrTx, q: string, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await queryRows<{ id: number; headline: string | null; full_text: string | null }>(
    db,
    sql`select so.id, so.full_text,
          case when so.full_text is not null then ts_headline('simple', so.full_text, ${tsQuery(q)}, ${HEADLINE_OPTIONS}) end as headline
        from sources so where so.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
  );
  const out = new Map<number, string>();
  for (const r of rows) {
    // The headline's parsers see "cáp" and "cap" as different words: a query typed without diacritics is marked here.
    if (r.headline?.includes(HIGHLIGHT_START) && !(r.full_text && matchesOnlyFolded(r.full_text, q))) {
      out.set(r.id, r.headline);
      continue;
    }
    // No highlighted headline: a CJK or Thai substring, or words typed without their diacritics.
    const terms = queryTerms(q);
    const at = r.full_text ? firstTermAt(r.full_text, terms) : -1;
    if (r.full_text && at >= 0) {
      const from = Math.max(0, at - 60);
      const window = r.full_text.slice(from, at + q.length + 60);
      out.set(r.id, `${from > 0 ? "…" : ""}${highlightTerms(window, terms)}…`);
    }
  }
  return out;
}

/** What a citation supports, described enough to name and link the claim. */
export type SupportedClaim = {
  type: ClaimType;
  initiative: { slug: string; name: string };
  milestone: { id: number; kind: MilestoneKind; description: string; date: PartialDate; isPlanned: boolean } | null;
  statusChange: { id: number; from: Status | null; to: Status; effective: PartialDate } | null;
  country: string | null;
  domain: { slug: string; label: string } | null;
  actor: { slug: string; name: string; role: ActorRole | null } | null;
};

export type SourceCitation = {
  id: number;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  note: string | null;
  isVerified: boolean;
  claim: SupportedClaim;
};

export type SourceDetail = Omit<SourceListItem, "snippet" | "citationCount" | "initiativeCount"> & {
  canonicalUrl: string | null;
  fullText: string | null;
  createdAt: Date;
  citations: SourceCitation[];
};

/** A source with its stored text and every citation of it, each with the claim it supports; null when missing. */
export async function getSourceById(db: DbOrTx, id: number): Promise<SourceDetail | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [source] = await queryRows<{
    id: number;
    title: string;
    publisher: string;
    url: string | null;
    canonical_url: string | null;
    published_on: string | null;
    published_precision: DatePrecision | null;
    language: string;
    source_type: SourceType;
    publisher_country: string | null;
    full_text: string | null;
    created_at: Date | string;
  }>(
    db,
    sql`select id, title, publisher, url, canonical_url, published_on::text as published_on, published_precision, language,
          source_type, publisher_country, full_text, created_at from sources where id = ${id}`,
  );
  if (!source) return null;
  const rows = await queryRows<{
    id: number;
    claim_type: ClaimType;
    quote: string | null;
    quote_start: number | null;
    quote_end: number | null;
    note: string | null;
    is_verified: boolean;
    initiative_slug: string;
    initiative_name: string;
    milestone_id: number | null;
    milestone_kind: MilestoneKind | null;
    milestone_description: string | null;
    milestone_on: string | null;
    milestone_precision: DatePrecision | null;
    milestone_planned: boolean | null;
    status_change_id: number | null;
    from_status: Status | null;
    to_status: Status | null;
    effective_on: string | null;
    effective_precision: DatePrecision | null;
    country_code: string | null;
    domain_slug: string | null;
    domain_label: string | null;
    actor_slug: string | null;
    actor_name: string | null;
    actor_role: ActorRole | null;
  }>(
    db,
    sql`select c.id, c.claim_type, c.quote, c.quote_start, c.quote_end, c.note, c.is_verified,
          i.slug as initiative_slug, i.name as initiative_name,
          m.id as milestone_id, m.kind as milestone_kind, m.description as milestone_description,
          m.occurred_on::text as milestone_on, m.precision as milestone_precision, m.is_planned as milestone_planned,
          sc.id as status_change_id, sc.from_status, sc.to_status, sc.effective_on::text as effective_on, sc.effective_precision,
          c.country_code, c.domain_slug, d.label as domain_label,
          a.slug as actor_slug, a.name as actor_name,
          (select ia.role from initiative_actors ia where ia.actor_id = a.id and ia.initiative_id = i.id order by ia.role limit 1) as actor_role
        from citations c
        join initiatives i on i.id = c.initiative_id
        left join milestones m on m.id = c.milestone_id
        left join status_changes sc on sc.id = c.status_change_id
        left join domains d on d.slug = c.domain_slug
        left join actors a on a.id = c.actor_id
        where c.source_id = ${id}
        order by c.quote_start asc nulls last, c.id asc`,
  );
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    canonicalUrl: source.canonical_url,
    published: datePair(source.published_on, source.published_precision),
    language: source.language,
    sourceType: source.source_type,
    publisherCountry: source.publisher_country,
    hasText: source.full_text !== null,
    fullText: source.full_text,
    createdAt: new Date(source.created_at),
    citations: rows.map((r) => ({
      id: r.id,
      quote: r.quote,
      quoteStart: r.quote_start,
      quoteEnd: r.quote_end,
      note: r.note,
      isVerified: r.is_verified,
      claim: {
        type: r.claim_type,
        initiative: { slug: r.initiative_slug, name: r.initiative_name },
        milestone:
          r.milestone_id !== null
            ? {
                id: r.milestone_id,
                kind: r.milestone_kind!,
                description: r.milestone_description ?? "",
                date: { date: r.milestone_on!, precision: r.milestone_precision! },
                isPlanned: r.milestone_planned ?? false,
              }
            : null,
        statusChange:
          r.status_change_id !== null
            ? { id: r.status_change_id, from: r.from_status, to: r.to_status!, effective: { date: r.effective_on!, precision: r.effective_precision! } }
            : null,
        country: r.country_code?.trim() ?? null,
        domain: r.domain_slug ? { slug: r.domain_slug, label: r.domain_label ?? r.domain_slug } : null,
        actor: r.actor_slug ? { slug: r.actor_slug, name: r.actor_name ?? r.actor_slug, role: r.actor_role } : null,
      },
    })),
  };
}
