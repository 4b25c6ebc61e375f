// How we recognise the same article twice: by canonical URL, by a hash of its text, and by a looser fingerprint
// of its text (near-identical copies: the same words after case, punctuation and whitespace are ignored).
import { createHash } from "node:crypto";

/** Parameters that say how a reader arrived, not which article: campaign tags, click ids, share and referrer marks. */
const TRACKING_PARAMS =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hs(enc|mi)|mkt_tok|ref|ref_src|ref_url|referrer|spm|scm|from|source|share|share_from|wt_mc|cmpid|ncid|ocid|s_cid|sr_share)$/i;
/** Host prefixes that serve the same article as the bare host: the web and mobile editions. */
const EDITION_PREFIX = /^(www\d?|m|mobile|amp)\./;

/**
 * One spelling per article address: https (an http link to the same page is the same article), the host lower-cased
 * without "www." / "m." edition prefixes or a default port, no fragment, no tracking parameters, the rest of the
 * query sorted, no trailing slash.
 */
export function canonicalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.protocol = "https:";
  if (url.hostname.split(".").length > 2) url.hostname = url.hostname.replace(EDITION_PREFIX, "");
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

/**
 * The text reduced to its letters and digits: compatibility forms folded (full-width letters, ligatures), lower
 * case, every punctuation mark, symbol and space dropped. Copies that differ only in quotes, dashes, case, spacing or
 * abbreviation dots ("U.S." / "US") reduce to the same string; spaces go too, since "digital—silk" and "digital silk"
 * must agree and Chinese or Thai text has none to keep.
 */
export function looseText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, "");
}

/** sources.text_fingerprint: SHA-256 of looseText, or null for a source without (meaningful) text. */
export function textFingerprint(fullText: string | null | undefined): string | null {
  const loose = fullText ? looseText(fullText) : "";
  return loose ? createHash("sha256").update(loose).digest("hex") : null;
}
