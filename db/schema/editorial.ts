// The editorial workflow's own tables: personal API tokens, sign-in failure counters and the public changelog.
import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { userRoleEnum } from "./enums";
import { initiatives } from "./tracker";
import { auditLog, users } from "./users";

/** Personal API tokens. Only a SHA-256 hash is stored: the token itself is shown once, when created. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    /** The token's first characters, so a list can tell tokens apart without revealing them. */
    prefix: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

/** Failed sign-in attempts per key ("account:<email>" or "ip:<address>") in a fixed window; shared by all processes. */
export const signInFailures = pgTable("sign_in_failures", {
  key: text().primaryKey(),
  count: integer().notNull(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
});

/** A citation as it stood when the change was made, so the public changelog never changes after the fact. */
export type ChangelogCitation = {
  sourceId: number;
  sourceTitle: string;
  sourceUrl: string | null;
  quote: string | null;
  note: string | null;
};

/** The public projection of an initiative's audit entries: when, which role, what changed, with the citations. */
export const changelogEntries = pgTable(
  "changelog_entries",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    auditId: integer()
      .notNull()
      .unique()
      .references(() => auditLog.id, { onDelete: "cascade" }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    /** The initiative's version after the change: "what changed since version N" lists the entries above N. */
    version: integer().notNull(),
    role: userRoleEnum(),
    summary: text().notNull(),
    citations: jsonb().$type<ChangelogCitation[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("changelog_entries_initiative_idx").on(t.initiativeId, t.version)],
);

export type ApiToken = typeof apiTokens.$inferSelect;
export type ChangelogEntry = typeof changelogEntries.$inferSelect;
