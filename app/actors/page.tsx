import type { Metadata } from "next";
import Link from "next/link";
import { ACTOR_KIND_LABELS, ACTOR_KIND_PLURALS } from "@/components/initiatives/actor-kinds";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getEnv } from "@/lib/env";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { ACTOR_KINDS, type ActorKind } from "@/lib/vocabulary/misc";
import { cachedReads } from "@/lib/cache/reads";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const kindParam = (value: string | string[] | undefined): ActorKind | undefined => {
  const v = Array.isArray(value) ? value[0] : value;
  return (ACTOR_KINDS as readonly string[]).includes(v ?? "") ? (v as ActorKind) : undefined;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const kind = kindParam((await searchParams).kind);
  return {
    title: kind ? `Actors: ${ACTOR_KIND_PLURALS[kind]}` : "Actors",
    description: "Ministries, agencies, companies and forums behind China–ASEAN digital cooperation, with the initiatives each takes part in.",
    alternates: { canonical: `${getEnv().APP_URL}/actors${kind ? `?kind=${kind}` : ""}` },
  };
}

export default async function ActorsPage({ searchParams }: Props) {
  const kind = kindParam((await searchParams).kind);
  const all = await cachedReads.listActors(await getDb());
  const actors = kind ? all.filter((a) => a.kind === kind) : all;
  const chip = "rounded-full border px-3 py-1 text-sm no-underline hover:no-underline";
  return (
    <>
      <PageHeader title="Actors" description="The organisations and people named in the sources as leading, signing, building, funding or taking part in initiatives." />
      <nav aria-label="Actor kinds" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/actors" aria-current={!kind ? "page" : undefined} className={`${chip} ${!kind ? "border-accent bg-accent/10 text-ink" : "border-line text-ink hover:bg-line/40"}`}>
              All <span className="text-muted tabular-nums">{all.length}</span>
            </Link>
          </li>
          {ACTOR_KINDS.map((k) => {
            const n = all.filter((a) => a.kind === k).length;
            if (!n) return null;
            return (
              <li key={k}>
                <Link href={`/actors?kind=${k}`} aria-current={kind === k ? "page" : undefined} className={`${chip} ${kind === k ? "border-accent bg-accent/10 text-ink" : "border-line text-ink hover:bg-line/40"}`}>
                  {ACTOR_KIND_PLURALS[k]} <span className="text-muted tabular-nums">{n}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {actors.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line px-6 py-10 text-center text-muted">No actors recorded yet.</p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Actors{kind ? ` (${ACTOR_KIND_PLURALS[kind]})` : ""} and the number of initiatives each takes part in</caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">Name</th>
              <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">Kind</th>
              <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">Country</th>
              <th scope="col" className="py-2 text-right font-medium">Initiatives</th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.slug} className="border-b border-line/70">
                <th scope="row" className="py-3 pr-3 text-left font-normal">
                  <Link href={`/actors/${a.slug}`} className="font-medium">
                    {a.name}
                  </Link>
                  <span className="block text-xs text-muted sm:hidden">
                    {ACTOR_KIND_LABELS[a.kind]}
                    {a.countryCode ? ` · ${COUNTRY_INFO[a.countryCode]?.nameEn ?? a.countryCode}` : ""}
                  </span>
                </th>
                <td className="hidden py-3 pr-3 text-muted sm:table-cell">{ACTOR_KIND_LABELS[a.kind]}</td>
                <td className="hidden py-3 pr-3 text-muted sm:table-cell">{a.countryCode ? (COUNTRY_INFO[a.countryCode]?.nameEn ?? a.countryCode) : "—"}</td>
                <td className="py-3 text-right tabular-nums">{a.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
