// @ts-check
// The page cache in front of Next.js (ARCHITECTURE P6). A public page — its HTML, or the RSC payload a client
// navigation asks for — is rendered once per URL and data generation, then served from memory: compressed once
// (brotli and gzip), with an ETag for browsers and Cache-Control for a CDN or reverse proxy. On a miss the page is
// rendered by Next.js through a loopback request, so what is kept is byte for byte what Next.js sent, headers and
// the CSP nonce included (decision 7). When the data's generation moves, an entry is dropped only if a committed
// change reaches what it depends on (lib/page-cache/changes.ts); the app answers those questions through a bridge
// it registers once its database is ready (lib/page-cache/bridge.ts). Signed-in requests, the API, server actions
// and build assets pass straight through.
import crypto from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import { SESSION_COOKIE_NAMES } from "../auth/session-cookies.mjs";

/** Request headers a Next.js response varies on, besides the URL: the kind of RSC payload a navigation wants. */
const RSC_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
const CACHEABLE_TYPE = /^(text\/html|text\/x-component|application\/atom\+xml|application\/xml|text\/plain)\b/;
/** A render that failed after its status was sent, or a not-found inside a streamed boundary: never kept. */
const FAILED_RENDER = /NEXT_HTTP_ERROR_FALLBACK|data-next-error-message|"digest":"|data-dgst=/;
const NOT_KEPT = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "cache-control",
  "set-cookie",
  "x-page-cache",
]);
const FILL_HEADER = "x-tracker-page-fill";

/**
 * @typedef {{ generation(): Promise<number>, describe(url: string): Promise<unknown>, isStale(dependency: unknown, from: number, to: number): Promise<boolean> }} Bridge
 * @typedef {{ key: string, status: number, headers: [string, string][], body: Buffer, gzip: Buffer, br: Buffer, etag: string, generation: number, day: string, dependency: unknown, bytes: number }} Entry
 * @typedef {{ status: number, headers: http.IncomingHttpHeaders, body: Buffer }} Rendered
 * @typedef {{ entry?: Entry, raw?: Rendered, generation: number }} Fill
 */

/** True when the request may be answered from the cache: an anonymous GET/HEAD of a page. */
export function isCacheableRequest(/** @type {http.IncomingMessage} */ req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  if (url.length > 2048 || url.startsWith("/_next/") || url.startsWith("/api/") || url.startsWith("/favicon"))
    return false;
  if (req.headers.authorization || req.headers["next-action"]) return false;
  const cookie = req.headers.cookie;
  if (
    cookie &&
    cookie
      .split(";")
      .some((part) =>
        /** @type {readonly string[]} */ (SESSION_COOKIE_NAMES).includes(part.split("=")[0]?.trim() ?? ""),
      )
  )
    return false;
  return true;
}

/** The cache key: everything the response can depend on besides the data (which the generation covers). */
export function cacheKey(/** @type {http.IncomingMessage} */ req) {
  const proto = req.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  const variant = RSC_HEADERS.map((name) => req.headers[name] ?? "").join("|");
  return `${proto}|${req.headers.host ?? ""}|${req.url}|${variant}`;
}

