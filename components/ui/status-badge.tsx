import { STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";

/** A shape per status, so a status never relies on colour alone (badges, chart legends, tooltips). */
export const STATUS_SHAPES: Record<Status, string> = {
  proposed: "○",
  agreed: "◐",
  "in-progress": "◑",
  operational: "●",
  completed: "✓",
  stalled: "❚❚",
  cancelled: "✕",
  superseded: "→",
};

/** A status label with a shape (never colour alone) and its plain-language explanation as a tooltip. */
export function StatusBadge({ status }: { status: Status }) {
  const info = STATUS_INFO[status];
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap"
      style={{ borderColor: `var(--color-status-${status})`, color: `var(--color-status-${status})` }}
      title={info.explanation}
    >
      <span aria-hidden="true">{STATUS_SHAPES[status]}</span>
      {info.label}
    </span>
  );
}
