// Search support. `initiative_search` is a derived row per initiative (names, document vector, last evidence),
// kept current by triggers (db/migrations/*_search_triggers.sql), so every write path — editor, API, import,
// seed — updates search without having to remember to.
import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { initiatives } from "./tracker";
import { tsvector } from "./types";

export const initiativeSearch = pgTable(
  "initiative_search",
  {
    initiativeId: integer()
      .primaryKey()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    /** Name and every alias, " | "-separated: trigram matching for typos, compounds and CJK substrings. */
    names: text().notNull(),
    /** The names without diacritics (search_fold), stored once per write: what name searches compare (0014). */
    namesFolded: text()
      .notNull()
      .generatedAlwaysAs(sql`search_fold(names)`),
    /** Summary, milestone descriptions and cited quotes/notes: the text search highlights come from. */
    body: text().notNull(),
    /** english + german + simple vectors of names (A), summary (B) and body (C). */
    document: tsvector().notNull(),
    /** Latest publication date among the sources citing the initiative, or its latest actual milestone. */
    lastEvidenceOn: date({ mode: "string" }),
    evidenceCount: integer().notNull().default(0),
    // The list's facets and filters (db/migrations/0007_facet_arrays.sql, refresh_initiative_facets): one row per
    // initiative holds what would otherwise be joins of the link tables and of citations × sources.
    domainSlugs: text().array().notNull().default(sql`'{}'`),
    /** Distinct, whatever the roles. */
    countryCodes: text().array().notNull().default(sql`'{}'`),
    /** Distinct actors linked in initiative_actors, whatever the roles. */
    actorIds: integer().array().notNull().default(sql`'{}'`),
    /** Distinct types of the sources citing the initiative (any claim). */
    sourceTypes: text().array().notNull().default(sql`'{}'`),
  },
  (t) => [
    index("initiative_search_document_idx").using("gin", t.document),
    index("initiative_search_names_trgm_idx").using("gin", sql`${t.names} gin_trgm_ops`),
    // Chinese text has no word breaks for the text-search configurations: a CJK query is a substring match on the
    // body (searchMatchExpr), which this index answers (10k: 220 → 8 ms on PostgreSQL for "数据中心").
    index("initiative_search_body_trgm_idx").using("gin", sql`${t.body} gin_trgm_ops`),
    // Names compared without diacritics ("cap quang bien" finds "Cáp quang biển"); search_fold is defined in 0012.
    index("initiative_search_names_folded_trgm_idx").using("gin", sql`${t.namesFolded} gin_trgm_ops`),
    index("initiative_search_last_evidence_idx").on(t.lastEvidenceOn),
    index("initiative_search_domain_slugs_idx").using("gin", t.domainSlugs),
    index("initiative_search_country_codes_idx").using("gin", t.countryCodes),
    index("initiative_search_actor_ids_idx").using("gin", t.actorIds),
    index("initiative_search_source_types_idx").using("gin", t.sourceTypes),
  ],
);
