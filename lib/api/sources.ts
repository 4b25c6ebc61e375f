// The source archive's API parameters: lib/sources/filters.ts's, plus `asOf` (only sources published by then).
import type { z } from "zod";
import { parseSourceFiltersStrict, publishedRange, type SourceFilters, sourceFiltersSchema } from "@/lib/sources/filters";
import { asOfQuerySchema, parseQueryStrict } from "./params";

export const sourceQuerySchema = sourceFiltersSchema.extend(asOfQuerySchema.shape);
export type SourceQuery = z.infer<typeof sourceQuerySchema>;

export function parseSourceQuery(params: URLSearchParams): SourceFilters {
  const rest = new URLSearchParams(params);
  rest.delete("asOf");
  const filters = parseSourceFiltersStrict(rest);
  const asOfParams = new URLSearchParams(params.getAll("asOf").map((v) => ["asOf", v]));
  const { asOf } = parseQueryStrict(asOfParams, asOfQuerySchema);
  if (!asOf) return filters;
  // "Published by asOf" is a `to` bound (a day); a `to` period ending earlier still wins.
  const end = publishedRange(filters).to;
  return end && end < asOf ? filters : { ...filters, to: asOf };
}
