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
  { name: "initiative_sites", orderBy: "id" },
  { name: "milestones", orderBy: "id" },
  { name: "status_changes", orderBy: "id", exclude: ["created_by_id"] },
  { name: "citations", orderBy: "id" },
] as const satisfies readonly { name: string; orderBy: string; exclude?: readonly string[] }[];

export type DatasetTableName = (typeof DATASET_TABLES)[number]["name"];
export const IDENTITY_TABLES = ["actors", "initiatives", "aliases", "sources", "initiative_sites", "milestones", "status_changes", "citations"] as const;
/** Tables added after the first release of the format: a file written before them simply has none of their rows. */
const LATER_TABLES: readonly string[] = ["initiative_sites"];

const row = z.record(z.string(), z.unknown());

export const datasetSchema = named(
  "Dataset",
  z.object({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    generatedAt: z.iso.datetime({ offset: true }).nullable(),
    release: z
      .object({ version: z.string(), asOf: z.iso.date().nullable() })
      .nullable()
      .default(null)
      .describe("The release of the demo data this database holds (version and research as-of day); null for a team's own data."),
    tables: z.object(
      Object.fromEntries(DATASET_TABLES.map((t) => [t.name, LATER_TABLES.includes(t.name) ? z.array(row).default([]) : z.array(row)])) as Record<
        DatasetTableName,
        z.ZodArray<typeof row>
      >,
    ),
  }),
  "The whole public dataset. Rows are keyed by SQL column name; dates are YYYY-MM-DD, timestamps ISO 8601 in UTC.",
);

export type Dataset = z.infer<typeof datasetSchema>;
