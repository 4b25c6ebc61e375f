import { listLargest, type StackRow } from "@/lib/stats/stack";

/** "First announced between 2014 and 2025; the most in 2024 (8) and 2023 (5). 3 have no announcement date." */
export function yearSummary(rows: readonly StackRow[], undated: number): string {
  const undatedNote = undated ? ` ${undated} ${undated === 1 ? "has" : "have"} no announcement date and ${undated === 1 ? "is" : "are"} not shown.` : "";
  if (!rows.length) return `No initiative with an announcement date under these filters.${undatedNote}`;
  return `First announced between ${rows[0]!.label} and ${rows.at(-1)!.label}, by current status; the most in ${listLargest(rows)}.${undatedNote}`;
}
