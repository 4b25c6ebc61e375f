// The CSL-JSON schema (csl-data.schema.json, draft-07) as OpenAPI components: its `definitions` become components
// of their own (CslNameVariable, CslDateVariable) and the array itself `CslData`, so the CSL exports document the
// body they answer with and clients can validate it like any JSON response.
import cslSchema from "./csl-data.schema.json";

type Json = unknown;

const componentId = (definition: string) => `Csl${definition.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;

/** Rewrites `#/definitions/…` references, and an `anyOf` of one schema (CSL's name-variable) into that schema. */
function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== "object") return node;
  const { anyOf, ...rest } = node as { anyOf?: Json[] };
  if (anyOf?.length === 1) return rewriteRefs({ ...rest, ...(anyOf[0] as object) });
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" ? [key, value.replace(/^#\/definitions\/(.+)$/, (_, name: string) => `#/components/schemas/${componentId(name)}`)] : [key, rewriteRefs(value)],
    ),
  );
}

export const CSL_DATA_COMPONENT = "CslData";

export function cslComponents(): Record<string, Json> {
  const { definitions, $schema: _schema, $id: _id, ...data } = cslSchema as Record<string, Json> & { definitions: Record<string, Json> };
  return {
    [CSL_DATA_COMPONENT]: rewriteRefs(data),
    ...Object.fromEntries(Object.entries(definitions).map(([name, schema]) => [componentId(name), rewriteRefs(schema)])),
  };
}
