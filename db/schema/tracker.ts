// The tracked data: initiatives and what is claimed about them. Every claim (existence, milestone, status change,
// country/domain/actor link) is supported by citations pointing at sources.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  char,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  actorKindEnum,
  actorRoleEnum,
  claimTypeEnum,
  countryRoleEnum,
  datePrecisionEnum,
  initiativeScopeEnum,
  milestoneKindEnum,
  siteKindEnum,
  sourceTypeEnum,
  statusEnum,
} from "./enums";
import { countries, domains } from "./reference";
import { tsvector } from "./types";
import { users } from "./users";

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};


export const initiatives = pgTable(
  "initiatives",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    summary: text().notNull(),
    status: statusEnum().notNull(),
    firstAnnouncedOn: date({ mode: "string" }),
    firstAnnouncedPrecision: datePrecisionEnum(),
    plannedStartOn: date({ mode: "string" }),
    plannedStartPrecision: datePrecisionEnum(),
    actualStartOn: date({ mode: "string" }),
    actualStartPrecision: datePrecisionEnum(),
    plannedEndOn: date({ mode: "string" }),
    plannedEndPrecision: datePrecisionEnum(),
    actualEndOn: date({ mode: "string" }),
    actualEndPrecision: datePrecisionEnum(),
    parentId: integer().references((): AnyPgColumn => initiatives.id, { onDelete: "set null" }),
    supersededById: integer().references((): AnyPgColumn => initiatives.id, { onDelete: "set null" }),
    /** Known conflicts between sources (two dates for one event, two names that may be one centre), shown, not hidden. */
    conflictNotes: text().array().notNull().default([]),
    /** Who it involves: ASEAN as a whole, several named members, or China and one member (the map's switch). */
    scope: initiativeScopeEnum().notNull().default("multi-country"),
    /**
     * When an editor last checked the status against the sources: the editors' word, distinct from the newest
     * evidence, so "nothing reported since March" can be told from "nobody looked".
     */
    reviewedOn: date({ mode: "string" }),
    /** Optimistic locking: every write must name the version it started from and increments it. */
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("initiatives_status_idx").on(t.status),
    index("initiatives_scope_idx").on(t.scope),
    index("initiatives_first_announced_idx").on(t.firstAnnouncedOn),
    index("initiatives_parent_idx").on(t.parentId),
    // Related initiatives look up successors by index (and deleting a successor sets this column to null).
    index("initiatives_superseded_by_idx").on(t.supersededById),
    check("initiatives_version_positive", sql`${t.version} > 0`),
    check("initiatives_first_announced_pair", sql`(${t.firstAnnouncedOn} is null) = (${t.firstAnnouncedPrecision} is null)`),
    check("initiatives_planned_start_pair", sql`(${t.plannedStartOn} is null) = (${t.plannedStartPrecision} is null)`),
    check("initiatives_actual_start_pair", sql`(${t.actualStartOn} is null) = (${t.actualStartPrecision} is null)`),
    check("initiatives_planned_end_pair", sql`(${t.plannedEndOn} is null) = (${t.plannedEndPrecision} is null)`),
    check("initiatives_actual_end_pair", sql`(${t.actualEndOn} is null) = (${t.actualEndPrecision} is null)`),
    check("initiatives_not_own_parent", sql`${t.parentId} is distinct from ${t.id}`),
  ],
);

export const actors = pgTable("actors", {
  id: integer().primaryKey().generatedByDefaultAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  kind: actorKindEnum().notNull(),
  countryCode: char({ length: 2 }).references(() => countries.code),
  description: text().notNull().default(""),
  ...timestamps,
});

/** Names of an initiative or an actor in other languages and spellings (中国—东盟信息港 = China-ASEAN Information Harbor). */
export const aliases = pgTable(
  "aliases",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer().references(() => initiatives.id, { onDelete: "cascade" }),
    actorId: integer().references(() => actors.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** ISO 639-1 code of the alias's language. */
    language: text().notNull(),
  },
  (t) => [
    check("aliases_one_owner", sql`num_nonnulls(${t.initiativeId}, ${t.actorId}) = 1`),
    uniqueIndex("aliases_initiative_name_idx").on(t.initiativeId, t.name),
    uniqueIndex("aliases_actor_name_idx").on(t.actorId, t.name),
  ],
);

