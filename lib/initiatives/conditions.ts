// SQL building blocks for the initiative list, shared by the list, its facets, the charts, exports and feeds:
// one definition of what each filter means. Aliases used throughout: i = initiatives, s = initiative_search.
import { type SQL, sql } from "drizzle-orm";
import { getEnv } from "@/lib/env";
import { UNSPACED_SCRIPT, foldDiacritics, segmentWords } from "@/lib/search/fold";
import { readVocabulary } from "@/lib/search/vocabulary";
import { FINISHED_STATUSES } from "@/lib/vocabulary/statuses";
import { announcedRange, effectiveSort, type FacetKey, type InitiativeFilters, LIST_PARAMS, type ScopeFilter } from "./filters";

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The three text-search configurations the corpus is indexed with, OR-ed: English, German, and unstemmed. Every
 * unstemmed vector is built from folded text (search_fold, migration 0011), so that branch folds the query too.
 */
export function tsQuery(q: string): SQL {
  return sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('german', ${q}) || websearch_to_tsquery('simple', ${foldDiacritics(q)}))`;
}

/** `%q%` for ilike against search_fold(column): the same comparison with or without diacritics. */
export function foldedLike(q: string): string {
  return `%${escapeLike(foldDiacritics(q))}%`;
}

/**
 * Thai, Lao, Khmer and Burmese queries: every word (segmentWords) a substring of the names, or every word of the
 * text. The text is indexed unsegmented, so a word is found wherever it occurs; the trigram indexes answer each ilike.
 */
export function unspacedWordsMatch(column: SQL, q: string): SQL | null {
  if (!UNSPACED_SCRIPT.test(q)) return null;
  const words = segmentWords(q);
  if (words.length === 0) return null;
  return sql.join(words.map((w) => sql`${column} ilike ${`%${escapeLike(w)}%`}`), sql` and `);
}

/** The status as it stood on `asOf` (replayed from the history), or the current one. */
export function statusExpr(asOf?: string): SQL {
  if (!asOf) return sql`i.status`;
  return statusOnExpr(sql`${asOf}::date`);
}

/**
 * The status on `day` (an SQL date expression): the last status change effective on or before it, the later-entered
 * one winning a tie; null before the first. A date of lower precision counts from the first day of its period.
 */
export function statusOnExpr(day: SQL): SQL {
  return sql`(select sc.to_status from status_changes sc where sc.initiative_id = i.id and sc.effective_on <= ${day}
              order by sc.effective_on desc, sc.id desc limit 1)`;
}

/** As-of views hide an initiative until it was announced (undated ones count from their first status change). */
export function announcedByExpr(day: SQL): SQL {
  return sql`(i.first_announced_on is null or i.first_announced_on <= ${day})`;
}

/** The latest evidence date, as of `asOf` when given. */
export function lastEvidenceExpr(asOf?: string): SQL {
  if (!asOf) return sql`s.last_evidence_on`;
  return sql`(select max(so.published_on) from citations c join sources so on so.id = c.source_id
              where c.initiative_id = i.id and so.published_on <= ${asOf}::date)`;
}

/** "Possibly stalled": unfinished, and no evidence newer than STALLED_AFTER_MONTHS before the reference date. */
export function possiblyStalledExpr(asOf?: string): SQL {
  const months = getEnv().STALLED_AFTER_MONTHS;
  const reference = asOf ? sql`${asOf}::date` : sql`current_date`;
  const finished = sql.join(FINISHED_STATUSES.map((s) => sql`${s}`), sql`, `);
  return sql`(${statusExpr(asOf)} not in (${finished})
    and coalesce(${lastEvidenceExpr(asOf)}, i.first_announced_on, '1900-01-01'::date) < (${reference} - make_interval(months => ${months}))::date)`;
}

/**
 * Below this many initiatives found by the search's exact ways of matching, it also tolerates typos (names within
 * pg_trgm's word similarity, "Jakrta"). Above it, typo tolerance would add near-misses to an already long answer, and
 * it is the dearest test there is: ~10 µs per candidate name, half of a broad query's time at 10,000 initiatives
 * (ARCHITECTURE P7).
 */
export const FUZZY_BELOW = 20;

/**
 * Whether the search text matches this initiative anywhere: names/aliases (incl. typos when the exact ways find
 * fewer than FUZZY_BELOW), text, domain and country vocabulary, or a citing source. A union of one index scan per way
 * of matching (document GIN, names trigram GIN, sources GIN): OR-ing the same tests row by row defeats the indexes
 * and reads every document and every cited source's vector (10× slower at 10k). The union is evaluated once, as an
 * uncorrelated subquery; its typo branch only when the CASE reaches it.
 */
export function searchMatchExpr(q: string): SQL {
  return sql`i.id in (select unnest(${searchIdsArray(q)}))`;
}

/** The ids of every initiative the search text matches, as one int[] (searchMatchExpr). */
function searchIdsArray(q: string): SQL {
  const vocabulary = vocabularyMatch(q);
  const exact = sql`${textMatchIds(q)}${vocabulary ? sql` union select initiative_id from initiative_search where ${vocabulary}` : sql``}
    union select c.initiative_id from citations c join sources so on so.id = c.source_id
          where so.search_vector @@ ${tsQuery(q)}`;
  return sql`(with exact as (${exact})
    select case when count(*) >= ${FUZZY_BELOW} then array_agg(initiative_id)
      else array(select initiative_id from exact
                 union select initiative_id from initiative_search where ${fuzzyNameMatch(q)}) end
    from exact)`;
}

/**
 * The ways of matching that read only initiative_search, one index scan each, as a union of initiative ids: the
 * document (three text-search configurations), names and aliases without diacritics, Chinese and Japanese text as a
 * substring, and Thai, Lao, Khmer and Burmese words. One table's conditions OR-ed would be a BitmapOr instead, which
 * rechecks every condition on every row it reads (detoasting each body): 13.6 against 9.7 ms for "data centre" at 10k.
 */
function textMatchIds(q: string): SQL {
  const like = `%${escapeLike(q)}%`;
  const cjk = CJK.test(q) ? sql` union select initiative_id from initiative_search where body ilike ${like}` : sql``;
  const namesWords = unspacedWordsMatch(sql`names`, q);
  const bodyWords = unspacedWordsMatch(sql`body`, q);
  const unspaced =
    namesWords && bodyWords
      ? sql` union select initiative_id from initiative_search where ${namesWords}
    union select initiative_id from initiative_search where ${bodyWords}`
      : sql``;
  return sql`select initiative_id from initiative_search where document @@ ${tsQuery(q)}
    union select initiative_id from initiative_search where names_folded ilike ${foldedLike(q)}${cjk}${unspaced}`;
}

/**
 * A query made only of domain and country terms, in any language the lexicons hold (lib/search/vocabulary.ts):
 * the initiatives with one of those domains and one of those countries. Null for any other query.
 */
export function vocabularyMatch(q: string): SQL | null {
  const reading = readVocabulary(q);
  if (!reading) return null;
  const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
  const parts: SQL[] = [];
  if (reading.domains.length) parts.push(sql`domain_slugs && array[${list(reading.domains)}]::text[]`);
  if (reading.countries.length) parts.push(sql`country_codes && array[${list(reading.countries)}]::text[]`);
  return sql.join(parts, sql` and `);
}

/** Relevance: names first (exact substring, then fuzzy), then weighted text rank; source-only matches last. */
export function relevanceExpr(q: string): SQL {
  return sql`(case when s.names_folded ilike ${foldedLike(q)} then 1.0 else 0 end
    + word_similarity(${foldDiacritics(q)}, s.names_folded)
    + ts_rank(s.document, ${tsQuery(q)}))`;
}

/**
 * A text search already evaluated for this request: the ids of the matching initiatives. The list's page, its total
 * and every facet count reuse it instead of running the search again in each of their statements.
 */
export type ResolvedSearch = { ids: number[] };

/**
 * The statement that evaluates the search once: one row, `ids`, the matching initiatives' ids as an array. Every
 * branch of the union yields ids of existing initiatives (foreign keys), so it is not joined back to `initiatives`:
 * that join cost an index probe per match (2,050 for "data centre" at 10k) and, planned with sequential scans off,
 * two thirds of the statement's planning time (PGlite at 10k: 15–22 → 5 ms).
 */
export function searchIdsQuery(q: string): SQL {
  return sql`select ${searchIdsArray(q)} as ids`;
}

/**
 * The search's parts the facet index cannot answer, for resolving it with the index (ARCHITECTURE P8): the initiatives
 * whose own text matches (`ids`) and the sources whose text matches (`sources`), whose citing initiatives and the
 * vocabulary's the index supplies. Joining the sources to their citations here took half of searchIdsQuery's time (an
 * index probe per matching source: 1,013 for "data centre" at 10k).
 */
export function searchPartsQuery(q: string): SQL {
  return sql`select array(${textMatchIds(q)}) as ids, array(select id from sources where search_vector @@ ${tsQuery(q)}) as sources`;
}

/** Names or aliases within pg_trgm's word similarity of the search text: typo tolerance. */
function fuzzyNameMatch(q: string): SQL {
  return sql`${foldDiacritics(q)} <% names_folded`;
}

/** The initiatives whose names or aliases the search text matches with a typo (fuzzyNameMatch). */
export function fuzzyNameIdsQuery(q: string): SQL {
  return sql`select array(select initiative_id from initiative_search where ${fuzzyNameMatch(q)}) as ids`;
}

/**
 * The condition of one facet's own filter, or undefined when it is not set. Domains, countries, actors and source
 * types are arrays on the search row (refresh_initiative_facets, ARCHITECTURE P5): one `&&` on a GIN-indexed column
 * instead of a join with the link tables or with citations × sources.
 */
export function facetCondition(filters: InitiativeFilters, key: FacetKey): SQL | undefined {
  const values = filters[key];
  if (!values.length) return undefined;
  const list = sql.join(values.map((v) => sql`${v}`), sql`, `);
  switch (key) {
    case "domain":
      return sql`s.domain_slugs && array[${list}]::text[]`;
    case "country":
      return sql`s.country_codes && array[${list}]::text[]`;
    case "status":
      // Compared as the enum when it is the column itself: the planner then uses its statistics (a ::text cast makes
      // it guess 0.5 % of rows, e.g. 50 for 4,033 "in-progress" of 10,000, and plan nested loops for them).
      return filters.asOf ? sql`${statusExpr(filters.asOf)}::text in (${list})` : sql`i.status in (${list})`;
    case "actor":
      return sql`s.actor_ids && array(select a.id from actors a where a.slug in (${list}))`;
    case "sourceType":
      return sql`s.source_types && array[${list}]::text[]`;
  }
}

/**
 * WHERE conditions for the filters. `except` leaves one facet's own filter out, so that facet's counts show what
 * choosing another value would give (multi-select within a facet is OR, across facets AND).
 */
export function filterConditions(filters: InitiativeFilters, except?: FacetKey, search?: ResolvedSearch): SQL[] {
  const facets = LIST_PARAMS.filter((key) => key !== except).map((key) => facetCondition(filters, key));
  return [...baseConditions(filters, search), ...facets.filter((c) => c !== undefined)];
}

/** `i.id` among `ids`: an int[] literal passed as one text parameter, the same on node-postgres and PGlite, whatever the count. */
export function initiativeIdIn(ids: Iterable<number>): SQL {
  return sql`i.id = any(${`{${[...ids].join(",")}}`}::int[])`;
}

/** The conditions of every filter that is not a facet: as of, search, announced range, possibly stalled. */
export function baseConditions(filters: InitiativeFilters, search?: ResolvedSearch): SQL[] {
  const out: SQL[] = [];
  if (filters.asOf) {
    out.push(sql`${statusExpr(filters.asOf)} is not null`);
    out.push(announcedByExpr(sql`${filters.asOf}::date`));
  }
  if (filters.q) out.push(search ? initiativeIdIn(search.ids) : searchMatchExpr(filters.q));
  const range = announcedRange(filters);
  if (range.from) out.push(sql`i.first_announced_on >= ${range.from}::date`);
  if (range.to) out.push(sql`i.first_announced_on <= ${range.to}::date`);
  if (filters.stalled) out.push(possiblyStalledExpr(filters.asOf));
  if (filters.scope) out.push(scopeCondition(filters.scope));
  return out;
}

export function scopeCondition(scope: ScopeFilter, alias = sql`i`): SQL {
  return scope === "local" ? sql`${alias}.scope <> 'region-wide'` : sql`${alias}.scope = 'region-wide'`;
}

export function whereClause(conditions: SQL[]): SQL {
  return conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
}

/** FROM clause every filtered query starts with. */
export const FILTERED_FROM = sql`from initiatives i join initiative_search s on s.initiative_id = i.id`;

/** ORDER BY for the list's sort, shared by every view that lists initiatives in the list's order (pages, exports). */
export function orderByExpr(filters: InitiativeFilters): SQL {
  switch (effectiveSort(filters)) {
    // Each ends with the id: initiatives of the same name keep one order, so pages neither repeat nor skip them.
    case "relevance":
      return sql`${relevanceExpr(filters.q ?? "")} desc, i.name asc, i.id asc`;
    case "name":
      return sql`i.name asc, i.id asc`;
    case "first-announced":
      return sql`i.first_announced_on desc nulls last, i.name asc, i.id asc`;
    case "last-evidence":
      return sql`${lastEvidenceExpr(filters.asOf)} desc nulls last, i.name asc, i.id asc`;
  }
}
