// The linking catalog for the evaluation: the demo seed's initiatives and actors with all their aliases,
// i.e. what the live catalog contains after `npm run db:seed`.
import seed from "@/db/seed/data/seed.json";
import type { Catalog, CatalogEntry } from "@/lib/ingest/extract/types";
import { isStatus, type Status } from "@/lib/vocabulary/statuses";

type SeedEntry = { slug: string; name: string; aliases: { name: string }[] };

const toEntry = ({ slug, name, aliases }: SeedEntry): CatalogEntry => ({
  slug,
  name,
  aliases: aliases.map((a) => a.name),
});

export function loadEvalCatalog(): Catalog {
  return { initiatives: seed.initiatives.map(toEntry), actors: seed.actors.map(toEntry) };
}

/** The demo seed's statuses: the status-change suggestions' starting point where an article names no other. */
export function loadEvalStatuses(): Map<string, Status> {
  return new Map(seed.initiatives.flatMap((i): [string, Status][] => (isStatus(i.status) ? [[i.slug, i.status]] : [])));
}

/**
 * The demo seed's statuses as they stood the day before `day` (its status histories replayed): what an editor
 * importing an article on its publication day would have seen. Initiatives not yet tracked then are absent.
 */
export function loadEvalStatusesBefore(day: string): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const i of seed.initiatives) {
    const before = i.statusHistory.filter((h) => h.effectiveOn < day).at(-1);
    if (before && isStatus(before.to)) out.set(i.slug, before.to);
  }
  return out;
}
