// Brings stored source identities up to the current rules (lib/sources/identity.ts) after migrating: canonical URLs
// computed by an older canonicalizeUrl (http, www., fewer tracking parameters) and missing text fingerprints. Runs
// once per identity version (app_meta), a batch per statement; not in SQL, since the rules are JavaScript functions.
import { asc, eq, gt, sql } from "drizzle-orm";
import { canonicalizeUrl, textFingerprint } from "@/lib/sources/identity";
import type { DbOrTx } from "./client";
import { appMeta, sources } from "./schema";

/** Bump when canonicalizeUrl or textFingerprint change what they return for stored rows. */
export const SOURCE_IDENTITY_VERSION = "2";
const KEY = "source_identity_version";
const BATCH = 2000;

export type IdentityRefresh = { urls: number; fingerprints: number; collisions: number };

export async function refreshSourceIdentities(db: DbOrTx): Promise<IdentityRefresh> {
  const [meta] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, KEY));
  const out: IdentityRefresh = { urls: 0, fingerprints: 0, collisions: 0 };
  if (meta?.value === SOURCE_IDENTITY_VERSION) return out;
  const claimed = new Set((await db.select({ url: sources.canonicalUrl }).from(sources)).map((r) => r.url));
  for (let after = 0; ; ) {
    const rows = await db
      .select({ id: sources.id, url: sources.url, canonicalUrl: sources.canonicalUrl, fullText: sources.fullText, textFingerprint: sources.textFingerprint })
      .from(sources)
      .where(gt(sources.id, after))
      .orderBy(asc(sources.id))
      .limit(BATCH);
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    const changes: { id: number; canonical_url: string | null; text_fingerprint: string | null }[] = [];
    for (const row of rows) {
      const fingerprint = textFingerprint(row.fullText);
      let canonical = row.url ? canonicalizeUrl(row.url) : null;
      // Two stored spellings of one address (an http and an https copy, stored before the rules caught it): the
      // older row takes the canonical form, the other keeps its own; both stay in the archive.
      if (!canonical || canonical === row.canonicalUrl) canonical = row.canonicalUrl;
      else if (claimed.has(canonical)) {
        out.collisions++;
        canonical = row.canonicalUrl;
      } else {
        claimed.add(canonical);
        out.urls++;
      }
      if (fingerprint !== row.textFingerprint) out.fingerprints++;
      if (canonical !== row.canonicalUrl || fingerprint !== row.textFingerprint) changes.push({ id: row.id, canonical_url: canonical, text_fingerprint: fingerprint });
    }
    if (changes.length) {
      await db.execute(sql`
        update sources s set canonical_url = v.canonical_url, text_fingerprint = v.text_fingerprint
        from json_to_recordset(${JSON.stringify(changes)}::json) as v(id int, canonical_url text, text_fingerprint text)
        where s.id = v.id`);
    }
  }
  await db
    .insert(appMeta)
    .values({ key: KEY, value: SOURCE_IDENTITY_VERSION })
    .onConflictDoUpdate({ target: appMeta.key, set: { value: SOURCE_IDENTITY_VERSION, updatedAt: sql`now()` } });
  return out;
}
