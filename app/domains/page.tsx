import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getEnv } from "@/lib/env";
import { DOMAIN_INFO } from "@/lib/vocabulary/domains";
import { cachedReads } from "@/lib/cache/reads";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Domains",
    description: "The fields of China–ASEAN digital cooperation — 5G, AI, cables, data centres, payments and more — and how many initiatives each has.",
    alternates: { canonical: `${getEnv().APP_URL}/domains` },
  };
}

export default async function DomainsPage() {
  const counts = await cachedReads.listDomainsWithCounts(await getDb());
  const sorted = [...counts].sort((a, b) => b.count - a.count || DOMAIN_INFO[a.slug].label.localeCompare(DOMAIN_INFO[b.slug].label));
  return (
    <>
      <PageHeader title="Domains" description="A fixed vocabulary of fields. An initiative can belong to several, so the counts add up to more than the number of initiatives." />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sorted.map(({ slug, count, active }) => (
          <li key={slug} className="flex flex-col rounded-lg border border-line p-4 transition-colors hover:border-accent/60">
            <h2 className="font-serif text-lg font-semibold">
              <Link href={`/domains/${slug}`} className="text-ink hover:text-accent">
                {DOMAIN_INFO[slug].label}
              </Link>
            </h2>
            <p className="mt-1 flex-1 text-sm leading-relaxed text-muted">{DOMAIN_INFO[slug].description}</p>
            <p className="mt-3 text-sm">
              <span className="font-semibold tabular-nums">{count}</span> initiative{count === 1 ? "" : "s"}
              {count > 0 && <span className="text-muted"> · {active} under way or running</span>}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
