import { DayText } from "@/components/ui/date-text";
import { Figures } from "@/components/ui/figures";
import type { EntitySummary } from "@/lib/entities/queries";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";

/** Small figures for an entity page, and its initiatives by status as a proportional bar with a text legend. */
export function EntitySummaryFigures({ summary }: { summary: EntitySummary }) {
  const active = summary.byStatus.filter((s) => s.status === "in-progress" || s.status === "operational").reduce((n, s) => n + s.count, 0);
  const present = summary.byStatus.filter((s) => s.count > 0);
  return (
    <div className="space-y-4">
      <Figures
        items={[
          { label: "Initiatives", value: summary.total },
          { label: "Under way or running", value: active },
          { label: "Sources", value: summary.sources },
          { label: "Latest evidence", value: <DayText iso={summary.lastEvidenceOn} className="text-lg" />, hint: summary.possiblyStalled ? `${summary.possiblyStalled} possibly stalled` : undefined },
        ]}
      />
      {summary.total > 0 && (
        <div>
          <div aria-hidden="true" className="flex h-2.5 overflow-hidden rounded-full bg-line">
            {present.map((s) => (
              <span key={s.status} style={{ width: `${(s.count / summary.total) * 100}%`, background: `var(--color-status-${s.status})` }} />
            ))}
          </div>
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
            {present.map((s) => (
              <span key={s.status}>
                <span className="font-semibold text-ink tabular-nums">{s.count}</span> {STATUS_INFO[s.status].label.toLowerCase()}
              </span>
            ))}
          </p>
        </div>
      )}
    </div>
  );
}
