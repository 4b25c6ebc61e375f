import { STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";
import { StatusBadge } from "./status-badge";
import { TipAnchor } from "./tip-anchor";

/**
 * A status badge whose plain-language explanation shows on hover and on keyboard focus (the badge is in the tab
 * order), and is the badge's accessible description (aria-describedby), so screen readers announce it too. Escape
 * dismisses it (TipAnchor). `tipId` must be unique on the page.
 */
const TIP_ALIGN = { start: "left-0", end: "right-0", "end-from-sm": "left-0 sm:right-0 sm:left-auto" } as const;

export function StatusTag({
  status,
  tipId,
  size = "sm",
  align = "start",
}: {
  status: Status;
  tipId: string;
  size?: "sm" | "md";
  /** Which edge of the badge the tip lines up with: "end" for badges at the right edge of the page. */
  align?: keyof typeof TIP_ALIGN;
}) {
  const info = STATUS_INFO[status];
  return (
    <TipAnchor className="group relative inline-flex">
      <StatusBadge status={status} size={size} tabIndex={0} aria-describedby={tipId} className="cursor-help" />
      {/* Padding, not margin, between badge and tip: the pointer can move onto the tip without it vanishing. Not
          displayed until shown (an invisible box still takes room: 16 rem tips widened a phone's page to 440 px). */}
      <span className={`absolute top-full hidden ${TIP_ALIGN[align]} z-30 w-64 max-w-[calc(100vw-2rem)] pt-1.5 group-hover:block group-focus-within:block group-data-dismissed:hidden! print:hidden`}>
        <span id={tipId} role="tooltip" className="block rounded-md border border-line bg-paper p-2.5 text-xs leading-relaxed font-normal text-ink shadow-lg">
          <strong className="font-semibold">{info.label}:</strong> {info.explanation}
        </span>
      </span>
    </TipAnchor>
  );
}
