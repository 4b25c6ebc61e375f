// Strict query parsing for the API's smaller endpoints, with the same contract as parseFiltersStrict: an unknown,
// repeated or malformed parameter is a 400 whose message names it. Never a 500 for bad input.
import { z } from "zod";
import { PG_INT_MAX } from "@/lib/editorial/fields";
import { AppError } from "@/lib/errors";
import { initiativeFiltersSchema, KNOWN_PARAMS } from "@/lib/initiatives/filters";
import { queryIntegerSchema } from "./query-params";

export const asOfQuerySchema = z.object({ asOf: initiativeFiltersSchema.shape.asOf });
export const emptyQuerySchema = z.object({});
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use a lower-case slug.").max(120);
export const idSchema = queryIntegerSchema(1, PG_INT_MAX);

/** The list's filters without paging: exports and feeds cover the whole view. */
export const VIEW_PARAMS = KNOWN_PARAMS.filter((k) => k !== "page" && k !== "pageSize");
export const viewQuerySchema = initiativeFiltersSchema.omit({ page: true, pageSize: true });

export function unknownParameters(params: URLSearchParams, allowed: readonly string[]): never | void {
  const unknown = [...new Set([...params.keys()].filter((k) => !allowed.includes(k)))];
  if (unknown.length) {
    throw new AppError("bad_request", `Unknown parameter${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`, {
      parameters: unknown,
      allowed,
    });
  }
}

export function parseQueryStrict<S extends z.ZodObject>(params: URLSearchParams, schema: S): z.infer<S> {
  const allowed = Object.keys(schema.shape);
  unknownParameters(params, allowed);
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) throw new AppError("bad_request", `Parameter ${key} may appear only once.`, { parameters: [key] });
    if (values[0]!.trim() !== "") raw[key] = values[0]!;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), message: i.message }));
    const names = [...new Set(issues.map((i) => i.parameter))];
    throw new AppError("bad_request", `Invalid value for ${names.join(", ")}: ${issues.map((i) => `${i.parameter}: ${i.message}`).join("; ")}`, {
      parameters: issues,
    });
  }
  return parsed.data;
}

/** A path segment that must match a schema; anything else is a 404 (the resource cannot exist), not a 400. */
export function parsePathParam<T>(value: string, schema: z.ZodType<T>, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("not_found", `No ${what} "${value.slice(0, 120)}".`);
  return parsed.data;
}

/** The dashboard's aggregates ignore sorting too. */
export const STATS_PARAMS = VIEW_PARAMS.filter((k) => k !== "sort");
export const statsQuerySchema = viewQuerySchema.omit({ sort: true });
