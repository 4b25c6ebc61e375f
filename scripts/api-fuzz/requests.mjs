// Requests generated from the OpenAPI document: for each documented operation a valid request (every parameter
// and body checked against its schema with ajv before it is sent) or a request with exactly one part made invalid
// (the mutation says which), plus probes of undocumented methods. Values come from the schemas, mixed with what the
// world holds (known slugs, source ids, the current version) so that valid writes can succeed.
import fc from "fast-check";
import { resolve, valueArbitrary } from "./schema-arbitraries.mjs";

const HTTP = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every documented operation, flattened. */
export function operationsOf(doc) {
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const params = (op.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema, doc) }));
      const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      ops.push({ path, method: method.toUpperCase(), op, params, contentType, bodySchema: media?.schema, auth: (op.security ?? []).length > 0 });
    }
  }
  return ops;
}

export function allowedOn(doc, path) {
  const methods = Object.keys(doc.paths[path]).map((m) => m.toUpperCase());
  const allow = new Set([...methods, "OPTIONS", ...(methods.includes("GET") ? ["HEAD"] : [])]);
  return ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"].filter((m) => allow.has(m));
}

// Values a schema's constraints rule out, by kind; each candidate is kept only if ajv agrees it is invalid.
function invalidCandidates(schema, where) {
  const s = schema ?? {};
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  const over = (n) => "x".repeat(n);
  const common = where === "body" ? [null, { nested: true }, ["list"]] : [];
  if (type === "integer" || type === "number") {
    const max = s.maximum ?? 2_147_483_647;
    const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum : -2_147_483_648);
    const asText = where === "body" ? ["7", "abc"] : ["0x10", "1.5", "1e3", "abc", "-0x1", "+5"];
    return [max + 1, min - 1, 23666362763628, 2 ** 31, 1.5, ...asText, ...common];
  }
  if (type === "boolean") return ["yes", 2, ...common];
  if (type === "array") {
    const long = Array.from({ length: (s.maxItems ?? 50) + 1 }, () => "x");
    return [long, ...(where === "body" ? ["not-a-list", [null], [{ bad: 1 }]] : [["NOT A VALUE!"], [over(400)]])];
  }
  if (type === "object") return ["not-an-object", 5, [], ...(where === "body" ? [null] : [])];
  const strings = [
    "a\u0000b",
    over((s.maxLength ?? 300) + 1),
    "NOT A VALUE!",
    "0000",
    "0031-02-30",
    "31-02-01",
    "2025-13",
    "10000-01-01",
    "2025-Q5",
    "Not A Slug",
    "-leading-hyphen",
    "x",
  ];
  return [...strings, ...(where === "body" ? [42, true, ...common] : [])];
}

/** The query string value of a typed parameter value (arrays repeat the parameter: style form, explode). */
function queryPairs(name, value) {
  return (Array.isArray(value) ? value : [value]).map((v) => [name, typeof v === "string" ? v : JSON.stringify(v)]);
}

/** A query value as the server types it, to check it with ajv: integers parse, everything else stays text. */
function typedQueryValue(schema, raw) {
  const type = schema.type;
  const one = (v) => (type === "integer" && /^-?\d+$/.test(v) ? Number(v) : v);
  return type === "array" ? raw.map((v) => (schema.items?.type === "integer" && /^-?\d+$/.test(v) ? Number(v) : v)) : one(raw[0]);
}

function leafPaths(value, prefix = []) {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => leafPaths(v, [...prefix, String(i)]))];
  if (value && typeof value === "object") return [prefix, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
  return [prefix];
}

function schemaAt(schema, path, doc) {
  let s = resolve(schema, doc);
  for (const key of path) {
    if (!s) return undefined;
    s = resolve(/^\d+$/.test(key) ? s.items : s.properties?.[key], doc);
  }
  return s;
}

