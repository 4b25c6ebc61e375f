// What the document promises about one answer, as failure classes (the issue's): a 5xx, a status the operation
// does not declare, a body or content type not matching the declared response, a valid request refused, an
// invalid one accepted or refused without naming the field, a 405 without Allow (or OPTIONS without it), and a
// write by a refused request. Each check returns the failures it found for one request and its response.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export const FAILURE_CLASSES = [
  "server error",
  "status not in the spec",
  "response not matching its schema",
  "schema-valid request rejected",
  "schema-invalid request accepted",
  "rejected without a clear field error",
  "405 without Allow",
  "written by a rejected request",
];

export function createValidator(doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, unicodeRegExp: true });
  addFormats(ajv);
  // Keyed by the schema object: the document's schemas are compiled once each.
  const compiled = new WeakMap();
  let lastErrors = null;
  return {
    validate(schema, value) {
      if (!compiled.has(schema)) compiled.set(schema, ajv.compile({ ...schema, components: doc.components }));
      const validate = compiled.get(schema);
      const ok = validate(value);
      lastErrors = validate.errors;
      return ok;
    },
    errors: () => (lastErrors ?? []).slice(0, 2).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; "),
  };
}

// Refusals for a reason the document declares for a valid request: no token (401/403), a resource that does not
// exist (404), a stale version or a taken slug (409), a cited source or quote that does not match the data (422).
const DECLARED_DATA_REASONS = new Set([401, 403, 404, 409, 422, 429, 503]);

export function checkResponse({ request, response, text, validator }) {
  const failures = [];
  const fail = (cls, detail) => failures.push({ cls, detail });
  const status = response.status;
  if (status >= 500) fail("server error", text.slice(0, 200));

  if (request.expect === "method") {
    const allow = response.headers.get("allow");
    if (request.method === "OPTIONS" ? status !== 204 : status !== 405) fail("status not in the spec", `${request.method} answered ${status}`);
    if (allow !== request.allow) fail("405 without Allow", `Allow: ${allow ?? "(none)"}, expected ${request.allow}`);
    return failures;
  }

  const declared = request.op.op.responses ?? {};
  const answer = declared[String(status)] ?? declared.default;
  if (!answer) fail("status not in the spec", `${status}: ${text.slice(0, 160)}`);
  else if (status !== 304 && answer.content) {
    const mediaType = (value) => value.split(";")[0].trim().toLowerCase();
    const contentType = mediaType(response.headers.get("content-type") ?? "");
    const [declared, media] = Object.entries(answer.content)[0];
    const declaredType = mediaType(declared);
    if (contentType !== declaredType) fail("response not matching its schema", `content type ${contentType}, declared ${declaredType}`);
    else if ((declaredType === "application/json" || declaredType.endsWith("+json")) && media.schema) {
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = Symbol("not JSON");
      }
      if (typeof body === "symbol" || !validator.validate(media.schema, body)) fail("response not matching its schema", `${status}: ${validator.errors() || "not JSON"}`);
    }
  }

  if (request.expect === "valid" && status >= 400 && !DECLARED_DATA_REASONS.has(status)) fail("schema-valid request rejected", `${status}: ${text.slice(0, 200)}`);
  if (request.expect === "valid" && status >= 400 && status !== 401 && !request.auth && request.op.auth) fail("status not in the spec", "an anonymous write was not refused with 401");
  if (request.expect === "invalid") {
    const refusedUnauthenticated = request.op.auth && !request.auth && status === 401;
    const pathNotFound = request.mutation.where === "path" && status === 404;
    if (status < 400) fail("schema-invalid request accepted", `${status} with ${request.mutation.path} invalid`);
    else if (!refusedUnauthenticated && !pathNotFound) {
      if (status !== 400) fail("schema-invalid request accepted", `${status} (not 400) with ${request.mutation.path} invalid (${request.mutation.problems.join("; ")}): ${text.slice(0, 160)}`);
      else if (!text.includes(request.mutation.where === "path" ? "path" : request.mutation.name) && !text.includes(request.mutation.name)) fail("rejected without a clear field error", `${request.mutation.path} is not named: ${text.slice(0, 200)}`);
    }
  }
  return failures;
}

const shellQuote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

/** The request as a curl line anyone can paste (the token is left as $TOKEN). */
export function curlLine(baseUrl, request, body) {
  const parts = ["curl", "-i", "-X", request.method, shellQuote(`${baseUrl}${request.url}`)];
  if (request.auth) parts.push("-H", '"authorization: Bearer $TOKEN"');
  if (body !== undefined && typeof body === "string") parts.push("-H", shellQuote("content-type: application/json"), "--data-raw", shellQuote(body));
  else if (body !== undefined) parts.push("-F", shellQuote("file=@articles.jsonl"));
  return parts.join(" ");
}