/** Picks the encoding the client accepts: brotli, then gzip, else none. */
export function chooseEncoding(/** @type {string | undefined} */ acceptEncoding) {
  const accepted = (acceptEncoding ?? "").toLowerCase();
  if (/\bbr\b/.test(accepted)) return "br";
  if (/\bgzip\b/.test(accepted)) return "gzip";
  return "identity";
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * @param {{
 *   handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void,
 *   bridge: () => Bridge | undefined,
 *   budgetBytes: number,
 *   cdnMaxAge?: number,
 *   cdnStaleWhileRevalidate?: number,
 * }} options
 */
export function createPageCache({ handle, bridge, budgetBytes, cdnMaxAge = 10, cdnStaleWhileRevalidate = 60 }) {
  const fillSecret = crypto.randomBytes(18).toString("base64url");
  /** @type {Map<string, Entry>} least recently used first */
  const entries = new Map();
  /** @type {Map<string, { generation: number, promise: Promise<Fill> }>} */
  const filling = new Map();
  /** @type {{ host: string, port: number } | null} */
  let origin = null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const counts = { hit: 0, miss: 0, bypass: 0, stale: 0, revalidated: 0 };
  let totalBytes = 0;
  const cacheControl = `public, max-age=0, must-revalidate, s-maxage=${cdnMaxAge}, stale-while-revalidate=${cdnStaleWhileRevalidate}`;

  function forget(/** @type {string} */ key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    totalBytes -= entry.bytes;
  }

  function remember(/** @type {Entry} */ entry) {
    forget(entry.key);
    if (entry.bytes > budgetBytes / 8) return;
    entries.set(entry.key, entry);
    totalBytes += entry.bytes;
    for (const oldest of entries.keys()) {
      if (totalBytes <= budgetBytes) break;
      forget(oldest);
    }
  }

  /** Renders the page through Next.js on a loopback request: identity encoding, no cookies, a fixed user agent. */
  function render(/** @type {http.IncomingMessage} */ req) {
    /** @type {http.OutgoingHttpHeaders} */
    const headers = { [FILL_HEADER]: fillSecret, "accept-encoding": "identity", "user-agent": "tracker-page-cache" };
    for (const name of ["host", "accept", "x-forwarded-proto", "x-forwarded-host", ...RSC_HEADERS]) {
      if (req.headers[name] !== undefined) headers[name] = req.headers[name];
    }
    return /** @type {Promise<Rendered>} */ (
      new Promise((resolve, reject) => {
        const request = http.request({ ...origin, method: "GET", path: req.url, headers, agent }, (response) => {
          /** @type {Buffer[]} */
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }),
          );
          response.on("error", reject);
        });
        request.on("error", reject);
        request.end();
      })
    );
  }

  /** @returns {Entry | null} */
  function toEntry(
    /** @type {string} */ key,
    /** @type {Rendered} */ rendered,
    /** @type {number} */ generation,
    /** @type {unknown} */ dependency,
  ) {
    const type = String(rendered.headers["content-type"] ?? "");
    if (rendered.status !== 200 || !CACHEABLE_TYPE.test(type) || rendered.headers["set-cookie"]) return null;
    if (FAILED_RENDER.test(rendered.body.toString("latin1"))) return null;
    /** @type {[string, string][]} */
    const headers = [];
    for (const [name, value] of Object.entries(rendered.headers)) {
      if (value === undefined || NOT_KEPT.has(name)) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.push([name, v]);
    }
    const body = rendered.body;
    const gzip = zlib.gzipSync(body, { level: 6 });
    const br = zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
    const bytes = body.length + gzip.length + br.length + key.length * 2 + 512;
    return { key, status: 200, headers, body, gzip, br, etag, generation, day: today(), dependency, bytes };
  }

  /** @returns {Promise<Fill>} */
  async function fill(
    /** @type {http.IncomingMessage} */ req,
    /** @type {string} */ key,
    /** @type {Bridge} */ b,
    /** @type {number} */ generation,
  ) {
    const dependency = await b.describe(req.url ?? "/");
    const rendered = await render(req);
    const entry = toEntry(key, rendered, generation, dependency);
    if (!entry) return { raw: rendered, generation };
    // Kept at the generation read before rendering: the render saw that data or newer, so any later check asks
    // about every change since — those committed while it rendered included — and drops it if one reaches it.
    remember(entry);
    return { entry, generation };
  }

  function send(
    /** @type {http.IncomingMessage} */ req,
    /** @type {http.ServerResponse} */ res,
    /** @type {Entry} */ entry,
    /** @type {string} */ state,
  ) {
    for (const [name, value] of entry.headers) res.appendHeader(name, value);
    res.setHeader("cache-control", cacheControl);
    res.setHeader("etag", entry.etag);
    res.setHeader("x-page-cache", state);
    res.setHeader("x-data-generation", String(entry.generation));
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    const tags = req.headers["if-none-match"];
    if (tags && tags.split(",").some((t) => t.trim().replace(/^W\//, "") === entry.etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.body;
    if (encoding !== "identity") res.setHeader("content-encoding", encoding);
    res.setHeader("content-length", body.length);
    res.statusCode = entry.status;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function sendRaw(
    /** @type {http.IncomingMessage} */ req,
    /** @type {http.ServerResponse} */ res,
    /** @type {Rendered} */ raw,
  ) {
    for (const [name, value] of Object.entries(raw.headers)) {
      if (
        value !== undefined &&
        !["connection", "keep-alive", "transfer-encoding", "content-length", "date"].includes(name)
      )
        res.setHeader(name, value);
    }
    res.setHeader("x-page-cache", "bypass");
    res.setHeader("content-length", raw.body.length);
    res.statusCode = raw.status;
    res.end(req.method === "HEAD" ? undefined : raw.body);
  }

  /** The cached entry for `key` if still valid at `generation` (moved forward when no change reaches it). */
  async function lookup(/** @type {string} */ key, /** @type {Bridge} */ b, /** @type {number} */ generation) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.day !== today() || entry.generation > generation) {
      forget(key);
      return null;
    }
    if (entry.generation < generation) {
      if (await b.isStale(entry.dependency, entry.generation, generation)) {
        counts.stale++;
        if (entries.get(key) === entry) forget(key);
        return null;
      }
      counts.revalidated++;
      entry.generation = Math.max(entry.generation, generation);
    }
    entries.delete(key); // most recently used goes last
    entries.set(key, entry);
    return entry;
  }

  return {
    /** Where Next.js listens for the loopback renders (this server's own address). */
    setOrigin(/** @type {{ host: string, port: number }} */ address) {
      origin = address;
    },
    stats() {
      return { ...counts, entries: entries.size, bytes: totalBytes };
    },
    async serve(/** @type {http.IncomingMessage} */ req, /** @type {http.ServerResponse} */ res) {
      if (req.headers[FILL_HEADER] !== undefined) {
        const ours = req.headers[FILL_HEADER] === fillSecret;
        delete req.headers[FILL_HEADER];
        if (ours) return handle(req, res);
      }
      const b = bridge();
      if (!b || !origin || budgetBytes <= 0 || !isCacheableRequest(req)) {
        counts.bypass++;
        if (!req.url?.startsWith("/_next/")) res.setHeader("x-page-cache", "bypass");
        return handle(req, res);
      }
      const key = cacheKey(req);
      const generation = await b.generation();
      const entry = await lookup(key, b, generation);
      if (entry) {
        counts.hit++;
        return send(req, res, entry, "hit");
      }
      counts.miss++;
      // Concurrent misses for one key at one generation share one render.
      let pending = filling.get(key);
      if (!pending || pending.generation !== generation) {
        const mine = { generation, promise: fill(req, key, b, generation) };
        filling.set(key, mine);
        mine.promise.finally(() => filling.get(key) === mine && filling.delete(key)).catch(() => undefined);
        pending = mine;
      }
      let result;
      try {
        result = await pending.promise;
      } catch {
        return handle(req, res); // the loopback failed: let Next.js answer directly
      }
      if (result.entry) return send(req, res, result.entry, "miss");
      return sendRaw(req, res, /** @type {Rendered} */ (result.raw));
    },
  };
}
