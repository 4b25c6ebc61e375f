import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this: migrations are applied at run time by db/migrate.ts on either engine.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
