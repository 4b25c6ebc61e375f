// Loads a dataset file into an empty tracker database in one transaction: rows inserted with their ids (reference
// vocabularies upserted, as migrations already hold them), identity sequences moved past the largest id, and the
// search rows — which triggers would rebuild per statement — derived once at the end.
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "@/db/client";
import { appMeta } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { DATASET_AS_OF_KEY, DATASET_VERSION_KEY } from "./release";
import { datasetColumns, quoteIdent } from "./columns";
import { DATASET_SCHEMA_VERSION, DATASET_TABLES, type Dataset, datasetSchema, IDENTITY_TABLES } from "./schema";

const REFERENCE_KEYS: Record<string, string> = { domains: "slug", countries: "code" };

export function parseDataset(text: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The dataset file is not valid JSON.");
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== DATASET_SCHEMA_VERSION) {
    throw new AppError("bad_request", `Dataset schema version ${String(version)} is not supported (this tracker reads version ${DATASET_SCHEMA_VERSION}).`);
  }
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", `Not a tracker dataset: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export async function importDataset(db: Db, dataset: Dataset): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const [existing] = await queryRows<{ n: number }>(
      tx,
      sql`select (select count(*) from initiatives) + (select count(*) from sources) + (select count(*) from actors) as n`,
    );
    if (Number(existing?.n ?? 0) > 0) throw new AppError("conflict", "The database already holds initiatives, sources or actors: import only into an empty tracker.");
    await tx.execute(sql`set local tracker.defer_search = 'on'`);
    await tx.execute(sql`set local timezone = 'UTC'`);
    const counts: Record<string, number> = {};
    for (const table of DATASET_TABLES) {
      const rows = dataset.tables[table.name];
      counts[table.name] = rows.length;
      if (!rows.length) continue;
      const columns = await datasetColumns(tx, table.name);
      const unknown = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => !columns.includes(c));
      if (unknown.length) throw new AppError("bad_request", `Table ${table.name} has no column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}.`);
      const list = columns.map(quoteIdent).join(", ");
      const name = quoteIdent(table.name);
      const key = REFERENCE_KEYS[table.name];
      const upsert = key
        ? `on conflict (${quoteIdent(key)}) do update set ${columns.filter((c) => c !== key).map((c) => `${quoteIdent(c)} = excluded.${quoteIdent(c)}`).join(", ")}`
        : "";
      await tx.execute(sql`${sql.raw(`insert into ${name} (${list}) select ${list} from json_populate_recordset(null::${name}, `)}${JSON.stringify(rows)}::json) ${sql.raw(upsert)}`);
    }
    for (const table of IDENTITY_TABLES) {
      await tx.execute(sql.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${quoteIdent(table)}), 0) + 1, false)`));
    }
    await tx.execute(sql`select refresh_initiative_search(array(select id from initiatives))`);
    if (dataset.release) {
      const release = { [DATASET_VERSION_KEY]: dataset.release.version, [DATASET_AS_OF_KEY]: dataset.release.asOf };
      for (const [key, value] of Object.entries(release)) {
        if (value !== null) await tx.insert(appMeta).values({ key, value }).onConflictDoUpdate({ target: appMeta.key, set: { value } });
      }
    }
    return counts;
  });
}
