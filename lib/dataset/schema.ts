// The dataset release format: every public table, rows in primary-key order, columns by their SQL names.
// Accounts, sessions, API tokens, the audit log and the changelog (which points into the audit log) are never in it.
import { z } from "zod";
import { named } from "@/lib/api/schemas";

export const DATASET_SCHEMA_VERSION = 1;

/** Tables in dependency order (import inserts in this order), each with its key columns and excluded columns. */
export const DATASET_TABLES = [
  { name: "domains", orderBy: "slug" },
  { name: "countries", orderBy: "code" },
  { name: "actors", orderBy: "id" },
  { name: "initiatives", orderBy: "id" },
  { name: "aliases", orderBy: "id" },
  { name: "initiative_domains", orderBy: "initiative_id, domain_slug" },
  { name: "initiative_countries", orderBy: "initiative_id, country_code, role" },
  { name: "initiative_actors", orderBy: "initiative_id, actor_id, role" },
  { name: "sources", orderBy: "id", exclude: ["search_vector"] },
  { name: "milestones", orderBy: "id" },
  { name: "status_changes", orderBy: "id", exclude: ["created_by_id"] },
  { name: "citations", orderBy: "id" },
] as const satisfies readonly { name: string; orderBy: string; exclude?: readonly string[] }[];

export type DatasetTableName = (typeof DATASET_TABLES)[number]["name"];
export const IDENTITY_TABLES = ["actors", "initiatives", "aliases", "sources", "milestones", "status_changes", "citations"] as const;

const row = z.record(z.string(), z.unknown());

export const datasetSchema = named(
  "Dataset",
  z.object({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    generatedAt: z.iso.datetime({ offset: true }).nullable(),
    tables: z.object(Object.fromEntries(DATASET_TABLES.map((t) => [t.name, z.array(row)])) as Record<DatasetTableName, z.ZodArray<typeof row>>),
  }),
  "The whole public dataset. Rows are keyed by SQL column name; dates are YYYY-MM-DD, timestamps ISO 8601 in UTC.",
);

export type Dataset = z.infer<typeof datasetSchema>;
