// The only module that reads process.env. Validated once, at first use, with every problem reported together.
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === undefined || v === "" ? undefined : v === "true" || v === "1");

const envSchema = z
  .object({
    DATABASE_URL: z.string().trim().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    STALLED_AFTER_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    SEED_DEMO: booleanFlag,
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Accounts (lib/auth). Without AUTH_SECRET a random secret is generated once and kept in the database.
    AUTH_SECRET: z.string().trim().min(32, "must be at least 32 characters").optional().or(z.literal("").transform(() => undefined)),
    ADMIN_EMAIL: z.email().optional().or(z.literal("").transform(() => undefined)),
    ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").max(128).optional().or(z.literal("").transform(() => undefined)),
    // Limits (lib/security, lib/api/read-body.ts). Rate limits are requests per minute per client IP; 0 turns one off.
    RATE_LIMIT_EXTRACT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(10),
    RATE_LIMIT_EXPORT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(60),
    MAX_JSON_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
    MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).max(500_000_000).default(10_000_000),
    SEARCH_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    // Public reads cached per process, validated by the data's generation (lib/cache/read-cache.ts); 0 turns it off.
    READ_CACHE_MB: z.coerce.number().min(0).max(16_384).default(64),
    // List facet counts from a per-process snapshot kept at the data's generation (lib/initiatives/facet-index.ts).
    FACET_INDEX: booleanFlag,
    // Rendered pages kept by the server around Next.js (scripts/serve.mjs reads it at start; validated here too).
    PAGE_CACHE_MB: z.coerce.number().min(0).max(16_384).default(64),
  })
  .transform((env) => ({
    ...env,
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    SEED_DEMO: env.SEED_DEMO ?? true,
    FACET_INDEX: env.FACET_INDEX ?? true,
  }));

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}\nSee .env.example for the settings.`);
  }
  cached = parsed.data;
  return cached;
}

export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** DATABASE_URL unset or a path → embedded PGlite in that directory; postgres:// or postgresql:// → a server. */
export function parseDatabaseTarget(value: string | undefined): DatabaseTarget {
  const v = value?.trim();
  if (!v) return { kind: "pglite", dataDir: "./data/pglite" };
  if (/^postgres(ql)?:\/\//i.test(v)) return { kind: "postgres", url: v };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    throw new Error(`DATABASE_URL must be a filesystem path or a postgres:// URL, got a ${v.split(":")[0]}: URL.`);
  }
  return { kind: "pglite", dataDir: v.replace(/^file:/, "") };
}