function setAt(value, path, next) {
  if (path.length === 0) return next;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  const [head, ...rest] = path;
  if (rest.length === 0 && next === undefined) delete copy[head];
  else copy[head] = setAt(copy[head], rest, next);
  return copy;
}

export function createRequestFactory({ doc, validator, world }) {
  const ops = operationsOf(doc);

  /** Realistic values by property or parameter name; the schema's own values are mixed in by the caller. */
  function hints(op) {
    return (path, schema) => {
      const name = [...path].reverse().find((k) => !/^\d+$/.test(k));
      const from = (values) => (values.length ? fc.constantFrom(...values) : undefined);
      switch (name) {
        case "slug":
          return path.length === 1 ? from(world.slugs) : from(world.actorSlugs);
        case "parentSlug":
        case "supersededBySlug":
        case "initiative":
          return from(world.slugs);
        case "actor":
          return from(world.actorSlugs);
        case "id":
          return from(op.path.startsWith("/api/v1/import-jobs") ? world.importJobIds : world.sourceIds);
        case "sourceId":
          return from(world.sourceIds.slice(0, 5));
        case "quote":
          return from([world.quote]);
        case "publisher":
          return from(world.publishers);
        case "version":
          return fc.integer({ min: 1, max: 6 });
        default:
          return schema.type === "string" && name === "q" ? from(["cable", "AI", "数字", "centre"]) : undefined;
      }
    };
  }

  function validArbitrary(op) {
    const h = hints(op);
    const pathValues = fc.record(Object.fromEntries(op.params.filter((p) => p.in === "path").map((p) => [p.name, valueArbitrary(p.schema, doc, h, [p.name])])));
    const queryParams = op.params.filter((p) => p.in === "query");
    const values = Object.fromEntries(queryParams.map((p) => [p.name, valueArbitrary(p.schema, doc, h, [p.name])]));
    const required = queryParams.filter((p) => p.required).map((p) => p.name);
    // Half the requests carry the required parameters and at most two others, so a parameter's own failure is not
    // hidden behind another one refused first; the other half any combination.
    const focused = fc.subarray(queryParams.filter((p) => !p.required).map((p) => p.name), { maxLength: Math.min(2, queryParams.filter((p) => !p.required).length) }).chain((names) =>
      fc.record(Object.fromEntries([...required, ...names].map((name) => [name, values[name]]))),
    );
    const query = fc.oneof(focused, fc.record(values, { requiredKeys: required }));
    const body = op.bodySchema ? valueArbitrary(op.bodySchema, doc, h, []) : fc.constant(undefined);
    return fc.record({ pathValues, query, body }).map(({ pathValues, query, body }) => {
      // x-only-with: a parameter that may be combined only with the listed ones keeps just those.
      const exclusive = queryParams.find((p) => p["x-only-with"] && p.name in query);
      const kept = exclusive ? Object.fromEntries(Object.entries(query).filter(([k]) => k === exclusive.name || exclusive["x-only-with"].includes(k))) : query;
      return { pathValues, query: kept, body };
    });
  }

  /** Checks a request's parts against the document; returns the violations (none for a valid request). */
  function violations(op, { pathValues, query, body }) {
    const problems = [];
    for (const p of op.params) {
      const raw = p.in === "path" ? (pathValues[p.name] === undefined ? undefined : [String(pathValues[p.name])]) : query[p.name];
      if (raw === undefined) {
        if (p.required) problems.push(`${p.name} is required`);
        continue;
      }
      const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
      if (!validator.validate(p.schema, typedQueryValue(p.schema, values))) problems.push(`${p.name}: ${validator.errors()}`);
      if (p["x-only-with"]) {
        // An empty list sends nothing, so it is not combined with anything.
        const others = Object.entries(query).filter(([k, v]) => k !== p.name && !p["x-only-with"].includes(k) && !(Array.isArray(v) && v.length === 0));
        if (others.length) problems.push(`${p.name} only with ${p["x-only-with"].join(", ")}`);
      }
    }
    if (op.bodySchema && op.contentType === "application/json" && !validator.validate(op.bodySchema, body)) problems.push(`body: ${validator.errors()}`);
    return problems;
  }

  function toRequest(op, parts, auth, expectation) {
    let url = op.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(parts.pathValues[name])));
    const search = new URLSearchParams(Object.entries(parts.query).flatMap(([k, v]) => queryPairs(k, v))).toString();
    if (search) url += `?${search}`;
    return { op, method: op.method, url, body: parts.body, contentType: op.contentType, auth, ...expectation };
  }

  /** The request with one part made invalid, or null when no candidate is invalid by the schema. */
  function invalidate(op, parts, choice) {
    // Only a valid request made invalid in one place says which part the server must name.
    if (violations(op, parts).length) return null;
    const targets = [
      ...op.params.map((p) => ({ kind: p.in, name: p.name, schema: p.schema })),
      ...(op.bodySchema && op.contentType === "application/json" ? leafPaths(parts.body).map((path) => ({ kind: "body", path, name: path.join(".") || "body", schema: schemaAt(op.bodySchema, path, doc) })) : []),
      ...(op.bodySchema && op.contentType === "application/json" ? Object.keys(resolve(op.bodySchema, doc).properties ?? {}).filter((k) => k in (parts.body ?? {})).map((k) => ({ kind: "remove", path: [k], name: k })) : []),
    ];
    if (!targets.length) return null;
    const target = targets[choice.target % targets.length];
    const candidates = target.kind === "remove" ? [undefined] : invalidCandidates(target.schema, target.kind === "body" ? "body" : "query");
    for (let i = 0; i < candidates.length; i++) {
      const value = candidates[(choice.value + i) % candidates.length];
      let next;
      if (target.kind === "path") next = { ...parts, pathValues: { ...parts.pathValues, [target.name]: typeof value === "string" ? value : JSON.stringify(value) } };
      else if (target.kind === "query") next = { ...parts, query: { ...parts.query, [target.name]: Array.isArray(value) ? value.map(String) : typeof value === "string" ? value : JSON.stringify(value) } };
      else next = { ...parts, body: setAt(parts.body, target.path, value) };
      if (target.kind === "query" && String(next.query[target.name]).trim() === "") continue; // empty = absent (documented)
      const problems = violations(op, next);
      if (problems.length) return { parts: next, mutation: { where: target.kind === "remove" ? "body" : target.kind, name: target.name.split(".").filter((k) => !/^\d+$/.test(k)).pop() ?? target.name, path: target.name, problems } };
    }
    return null;
  }

  const validArbitraries = ops.map((op) => validArbitrary(op));
  const choice = fc.record({ target: fc.nat(), value: fc.nat() });
  const kind = fc.constantFrom("valid", "valid", "valid", "invalid", "invalid", "method");

  /** One generated case: a request and what the document says must happen to it. */
  const caseArbitrary = fc.record({ index: fc.nat({ max: ops.length - 1 }), auth: fc.boolean(), kind, method: fc.constantFrom(...HTTP) }).chain(({ index, auth, kind, method }) => {
    const op = ops[index];
    return fc.tuple(validArbitraries[index], choice).map(([parts, pick]) => {
      if (kind === "method") {
        const allowed = allowedOn(doc, op.path);
        const probe = allowed.includes(method) ? "OPTIONS" : method;
        return { ...toRequest(op, parts, auth, { expect: "method" }), method: probe, body: undefined, allow: allowed.join(", ") };
      }
      if (kind === "invalid") {
        const invalid = invalidate(op, parts, pick);
        if (invalid) return toRequest(op, invalid.parts, auth, { expect: "invalid", mutation: invalid.mutation });
      }
      const problems = violations(op, parts);
      return toRequest(op, parts, auth, problems.length ? { expect: "skip", problems } : { expect: "valid" });
    });
  });

  return { ops, caseArbitrary };
}
