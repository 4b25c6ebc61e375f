import type { HTMLAttributes } from "react";
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

/**
 * A status label with a shape (never colour alone). It carries no explanation of its own: use it where the
 * explanation is visible next to it, and StatusTag (this badge with a keyboard-reachable tooltip) everywhere else.
 */
export function StatusBadge({
  status,
  size = "sm",
  className = "",
  ...rest
}: { status: Status; size?: "sm" | "md" } & Omit<HTMLAttributes<HTMLSpanElement>, "children" | "style">) {
  return (
    <span
      {...rest}
      data-status={status}
      className={`inline-flex items-center gap-1 rounded-full border font-medium whitespace-nowrap ${
        size === "md" ? "px-2.5 py-1 text-sm" : "px-2 py-0.5 text-xs"
      } ${className}`}
      style={{ borderColor: `var(--color-status-${status})`, color: `var(--color-status-${status})` }}
    >
      <span aria-hidden="true">{STATUS_SHAPES[status]}</span>
      {STATUS_INFO[status].label}
    </span>
  );
}
