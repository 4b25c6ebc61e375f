import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { detectLanguage } from "@/lib/ingest/extract/language";
import { foldDiacritics } from "@/lib/search/fold";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  containsTerms,
  firstTermAt,
  highlightTerms,
  matchesOnlyFolded,
  queryTerms,
  remarkFolded,
} from "@/lib/search/highlight";
import { readVocabulary, type VocabularyReading } from "@/lib/search/vocabulary";
import { COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, type DomainSlug } from "@/lib/vocabulary/domains";
import { escapeLike, foldedLike, tsQuery, unspacedWordsMatch } from "./conditions";

export { HIGHLIGHT_END, HIGHLIGHT_START };

/**
 * Why a search result matched: the field (the initiative's name, one of its aliases, its description and milestones,
 * or a cited source), the language of what matched (ISO 639-1; null when unknown), and the passage, with the matched
 * words between HIGHLIGHT_START and HIGHLIGHT_END (control characters that cannot occur in stored text, so rendering
 * can split on them without parsing HTML).
 */
export type MatchExplanation = {
  field: "name" | "alias" | "text" | "source" | "domain" | "country";
  language: string | null;
  snippet: string;
  source: { id: number; title: string; publisher: string } | null;
};

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=1`;
/** Shorter passages are too little for franc: their language is left unknown rather than guessed. */
const MIN_DETECT_LETTERS = 20;

function languageOf(snippet: string): string | null {
  const plain = snippet.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
  if ((plain.match(/\p{L}/gu)?.length ?? 0) < MIN_DETECT_LETTERS) return null;
  const language = detectLanguage(plain);
  return language === "und" ? null : language;
}

type Row = {
  id: number;
  name: string;
  names: string;
  name_match: boolean;
  text_headline: string | null;
  body_like: boolean;
  body: string;
  source_id: number | null;
  source_title: string | null;
  source_publisher: string | null;
  source_language: string | null;
  source_headline: string | null;
};

/** For each given initiative: the best explanation of the match, computed only for the page being shown. */
export async function getMatchExplanations(
  db: DbOrTx,
  q: string,
  ids: number[],
): Promise<Map<number, MatchExplanation>> {
  if (!ids.length) return new Map();
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const folded = foldDiacritics(q);
  const namesWords = unspacedWordsMatch(sql`s.names`, q);
  const bodyWords = unspacedWordsMatch(sql`s.body`, q);
  const nameMatch = sql`(s.names_folded ilike ${foldedLike(q)} or ${folded} <% s.names_folded${namesWords ? sql` or (${namesWords})` : sql``})`;
  // The body as written; matched without diacritics below, in JavaScript, on the body this query returns anyway:
  // folding ~25 bodies of ~3 kB in SQL (translate) cost ~130 ms at 10,000 initiatives. Where only the folded body
  // matches, the source headline may be computed without being needed; the explanation chosen is the same.
  const bodyMatch = sql`(s.body ilike ${`%${escapeLike(q)}%`}${bodyWords ? sql` or (${bodyWords})` : sql``})`;
  const [rows, aliases] = await Promise.all([
    queryRows<Row>(
      db,
      // Headlines are the costly part: each is computed only when no earlier explanation in the order below applies
      // (a name match needs neither; a highlighted text headline or a substring in the text needs no source).
      sql`select m.id, m.name, m.names, m.body, m.name_match, m.text_headline, m.body_like,
            src.id as source_id, src.title as source_title, src.publisher as source_publisher,
            src.language as source_language, src.headline as source_headline
          from (select s.initiative_id as id, i.name, s.names, s.body, ${nameMatch} as name_match, ${bodyMatch} as body_like,
                  case when not ${nameMatch} and s.document @@ ${tsQuery(q)}
                    then ts_headline('simple', s.body, ${tsQuery(q)}, ${HEADLINE_OPTIONS}) end as text_headline
                from initiative_search s join initiatives i on i.id = s.initiative_id
                where s.initiative_id in (${idList})) m
          left join lateral (
            select so.id, so.title, so.publisher, so.language,
                   ts_headline('simple', coalesce(so.full_text, so.title), ${tsQuery(q)}, ${HEADLINE_OPTIONS}) as headline
            from citations c join sources so on so.id = c.source_id
            where not m.name_match and not m.body_like and coalesce(strpos(m.text_headline, ${HIGHLIGHT_START}), 0) = 0
              and c.initiative_id = m.id and so.search_vector @@ ${tsQuery(q)}
            order by ts_rank(so.search_vector, ${tsQuery(q)}) desc, so.id limit 1
          ) src on true`,
    ),
    queryRows<{ initiative_id: number; name: string; language: string }>(
      db,
      sql`select initiative_id, name, language from aliases where initiative_id in (${idList}) order by id`,
    ),
  ]);
  const terms = queryTerms(q);
  const out = new Map<number, MatchExplanation>();
  for (const r of rows) {
    const own = aliases.filter((a) => a.initiative_id === r.id);
    if (r.name_match) {
      // The name or alias containing the query; a fuzzy-only match (a typo) shows the closest-looking one, the name.
      const candidates = [
        { name: r.name, language: null as string | null, isAlias: false },
        ...own.map((a) => ({ name: a.name, language: a.language, isAlias: true })),
      ];
      const best = candidates.find((c) => containsTerms(c.name, terms)) ?? candidates[0]!;
      out.set(r.id, {
        field: best.isAlias ? "alias" : "name",
        language: best.isAlias ? best.language : null,
        snippet: highlightTerms(best.name, terms),
        source: null,
      });
    } else if (r.text_headline?.includes(HIGHLIGHT_START) && !matchesOnlyFolded(r.body, q)) {
      out.set(r.id, { field: "text", language: languageOf(r.text_headline), snippet: r.text_headline, source: null });
    } else if (r.body_like || foldDiacritics(r.body).toLowerCase().includes(foldDiacritics(q).toLowerCase())) {
      const at = Math.max(0, firstTermAt(r.body, terms));
      const window = r.body.slice(Math.max(0, at - 60), at + q.length + 60);
      out.set(r.id, {
        field: "text",
        language: languageOf(window),
        snippet: highlightTerms(window, terms),
        source: null,
      });
    } else if (r.source_id !== null) {
      out.set(r.id, {
        field: "source",
        language: r.source_language,
        snippet: remarkFolded(r.source_headline ?? r.source_title ?? "", q),
        source: { id: r.source_id, title: r.source_title ?? "", publisher: r.source_publisher ?? "" },
      });
    }
  }
  // What only the vocabulary explains: the query named a domain or a country (in any language), nothing more.
  const reading = readVocabulary(q);
  if (reading) for (const id of ids) if (!out.has(id)) out.set(id, vocabularyExplanation(reading));
  return out;
}

/** "cáp quang biển → Submarine cables": each term of the query as typed, and what the tracker calls it. */
function vocabularyExplanation(reading: VocabularyReading): MatchExplanation {
  const first = reading.terms.find((t) => t.kind === "domain") ?? reading.terms[0]!;
  const label = (t: VocabularyReading["terms"][number]) =>
    t.kind === "domain" ? DOMAIN_INFO[t.value as DomainSlug].label : COUNTRY_INFO[t.value as CountryCode].nameEn;
  const seen = new Set<string>();
  const parts = reading.terms.flatMap((t) => {
    if (seen.has(t.kind + t.value)) return [];
    seen.add(t.kind + t.value);
    return [`${HIGHLIGHT_START}${t.text}${HIGHLIGHT_END} → ${label(t)}`];
  });
  return { field: first.kind, language: first.language, snippet: parts.join("; "), source: null };
}
