// Which cached pages a change can reach. A change is one row of data_changes (migration 0013): an initiative with
// its facet signature before and after a committed transaction, or a change not tied to one initiative. A page is
// described by what its answer depends on (describePage in ./bridge.ts); a page is stale when a change reaches it.
// Pure functions: the page cache's correctness rests on them, so they are unit-tested without a server.
import { announcedRange, type InitiativeFilters } from "@/lib/initiatives/filters";

export type Signature = {
  status: string;
  scope: string;
  announced: string | null;
  domains: string[];
  countries: string[];
  actors: number[];
  sourceTypes: string[];
};

export type Change =
  | { generation: number; scope: "initiative"; initiativeId: number; before: Signature | null; after: Signature | null }
  | { generation: number; scope: "sources" | "actors" | "other" | "all" }
  /** Held back until its batch ends: each article of a bulk import adds a source, the import's end releases them. */
  | { generation: number; scope: "batched"; batch: string }
  | { generation: number; scope: "batch-end"; batch: string };

/** A data_changes scope as stored: `sources`, `sources@import-12` (inside a batch), `batch-end@import-12`… */
export function parseScope(generation: number, stored: string): Change {
  const [scope, batch] = stored.split("@") as [string, string | undefined];
  if (scope === "batch-end" && batch) return { generation, scope: "batch-end", batch };
  if (batch) return { generation, scope: "batched", batch };
  if (scope === "sources" || scope === "actors" || scope === "other" || scope === "all") return { generation, scope };
  return { generation, scope: "all" }; // unknown to this version of the app: the safe reading
}

/** The list's filters as the invalidation sees them: actors as ids, and whether a filter it cannot evaluate is set. */
export type ListDependency = {
  kind: "list";
  domain: string[];
  country: string[];
  status: string[];
  actorIds: number[];
  sourceType: string[];
  scope?: "local" | "region-wide";
  from?: string;
  to?: string;
};

export type PageDependency =
  /** Dashboard, timeline, map, feeds, entity and source pages: any change. */
  | { kind: "everything" }
  /** An initiative page: its own data, the initiatives it shows (family, related), and relatedness itself. */
  | { kind: "initiative"; ids: number[] }
  | ListDependency;

/** What a list view depends on, from its parsed filters; as-of views replay history, so they depend on everything. */
export function listDependency(filters: InitiativeFilters, actorIds: number[]): PageDependency {
  if (filters.asOf) return { kind: "everything" };
  const range = announcedRange(filters);
  return {
    kind: "list",
    domain: filters.domain,
    country: filters.country,
    status: filters.status,
    actorIds,
    sourceType: filters.sourceType,
    scope: filters.scope,
    from: range.from,
    to: range.to,
  };
}

const overlaps = <T>(wanted: T[], have: T[]) => wanted.length === 0 || wanted.some((v) => have.includes(v));

/** The filters that are not facets (always applied); search text and "possibly stalled" count as passing. */
function passesBase(sig: Signature, list: ListDependency): boolean {
  if (list.scope === "local" && sig.scope === "region-wide") return false;
  if (list.scope === "region-wide" && sig.scope !== "region-wide") return false;
  if ((list.from || list.to) && !sig.announced) return false;
  if (list.from && sig.announced! < list.from) return false;
  if (list.to && sig.announced! > list.to) return false;
  return true;
}

/** How many of the view's facet filters the initiative fails: 0 = listed, 1 = counted in that facet's counts. */
function facetFailures(sig: Signature, list: ListDependency): number {
  return [
    overlaps(list.domain, sig.domains),
    overlaps(list.country, sig.countries),
    overlaps(list.status, [sig.status]),
    overlaps(list.actorIds, sig.actors),
    overlaps(list.sourceType, sig.sourceTypes),
  ].filter((passes) => !passes).length;
}

const sameSignature = (a: Signature | null, b: Signature | null) => JSON.stringify(a) === JSON.stringify(b);

function reachesList(change: Extract<Change, { scope: "initiative" }>, list: ListDependency): boolean {
  const states = [change.before, change.after].filter((s): s is Signature => s !== null && passesBase(s, list));
  // Listed (or could be, before or after): its row, the total or the order may change.
  if (states.some((s) => facetFailures(s, list) === 0)) return true;
  // Not listed either side: only the facet counts can move, and only if what they count changed.
  if (sameSignature(change.before, change.after)) return false;
  return states.some((s) => facetFailures(s, list) <= 1);
}

/** Whether domains, countries or actors changed: what "related initiatives" are computed from. */
function relatednessChanged(change: Extract<Change, { scope: "initiative" }>): boolean {
  const pick = (s: Signature | null) => (s ? [s.domains, s.countries, s.actors] : null);
  return JSON.stringify(pick(change.before)) !== JSON.stringify(pick(change.after));
}

/** Whether any of `changes` can alter the page described by `dependency`. */
export function isReached(dependency: PageDependency, changes: readonly Change[]): boolean {
  for (const change of changes) {
    if (change.scope === "batched") continue;
    if (change.scope === "all" || change.scope === "other") return true;
    switch (dependency.kind) {
      case "everything":
        return true;
      case "initiative":
        if (
          change.scope === "initiative" &&
          (dependency.ids.includes(change.initiativeId) || relatednessChanged(change))
        )
          return true;
        break;
      case "list":
        // The filter bar names actors; sources reach a list only through the initiatives citing them (noted as such).
        if (change.scope === "actors") return true;
        if (change.scope === "initiative" && reachesList(change, dependency)) return true;
        break;
    }
  }
  return false;
}