export const initiativeDomains = pgTable(
  "initiative_domains",
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    domainSlug: text()
      .notNull()
      .references(() => domains.slug),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.domainSlug] }), index("initiative_domains_domain_idx").on(t.domainSlug)],
);

export const initiativeCountries = pgTable(
  "initiative_countries",
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    countryCode: char({ length: 2 })
      .notNull()
      .references(() => countries.code),
    role: countryRoleEnum().notNull().default("party"),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.countryCode, t.role] }),
    index("initiative_countries_country_idx").on(t.countryCode),
  ],
);

export const initiativeActors = pgTable(
  "initiative_actors",
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    actorId: integer()
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
    role: actorRoleEnum().notNull().default("participant"),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.actorId, t.role] }), index("initiative_actors_actor_idx").on(t.actorId)],
);

/** Articles and documents. The same content never enters twice (content hash), nor the same canonical URL. */
export const sources = pgTable(
  "sources",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    url: text(),
    canonicalUrl: text().unique(),
    title: text().notNull(),
    publisher: text().notNull(),
    publishedOn: date({ mode: "string" }),
    publishedPrecision: datePrecisionEnum(),
    /** ISO 639-1 code. */
    language: text().notNull(),
    sourceType: sourceTypeEnum().notNull(),
    /** ISO 3166-1 alpha-2 code of the publisher's home country: makes "ASEAN-side reporting" measurable. */
    publisherCountry: char({ length: 2 }),
    /** Full text where we hold it; citations' offsets index into it. */
    fullText: text(),
    /** SHA-256 of the normalised full text, or of the canonical URL when we hold no text. */
    contentHash: text().notNull().unique(),
    /** SHA-256 of the text without case, punctuation or spacing (lib/sources/identity.ts): finds near-identical copies. */
    textFingerprint: text(),
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', search_fold(coalesce(title, '') || ' ' || coalesce(publisher, ''))), 'A') || to_tsvector('english', coalesce(full_text, '')) || to_tsvector('german', coalesce(full_text, '')) || to_tsvector('simple', search_fold(coalesce(full_text, '')))`,
      ),
    ...timestamps,
  },
  (t) => [
    index("sources_search_idx").using("gin", t.searchVector),
    index("sources_published_idx").on(t.publishedOn),
    index("sources_type_idx").on(t.sourceType),
    index("sources_text_fingerprint_idx").on(t.textFingerprint),
    check("sources_published_pair", sql`(${t.publishedOn} is null) = (${t.publishedPrecision} is null)`),
    check("sources_publisher_country_code", sql`${t.publisherCountry} ~ '^[A-Z]{2}$'`),
    index("sources_publisher_country_idx").on(t.publisherCountry),
  ],
);

/**
 * Where a physical project is: a data centre's city, a centre's seat, a cable's landing points. A site is a claim:
 * it names the source that reports it. The country may lie outside the tracker's twelve (a cable lands in Japan).
 */
export const initiativeSites = pgTable(
  "initiative_sites",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    kind: siteKindEnum().notNull(),
    name: text().notNull(),
    city: text(),
    countryCode: char({ length: 2 }).notNull(),
    latitude: doublePrecision().notNull(),
    longitude: doublePrecision().notNull(),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
  },
  (t) => [
    index("initiative_sites_initiative_idx").on(t.initiativeId),
    index("initiative_sites_country_idx").on(t.countryCode),
    uniqueIndex("initiative_sites_name_idx").on(t.initiativeId, t.kind, t.name),
    check("initiative_sites_country_code", sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    check("initiative_sites_latitude", sql`${t.latitude} between -90 and 90`),
    check("initiative_sites_longitude", sql`${t.longitude} between -180 and 180`),
  ],
);

export const milestones = pgTable(
  "milestones",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    kind: milestoneKindEnum().notNull(),
    description: text().notNull(),
    occurredOn: date({ mode: "string" }).notNull(),
    precision: datePrecisionEnum().notNull(),
    /** Planned (a target date) rather than something that happened. */
    isPlanned: boolean().notNull().default(false),
    /** False for facts recalled without a source seen: shown as unverified. */
    isVerified: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    index("milestones_initiative_idx").on(t.initiativeId, t.occurredOn),
    // The dashboard's feed reads the newest milestones in this order, and its headline a recent date range.
    index("milestones_occurred_idx").on(t.occurredOn, t.id),
  ],
);

