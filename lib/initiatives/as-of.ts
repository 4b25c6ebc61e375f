// An initiative as it stood on a past day (`asOf`, YYYY-MM-DD), replayed from what we hold today:
// - hidden (null) when it had not been announced yet or had no status by then (as in conditions.ts);
// - the status is the `to` of the last status change effective on or before that day;
// - a source counts once it was published on or before that day; an undated source counts with the claim it supports;
// - a milestone is known when a citing source was published by then, or — when none of its sources is dated — when
//   it occurred by then; status changes count from their effective date; actual start/end dates after that day are
//   not known yet;
// - linked initiatives (parent, successor, children, related) follow the same rules: shown with their status then,
//   left out when they were not on record yet.
import { and, desc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { initiatives, statusChanges } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { FINISHED_STATUSES, type Status } from "@/lib/vocabulary/statuses";
import { type CitationView, getInitiativeBySlug, type InitiativeDetail, type MilestoneView, monthsBetween } from "./detail";

const onOrBefore = (date: string | null | undefined, asOf: string) => date != null && date <= asOf;

/** Whether a milestone was on record by `asOf`. */
export function isMilestoneKnown(milestone: Pick<MilestoneView, "date" | "citations">, asOf: string): boolean {
  const dated = milestone.citations.filter((c) => c.source.published);
  if (dated.length) return dated.some((c) => onOrBefore(c.source.published!.date, asOf));
  return onOrBefore(milestone.date.date, asOf);
}

export function applyAsOf(detail: InitiativeDetail, asOf: string): InitiativeDetail | null {
  if (detail.dates.firstAnnounced && detail.dates.firstAnnounced.date > asOf) return null;
  const history = detail.statusHistory.filter((s) => onOrBefore(s.effective.date, asOf));
  const last = history.at(-1);
  if (!last) return null;

  // Only citations of claims known by then remain, so an undated source is shown with them; a dated one from its day.
  const visible = (c: CitationView) => !c.source.published || onOrBefore(c.source.published.date, asOf);
  const milestones = detail.milestones
    .filter((m) => isMilestoneKnown(m, asOf))
    .map((m) => ({ ...m, citations: m.citations.filter(visible) }));
  const statusHistory = history.map((s) => ({ ...s, citations: s.citations.filter(visible) }));
  const claimCitations = detail.claimCitations.filter(visible);

  const kept = new Set([...milestones.flatMap((m) => m.citations), ...statusHistory.flatMap((s) => s.citations), ...claimCitations].map((c) => c.id));
  const sources = detail.sources
    .map((s) => ({ ...s, citations: s.citations.filter((c) => kept.has(c.id)) }))
    .filter((s) => s.citations.length > 0);

  const lastEvidenceOn = sources.reduce<string | null>((max, s) => {
    const date = s.published?.date ?? null;
    return date && (!max || date > max) ? date : max;
  }, null);
  const isPossiblyStalled =
    !FINISHED_STATUSES.includes(last.to) &&
    monthsBetween(lastEvidenceOn ?? detail.dates.firstAnnounced?.date ?? "1900-01-01", asOf) >= getEnv().STALLED_AFTER_MONTHS;
  const known = <T extends { date: string } | null>(d: T) => (d && d.date <= asOf ? d : null);

  return {
    ...detail,
    status: last.to,
    statusSince: last.effective,
    dates: { ...detail.dates, actualStart: known(detail.dates.actualStart), actualEnd: known(detail.dates.actualEnd) },
    milestones,
    statusHistory,
    claimCitations,
    sources,
    // A site is known once a source reporting it is; a check is known from its day.
    sites: detail.sites.filter((site) => sources.some((src) => src.id === site.source.id)),
    reviewedOn: detail.reviewedOn && detail.reviewedOn <= asOf ? detail.reviewedOn : null,
    lastEvidenceOn,
    evidenceCount: sources.length,
    isPossiblyStalled,
  };
}

/** Each initiative's status on `asOf`, by slug; initiatives not on record by then (as in applyAsOf) are absent. */
export async function getStatusesAsOf(db: DbOrTx, slugs: readonly string[], asOf: string): Promise<Map<string, Status>> {
  if (!slugs.length) return new Map();
  const rows = await db
    .selectDistinctOn([initiatives.slug], { slug: initiatives.slug, status: statusChanges.toStatus })
    .from(initiatives)
    .innerJoin(statusChanges, eq(statusChanges.initiativeId, initiatives.id))
    .where(
      and(
        inArray(initiatives.slug, [...slugs]),
        lte(statusChanges.effectiveOn, asOf),
        or(isNull(initiatives.firstAnnouncedOn), lte(initiatives.firstAnnouncedOn, asOf)),
      ),
    )
    .orderBy(initiatives.slug, desc(statusChanges.effectiveOn), desc(statusChanges.id));
  return new Map(rows.map((r) => [r.slug, r.status]));
}

const onRecord = <T extends { slug: string; status: Status }>(items: T[], statuses: Map<string, Status>): T[] =>
  items.flatMap((item) => {
    const status = statuses.get(item.slug);
    return status ? [{ ...item, status }] : [];
  });

/** Linked initiatives as of a day: their status then, and only those on record by then. Unchanged without `asOf`. */
export async function linkedAsOf<T extends { slug: string; status: Status }>(db: DbOrTx, items: T[], asOf?: string): Promise<T[]> {
  if (!asOf) return items;
  const statuses = await getStatusesAsOf(db, items.map((i) => i.slug), asOf);
  return onRecord(items, statuses);
}

/** The initiative page's data, as of a day when given; null when missing or not yet on record then. */
export async function getInitiativeAsOf(db: DbOrTx, slug: string, asOf?: string): Promise<InitiativeDetail | null> {
  const detail = await getInitiativeBySlug(db, slug);
  if (!detail || !asOf) return detail;
  const then = applyAsOf(detail, asOf);
  if (!then) return null;
  const links = [then.parent, then.supersededBy, ...then.children].flatMap((l) => (l ? [l.slug] : []));
  const statuses = await getStatusesAsOf(db, links, asOf);
  const known = <T extends { slug: string }>(link: T | null) => (link && statuses.has(link.slug) ? link : null);
  return {
    ...then,
    parent: known(then.parent),
    supersededBy: known(then.supersededBy),
    children: onRecord(then.children, statuses),
  };
}
