// Reads the whole public dataset: every table in DATASET_TABLES, rows in key order, as PostgreSQL renders them to
// JSON in UTC (timestamps keep their microseconds), so export → import → export is byte-identical on either engine.
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "@/db/client";
import { datasetColumns, quoteIdent } from "./columns";
import { getDatasetRelease } from "./release";
import { DATASET_SCHEMA_VERSION, DATASET_TABLES, type Dataset, type DatasetTableName } from "./schema";

export async function exportDataset(db: Db, options: { generatedAt: string | null }): Promise<Dataset> {
  const tables = await db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    await tx.execute(sql`set local datestyle = 'ISO, YMD'`);
    const out = {} as Record<DatasetTableName, Record<string, unknown>[]>;
    for (const table of DATASET_TABLES) {
      const columns = (await datasetColumns(tx, table.name)).map(quoteIdent).join(", ");
      const order = table.orderBy.split(",").map((c) => `t.${quoteIdent(c.trim())}`).join(", ");
      const [row] = await queryRows<{ rows: Record<string, unknown>[] | null }>(
        tx,
        sql.raw(`select json_agg(t order by ${order}) as rows from (select ${columns} from ${quoteIdent(table.name)}) t`),
      );
      out[table.name] = row?.rows ?? [];
    }
    return out;
  });
  return { schemaVersion: DATASET_SCHEMA_VERSION, generatedAt: options.generatedAt, release: await getDatasetRelease(db), tables };
}

/** JSON with one row per line: readable, diffable between releases, and stable (same data → same bytes). */
export function serializeDataset(dataset: Dataset): string {
  const tables = Object.entries(dataset.tables)
    .map(([name, rows]) => `    ${JSON.stringify(name)}: [${rows.length ? `\n${rows.map((r) => `      ${JSON.stringify(r)}`).join(",\n")}\n    ` : ""}]`)
    .join(",\n");
  return `{\n  "schemaVersion": ${dataset.schemaVersion},\n  "generatedAt": ${JSON.stringify(dataset.generatedAt)},\n  "release": ${JSON.stringify(dataset.release)},\n  "tables": {\n${tables}\n  }\n}\n`;
}