/** The status history. The initiative's current status is the `to` of its latest change. */
export const statusChanges = pgTable(
  "status_changes",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    fromStatus: statusEnum(),
    toStatus: statusEnum().notNull(),
    effectiveOn: date({ mode: "string" }).notNull(),
    effectivePrecision: datePrecisionEnum().notNull(),
    note: text().notNull(),
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("status_changes_initiative_idx").on(t.initiativeId, t.effectiveOn),
    // As milestones_occurred_idx, for status changes.
    index("status_changes_effective_idx").on(t.effectiveOn, t.id),
  ],
);

/**
 * A claim → a source, with the quoted passage. Exactly the foreign key that matches `claimType` is set
 * (initiativeId is always set: every claim concerns one initiative). Offsets index into sources.full_text.
 */
export const citations = pgTable(
  "citations",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    claimType: claimTypeEnum().notNull(),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    milestoneId: integer().references(() => milestones.id, { onDelete: "cascade" }),
    statusChangeId: integer().references(() => statusChanges.id, { onDelete: "cascade" }),
    countryCode: char({ length: 2 }).references(() => countries.code),
    domainSlug: text().references(() => domains.slug),
    actorId: integer().references(() => actors.id, { onDelete: "cascade" }),
    /** Verbatim passage from the source; null when we neither hold the text nor have a verbatim quote. */
    quote: text(),
    quoteStart: integer(),
    quoteEnd: integer(),
    /** Editor's or researcher's note on what the source says, used when no verbatim quote is available. */
    note: text(),
    isVerified: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("citations_initiative_idx").on(t.initiativeId),
    index("citations_source_idx").on(t.sourceId),
    index("citations_milestone_idx").on(t.milestoneId),
    index("citations_status_change_idx").on(t.statusChangeId),
    check(
      "citations_claim_target",
      sql`case ${t.claimType}
        when 'initiative' then num_nonnulls(${t.milestoneId}, ${t.statusChangeId}, ${t.countryCode}, ${t.domainSlug}, ${t.actorId}) = 0
        when 'milestone' then ${t.milestoneId} is not null and num_nonnulls(${t.statusChangeId}, ${t.countryCode}, ${t.domainSlug}, ${t.actorId}) = 0
        when 'status-change' then ${t.statusChangeId} is not null and num_nonnulls(${t.milestoneId}, ${t.countryCode}, ${t.domainSlug}, ${t.actorId}) = 0
        when 'country' then ${t.countryCode} is not null and num_nonnulls(${t.milestoneId}, ${t.statusChangeId}, ${t.domainSlug}, ${t.actorId}) = 0
        when 'domain' then ${t.domainSlug} is not null and num_nonnulls(${t.milestoneId}, ${t.statusChangeId}, ${t.countryCode}, ${t.actorId}) = 0
        when 'actor' then ${t.actorId} is not null and num_nonnulls(${t.milestoneId}, ${t.statusChangeId}, ${t.countryCode}, ${t.domainSlug}) = 0
      end`,
    ),
    check(
      "citations_offsets",
      sql`(${t.quoteStart} is null and ${t.quoteEnd} is null) or (${t.quote} is not null and ${t.quoteStart} >= 0 and ${t.quoteEnd} > ${t.quoteStart})`,
    ),
    check("citations_has_evidence", sql`${t.quote} is not null or ${t.note} is not null`),
  ],
);

/** Small key/value facts about the database itself (e.g. when the demo seed ran). */
export const appMeta = pgTable("app_meta", {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Initiative = typeof initiatives.$inferSelect;
export type NewInitiative = typeof initiatives.$inferInsert;
export type Actor = typeof actors.$inferSelect;
export type InitiativeSite = typeof initiativeSites.$inferSelect;
export type NewActor = typeof actors.$inferInsert;
export type Alias = typeof aliases.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type Milestone = typeof milestones.$inferSelect;
export type NewMilestone = typeof milestones.$inferInsert;
export type StatusChange = typeof statusChanges.$inferSelect;
export type NewStatusChange = typeof statusChanges.$inferInsert;
export type Citation = typeof citations.$inferSelect;
export type NewCitation = typeof citations.$inferInsert;
