// How we recognise the same article twice: by canonical URL, and by a hash of its normalised text.
import { createHash } from "node:crypto";

const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|spm|from)$/i;

/** Lower-cases scheme and host, drops fragments, tracking parameters, default ports and a trailing slash. */
export function canonicalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) url.pathname = url.pathname.replace(/\/+$/, "");
  return url.toString();
}

/** Whitespace-insensitive text fingerprint, so a re-pasted article with different line breaks is still a duplicate. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The unique identity stored in sources.content_hash: the text when we hold it, otherwise the canonical URL. */
export function sourceContentHash(fullText: string | null | undefined, canonicalUrl: string | null): string {
  const basis = fullText && normaliseText(fullText) ? `text:${normaliseText(fullText)}` : `url:${canonicalUrl ?? ""}`;
  return createHash("sha256").update(basis).digest("hex");
}
