import { formatPartialDate } from "@/lib/dates/partial-date";
import type { HeadlineFigures as Figures } from "@/lib/stats/types";

const number = new Intl.NumberFormat("en-GB");

/** The dashboard's headline numbers, as a description list (figure = definition), under the current filters. */
export function HeadlineFigures({ figures }: { figures: Figures }) {
  const items = [
    { label: "Initiatives tracked", value: figures.initiatives, hint: "matching the filters" },
    { label: "Sources cited", value: figures.sources, hint: "articles and documents behind them" },
    { label: "Countries covered", value: figures.countries, hint: "of China and the 11 ASEAN members" },
    {
      label: "Updates in the last 90 days",
      value: figures.recentChanges,
      hint: `status changes and milestones since ${formatPartialDate({ date: figures.recentSince, precision: "day" })}`,
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="flex flex-col rounded-lg border border-line p-4">
          <dt className="order-1 text-sm font-medium text-ink">{item.label}</dt>
          <dd className="order-0 font-serif text-3xl font-semibold tabular-nums">{number.format(item.value)}</dd>
          <dd className="order-2 text-xs text-muted">{item.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
