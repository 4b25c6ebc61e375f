// Builds the OpenAPI 3.1 document from the operation list (operations.ts) and the zod schemas the handlers validate
// with: query and path parameters from the request schemas, bodies from the editorial input schemas, responses
// from the registered response schemas (schemas.ts). OpenAPI 3.1 schemas are JSON Schema 2020-12, zod 4's default.
import { z } from "zod";
import type { OpenAPIV3_1 } from "openapi-types";
import { cslComponents } from "@/lib/export/csl-schema";
import { NUL_PATTERN } from "@/lib/security/input";
import { rateLimitBucketFor } from "@/lib/security/rate-limit";
import { PARAMETER_DOCS } from "./parameter-docs";
import { apiComponents } from "./schemas";
import { API_TAGS, type ApiOperation } from "./operation-types";

type JsonSchema = Record<string, unknown>;

function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * Request text can never hold NUL: the server refuses it in every URL, query, JSON body and form (S1, lib/security/
 * input.ts), so every free-text string of a request schema says so — a pattern, or `not` beside an existing one.
 */
export function refuseNul(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(refuseNul);
  if (!schema || typeof schema !== "object") return;
  const node = schema as JsonSchema;
  if (node.type === "string" && !("enum" in node) && !("const" in node) && !("format" in node)) {
    if (typeof node.pattern === "string") node.not = { pattern: NUL_PATTERN };
    else node.pattern = `^[^${NUL_PATTERN}]*$`;
  }
  if (node.type === "object") node.propertyNames = { pattern: `^[^${NUL_PATTERN}]*$` };
  for (const [key, child] of Object.entries(node)) if (key !== "not" && key !== "propertyNames") refuseNul(child);
}

/**
 * A query value arrives as text: documented as parsed, except where the parsed value is not what a client sends —
 * booleans (by their accepted spellings) and values whose parsed form JSON Schema cannot state (a transform's output).
 */
function parameterSchema(field: z.ZodType): JsonSchema {
  const output = clean(z.toJSONSchema(field, { io: "output", unrepresentable: "any" }) as JsonSchema);
  const asSent = output.type === "boolean" || Object.keys(output).length === 0;
  const schema = asSent ? clean(z.toJSONSchema(field, { io: "input", unrepresentable: "any" }) as JsonSchema) : output;
  refuseNul(schema);
  return schema;
}

/** Examples are written as text; an integer parameter's example is the number. */
function typedExample(example: string, schema: JsonSchema): string | number {
  return schema.type === "integer" || schema.type === "number" ? Number(example) : example;
}

function parameters(schema: z.ZodObject | undefined, where: "query" | "path"): OpenAPIV3_1.ParameterObject[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const docs = PARAMETER_DOCS[name];
    const json = parameterSchema(field as z.ZodType);
    if (docs?.format && !json.format) json.format = docs.format;
    const isArray = json.type === "array";
    const parameter: OpenAPIV3_1.ParameterObject = {
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success ? true : undefined,
      description: docs?.description,
      schema: json as OpenAPIV3_1.ParameterObject["schema"],
      ...(isArray ? { style: "form", explode: true } : {}),
      ...(docs?.example && !isArray ? { example: typedExample(docs.example, json) } : {}),
      ...(docs?.onlyWith ? { "x-only-with": docs.onlyWith } : {}),
    };
    return parameter;
  });
}

const registeredId = (schema: z.ZodType) => apiComponents.get(schema)?.id;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function schemaFor(schema: z.ZodType, io: "input" | "output"): OpenAPIV3_1.SchemaObject {
  const id = registeredId(schema);
  if (id) return ref(id) as OpenAPIV3_1.SchemaObject;
  const json = clean(z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema);
  if (io === "input") refuseNul(json);
  return json as OpenAPIV3_1.SchemaObject;
}

const errorResponse = (description: string): OpenAPIV3_1.ResponseObject => ({
  description,
  content: { "application/json": { schema: ref("Error") as OpenAPIV3_1.SchemaObject } },
});

function operationObject(op: ApiOperation): OpenAPIV3_1.OperationObject {
  const success: OpenAPIV3_1.ResponseObject =
    "schema" in op.response
      ? { description: op.response.description ?? "OK", content: { "application/json": { schema: schemaFor(op.response.schema, "output") } } }
      : { description: op.response.description, content: { [op.response.contentType]: { schema: op.response.component ? ref(op.response.component) : { type: "string" } } } };
  const responses: OpenAPIV3_1.ResponsesObject = { [String(op.status ?? 200)]: success };
  if (op.method === "get") responses["304"] = { description: "Not modified: the If-None-Match ETag is current." };
  responses["400"] = errorResponse("A parameter or field is unknown or malformed; the message names it.");
  if (op.auth) {
    responses["401"] = errorResponse("No valid API token or session.");
    responses["403"] = errorResponse("The account may not do this.");
  }
  if (op.pathParams || (op.query && "initiative" in op.query.shape)) responses["404"] = errorResponse("No such resource (or none on record as of `asOf`).");
  for (const [code, description] of Object.entries(op.errors ?? {})) responses[code] = errorResponse(description);
  // Declared from the same rules the server applies: the rate-limited routes (proxy.ts) and the searches that run
  // under a statement timeout (S1).
  if (rateLimitBucketFor(op.method.toUpperCase(), op.path)) responses["429"] ??= errorResponse("Too many requests from this address; retry after Retry-After seconds.");
  if (op.query && "q" in op.query.shape) responses["503"] = errorResponse("The search took too long and was cancelled; try narrower words.");
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: op.description,
    tags: [op.tag],
    parameters: [...parameters(op.pathParams, "path"), ...parameters(op.query, "query")],
    ...(op.body ? { requestBody: { required: true, content: { [op.bodyContentType ?? "application/json"]: { schema: schemaFor(op.body, "input") } } } } : {}),
    responses,
    security: op.auth ? [{ bearerAuth: [] }] : [],
  };
}

export function buildOpenApiDocument(operations: readonly ApiOperation[], serverUrl: string): OpenAPIV3_1.Document {
  const { schemas } = z.toJSONSchema(apiComponents, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" }) as {
    schemas: Record<string, JsonSchema>;
  };
  const paths: OpenAPIV3_1.PathsObject = {};
  for (const op of operations) paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op) };
  return {
    openapi: "3.1.0",
    info: {
      title: "China–ASEAN Digital Cooperation Tracker API",
      version: "1.0.0",
      description:
        "Open data on China–ASEAN digital cooperation: initiatives with status histories, milestones and the sources behind every claim. Reads are public (CORS open, ETag/If-None-Match, Last-Modified); writes need an editor's API token. An empty query parameter is the same as an absent one; `x-only-with` on a parameter lists the only parameters it may be combined with.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name, description: API_TAGS[name] })),
    paths,
    components: {
      schemas: {
        ...Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, clean(s)])),
        ...cslComponents(),
      } as Record<string, OpenAPIV3_1.SchemaObject>,
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token (created on the account page)." } },
    },
  };
}
