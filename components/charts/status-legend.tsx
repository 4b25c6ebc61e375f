import { STATUS_SHAPES } from "@/components/ui/status-badge";
import { STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";
import { statusBackground } from "./status-patterns";

/** The key to a status-coloured chart: swatch (colour + pattern), shape and name, with the meaning as a tooltip. */
export function StatusLegend({ statuses, className = "" }: { statuses: readonly Status[]; className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted ${className}`} aria-label="Legend: statuses">
      {statuses.map((status) => (
        <li key={status} className="inline-flex items-center gap-1.5" title={STATUS_INFO[status].explanation}>
          <span aria-hidden="true" className="inline-block h-3 w-4 rounded-sm" style={statusBackground(status)} />
          <span aria-hidden="true" style={{ color: `var(--color-status-${status})` }}>
            {STATUS_SHAPES[status]}
          </span>
          <span className="text-ink">{STATUS_INFO[status].label}</span>
        </li>
      ))}
    </ul>
  );
}
