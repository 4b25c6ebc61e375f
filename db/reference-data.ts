// The fixed vocabularies (domains, countries) are part of every database, not demo data: upserted after migrating.
import { sql } from "drizzle-orm";
import { COUNTRY_CODES, COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import type { DbOrTx } from "./client";
import { countries, domains } from "./schema";

export async function upsertReferenceData(db: DbOrTx): Promise<void> {
  await db
    .insert(domains)
    .values(DOMAIN_SLUGS.map((slug) => ({ slug, ...DOMAIN_INFO[slug] })))
    .onConflictDoUpdate({
      target: domains.slug,
      set: { label: sql`excluded.label`, description: sql`excluded.description` },
    });
  await db
    .insert(countries)
    .values(
      COUNTRY_CODES.map((code) => {
        const { aseanMemberSince, ...names } = COUNTRY_INFO[code];
        return { code, ...names, aseanMemberSince, isAsean: aseanMemberSince !== null };
      }),
    )
    .onConflictDoUpdate({
      target: countries.code,
      set: {
        nameEn: sql`excluded.name_en`,
        nameZh: sql`excluded.name_zh`,
        nameDe: sql`excluded.name_de`,
        variants: sql`excluded.variants`,
        isAsean: sql`excluded.is_asean`,
        aseanMemberSince: sql`excluded.asean_member_since`,
      },
    });
}
