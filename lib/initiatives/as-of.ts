// An initiative as it stood on a past day (`asOf`, YYYY-MM-DD), replayed from what we hold today:
// - hidden (null) when it had not been announced yet or had no status by then (as in conditions.ts);
// - the status is the `to` of the last status change effective on or before that day;
// - a source counts once it was published on or before that day; an undated source counts with the claim it supports;
// - a milestone is known when a citing source was published by then, or — when none of its sources is dated — when
//   it occurred by then; status changes count from their effective date; actual start/end dates after that day are
//   not known yet.
import type { DbOrTx } from "@/db/client";
import { getEnv } from "@/lib/env";
import { FINISHED_STATUSES } from "@/lib/vocabulary/statuses";
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
    lastEvidenceOn,
    evidenceCount: sources.length,
    isPossiblyStalled,
  };
}

/** The initiative page's data, as of a day when given; null when missing or not yet on record then. */
export async function getInitiativeAsOf(db: DbOrTx, slug: string, asOf?: string): Promise<InitiativeDetail | null> {
  const detail = await getInitiativeBySlug(db, slug);
  return detail && asOf ? applyAsOf(detail, asOf) : detail;
}
