import type { z } from "zod";

/** One documented endpoint. Adding an endpoint to the OpenAPI document is one entry in operations.ts. */
export type ApiOperation = {
  method: "get" | "post" | "patch" | "put" | "delete";
  /** OpenAPI path, with {slug}/{id} placeholders. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  /** Request body (writes): JSON unless `bodyContentType` says otherwise. */
  body?: z.ZodType;
  bodyContentType?: "application/json" | "multipart/form-data";
  /** Needs a bearer token (editorial writes). */
  auth?: boolean;
  status?: number;
  response: { schema: z.ZodType; description?: string } | { contentType: string; description: string };
  errors?: Record<string, string>;
  /** A request worth trying, for the /api page (path + query). */
  example?: string;
};
