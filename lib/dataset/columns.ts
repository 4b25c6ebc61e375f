// The columns a table contributes to the dataset: every column the database has, in table order, minus the
// excluded ones (generated or private). Read from the catalog so both engines agree and new columns are not missed;
// the dataset test pins the list, so a schema change is reviewed before it reaches the public file.
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { DATASET_TABLES, type DatasetTableName } from "./schema";

export async function datasetColumns(db: DbOrTx, table: DatasetTableName): Promise<string[]> {
  const spec = DATASET_TABLES.find((t) => t.name === table)!;
  const exclude: readonly string[] = "exclude" in spec ? spec.exclude : [];
  const rows = await queryRows<{ column_name: string }>(
    db,
    sql`select column_name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER'
        order by ordinal_position`,
  );
  return rows.map((r) => r.column_name).filter((c) => !exclude.includes(c));
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
