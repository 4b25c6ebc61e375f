// Query parameters of the export URLs: a view is the list's filters without paging (every matching row);
// the sources and citation formats can instead name one initiative.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { type InitiativeFilters, parseFiltersStrict } from "@/lib/initiatives/filters";
import { asOfQuerySchema, parseQueryStrict, slugSchema, VIEW_PARAMS, viewQuerySchema } from "@/lib/api/params";

export const sourcesExportQuerySchema = viewQuerySchema.extend({ initiative: slugSchema.optional() });
export const citationQuerySchema = z.object({ initiative: slugSchema, asOf: asOfQuerySchema.shape.asOf });

export function parseViewQuery(params: URLSearchParams): InitiativeFilters {
  return parseFiltersStrict(params, VIEW_PARAMS);
}

export type SourcesSelection = { kind: "view"; filters: InitiativeFilters } | { kind: "initiative"; slug: string; asOf?: string };

/** `initiative=<slug>` (optionally with asOf) selects one initiative's sources; otherwise the view's filters do. */
export function parseSourcesQuery(params: URLSearchParams): SourcesSelection {
  if (!params.has("initiative")) return { kind: "view", filters: parseViewQuery(params) };
  const others = [...new Set(params.keys())].filter((k) => k !== "initiative" && k !== "asOf");
  if (others.length) {
    throw new AppError("bad_request", `Parameter initiative cannot be combined with ${others.join(", ")} (only with asOf).`, { parameters: others });
  }
  const { initiative, asOf } = parseQueryStrict(params, citationQuerySchema);
  return { kind: "initiative", slug: initiative, asOf };
}
