import { customType } from "drizzle-orm/pg-core";

/** PostgreSQL's tsvector, which drizzle-orm has no built-in column for. */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
