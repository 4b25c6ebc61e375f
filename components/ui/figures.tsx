import type { ReactNode } from "react";

/** A row of small summary figures ("12 initiatives", "34 sources") as a description list. */
export function Figures({ items }: { items: { label: string; value: ReactNode; hint?: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border border-line px-4 py-3">
          <dt className="text-xs font-medium tracking-wide text-muted uppercase">{item.label}</dt>
          <dd className="mt-1 font-serif text-2xl font-semibold tabular-nums">{item.value}</dd>
          {item.hint && <dd className="mt-0.5 text-xs text-muted">{item.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
