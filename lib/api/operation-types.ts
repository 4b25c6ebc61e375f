import type { z } from "zod";

/** The groups of the documented endpoints, each with what it is for (the document's `tags`). */
export const API_TAGS = {
  Initiatives: "The initiatives: list with filters and facets, one initiative's record, the dashboard's aggregates and the timeline.",
  Sources: "The source archive: the articles and documents behind every claim, with their stored text.",
  Reference: "The vocabularies the filters use (domains, countries, actors), with initiative counts.",
  Dataset: "The whole public dataset in one file, for reuse and archiving.",
  Exports: "A view of the list, or one initiative, as CSV, JSON and citation formats (CSL-JSON, BibTeX, RIS).",
  Feeds: "Atom feeds of status changes and milestones.",
  Editing: "Writes: creating and editing initiatives, milestones, status changes and sources (an editor's API token).",
  Tools: "Helpers that store nothing, such as extracting suggestions from a text.",
} as const;
export type ApiTag = keyof typeof API_TAGS;

/** One documented endpoint. Adding an endpoint to the OpenAPI document is one entry in operations.ts. */
export type ApiOperation = {
  method: "get" | "post" | "patch" | "put" | "delete";
  /** OpenAPI path, with {slug}/{id} placeholders. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: ApiTag;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  /** Request body (writes): JSON unless `bodyContentType` says otherwise. */
  body?: z.ZodType;
  bodyContentType?: "application/json" | "multipart/form-data";
  /** Needs a bearer token (editorial writes). */
  auth?: boolean;
  status?: number;
  /** JSON described by a zod schema, or another content type (with the component describing it, when it is JSON). */
  response: { schema: z.ZodType; description?: string } | { contentType: string; description: string; component?: string };
  errors?: Record<string, string>;
  /** A request worth trying, for the /api page (path + query). */
  example?: string;
};
