// An initiative's status history as consecutive periods: each change opens a period that the next one closes.
import type { Status } from "@/lib/vocabulary/statuses";
import type { StatusPeriod } from "./types";

export type StatusChangeLike = { toStatus: Status; effectiveOn: string; id?: number };

export function statusPeriodsFromChanges(changes: readonly StatusChangeLike[]): StatusPeriod[] {
  const ordered = [...changes].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || (a.id ?? 0) - (b.id ?? 0));
  const periods: StatusPeriod[] = [];
  for (const change of ordered) {
    const previous = periods.at(-1);
    if (previous?.from === change.effectiveOn) {
      // Two changes on one day: the later one is what held from that day.
      previous.status = change.toStatus;
    } else if (previous?.status !== change.toStatus) {
      if (previous) previous.to = change.effectiveOn;
      periods.push({ status: change.toStatus, from: change.effectiveOn, to: null });
    }
  }
  return periods;
}
