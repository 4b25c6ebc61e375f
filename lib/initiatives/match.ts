import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { escapeLike, tsQuery } from "./conditions";

/**
 * Why a search result matched: the passage, with the matched words between HIGHLIGHT_START and HIGHLIGHT_END
 * (control characters that cannot occur in stored text, so rendering can split on them without parsing HTML).
 */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

export type MatchExplanation = {
  field: "name" | "text" | "source";
  snippet: string;
  source: { id: number; title: string; publisher: string } | null;
};

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=1`;

function highlightSubstring(text: string, q: string): string {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return text;
  return `${text.slice(0, at)}${HIGHLIGHT_START}${text.slice(at, at + q.length)}${HIGHLIGHT_END}${text.slice(at + q.length)}`;
}

/** For each given initiative: the best explanation of the match, computed only for the page being shown. */
export async function getMatchExplanations(db: DbOrTx, q: string, ids: number[]): Promise<Map<number, MatchExplanation>> {
  if (!ids.length) return new Map();
  const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const like = `%${escapeLike(q)}%`;
  const rows = await queryRows<{
    id: number;
    names: string;
    name_match: boolean;
    text_headline: string | null;
    body_like: boolean;
    body: string;
    source_id: number | null;
    source_title: string | null;
    source_publisher: string | null;
    source_headline: string | null;
  }>(
    db,
    // Headlines are the costly part: each is computed only when no earlier explanation in the order below applies
    // (a name match needs neither; a highlighted text headline or a substring in the text needs no source).
    sql`select m.id, m.names, m.body, m.name_match, m.text_headline, m.body_like,
          src.id as source_id, src.title as source_title, src.publisher as source_publisher, src.headline as source_headline
        from (select s.initiative_id as id, s.names, s.body,
                (s.names ilike ${like} or ${q} <% s.names) as name_match, s.body ilike ${like} as body_like,
                case when not (s.names ilike ${like} or ${q} <% s.names) and s.document @@ ${tsQuery(q)}
                  then ts_headline('simple', s.body, ${tsQuery(q)}, ${HEADLINE_OPTIONS}) end as text_headline
              from initiative_search s where s.initiative_id in (${idList})) m
        left join lateral (
          select so.id, so.title, so.publisher,
                 ts_headline('simple', coalesce(so.full_text, so.title), ${tsQuery(q)}, ${HEADLINE_OPTIONS}) as headline
          from citations c join sources so on so.id = c.source_id
          where not m.name_match and not m.body_like and coalesce(strpos(m.text_headline, ${HIGHLIGHT_START}), 0) = 0
            and c.initiative_id = m.id and so.search_vector @@ ${tsQuery(q)}
          order by ts_rank(so.search_vector, ${tsQuery(q)}) desc, so.id limit 1
        ) src on true`,
  );
  const out = new Map<number, MatchExplanation>();
  for (const r of rows) {
    if (r.name_match) {
      const parts = r.names.split(" | ");
      const best = parts.find((p) => p.toLowerCase().includes(q.toLowerCase())) ?? parts[0] ?? r.names;
      out.set(r.id, { field: "name", snippet: highlightSubstring(best, q), source: null });
    } else if (r.text_headline?.includes(HIGHLIGHT_START)) {
      out.set(r.id, { field: "text", snippet: r.text_headline, source: null });
    } else if (r.body_like) {
      const at = r.body.toLowerCase().indexOf(q.toLowerCase());
      const window = r.body.slice(Math.max(0, at - 60), at + q.length + 60);
      out.set(r.id, { field: "text", snippet: highlightSubstring(window, q), source: null });
    } else if (r.source_id !== null) {
      out.set(r.id, {
        field: "source",
        snippet: r.source_headline ?? r.source_title ?? "",
        source: { id: r.source_id, title: r.source_title ?? "", publisher: r.source_publisher ?? "" },
      });
    }
  }
  return out;
}
