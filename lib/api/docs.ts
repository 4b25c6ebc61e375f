// The /api page's view of the OpenAPI document: operations grouped by tag, parameters with a readable type.
import type { OpenAPIV3_1 } from "openapi-types";
import { buildOpenApiDocument } from "./openapi";
import { API_OPERATIONS } from "./operations";

export type DocParameter = { name: string; where: "path" | "query"; required: boolean; type: string; description: string };
export type DocOperation = {
  method: string;
  path: string;
  summary: string;
  auth: boolean;
  parameters: DocParameter[];
  responses: { status: string; description: string; contentType?: string }[];
  example?: string;
};

type Schema = { type?: string | string[]; enum?: unknown[]; items?: Schema; format?: string; minimum?: number; maximum?: number; default?: unknown };

export function describeSchema(schema: Schema | undefined): string {
  if (!schema) return "string";
  if (schema.type === "array") return `${describeSchema(schema.items)}, repeatable`;
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.format === "date") return "date (YYYY-MM-DD)";
  if (schema.type === "integer") {
    const range = schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < 1e6 ? ` ${schema.minimum}–${schema.maximum}` : "";
    return `integer${range}${schema.default !== undefined ? `, default ${String(schema.default)}` : ""}`;
  }
  return Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "string");
}

export function getApiDocs(serverUrl: string): { document: OpenAPIV3_1.Document; groups: { tag: string; operations: DocOperation[] }[] } {
  const document = buildOpenApiDocument(API_OPERATIONS, serverUrl);
  const groups = new Map<string, DocOperation[]>();
  for (const op of API_OPERATIONS) {
    const spec = document.paths?.[op.path]?.[op.method] as OpenAPIV3_1.OperationObject;
    const parameters = ((spec.parameters ?? []) as OpenAPIV3_1.ParameterObject[]).map((p) => ({
      name: p.name,
      where: p.in as "path" | "query",
      required: Boolean(p.required),
      type: describeSchema(p.schema as Schema),
      description: p.description ?? "",
    }));
    const responses = Object.entries(spec.responses ?? {}).map(([status, r]) => {
      const response = r as OpenAPIV3_1.ResponseObject;
      return { status, description: response.description, contentType: Object.keys(response.content ?? {})[0] };
    });
    const entry: DocOperation = { method: op.method.toUpperCase(), path: op.path, summary: op.summary, auth: Boolean(op.auth), parameters, responses, example: op.example };
    groups.set(op.tag, [...(groups.get(op.tag) ?? []), entry]);
  }
  return { document, groups: [...groups].map(([tag, operations]) => ({ tag, operations })) };
}
