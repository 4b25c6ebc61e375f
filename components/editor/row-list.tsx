"use client";
import type { ReactNode } from "react";

/** A repeatable group of fields (names, countries, actors) with add and remove buttons. */
export function RowList<T>({
  legend,
  addLabel,
  rows,
  blank,
  onChange,
  render,
}: {
  legend: string;
  addLabel: string;
  rows: T[];
  blank: T;
  onChange: (rows: T[]) => void;
  render: (row: T, index: number, update: (row: T) => void) => ReactNode;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{legend}</legend>
      {rows.length === 0 && <p className="text-sm text-muted">None yet.</p>}
      {rows.map((row, i) => (
        <div key={i} className="flex flex-wrap items-end gap-3">
          {render(row, i, (next) => onChange(rows.map((r, j) => (j === i ? next : r))))}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} className="rounded border border-line px-2 py-1.5 text-sm">
            Remove {legend.toLowerCase()} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, blank])} className="rounded border border-line px-3 py-1.5 text-sm">
        {addLabel}
      </button>
    </fieldset>
  );
}
