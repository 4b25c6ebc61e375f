// Pure shaping of category × status counts into the rows a stacked bar chart and its table both draw from, so
// the chart, the table alternative, the CSV and the text summary can never disagree.
import { STATUSES, STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";
import type { StatusCell } from "./types";

export type Category = { key: string; label: string };
export type StackRow = { key: string; label: string; total: number; counts: Record<Status, number> };

const zeroCounts = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

/** One row per category, in the categories' order, every status present (zero when none). */
export function pivotStatusCells(cells: readonly StatusCell[], categories: readonly Category[]): StackRow[] {
  const rows = new Map(categories.map((c) => [c.key, { ...c, total: 0, counts: zeroCounts() }]));
  for (const cell of cells) {
    const row = rows.get(cell.key);
    if (!row) continue;
    row.counts[cell.status] += cell.count;
    row.total += cell.count;
  }
  return [...rows.values()];
}

/** Largest total first; ties keep their original (vocabulary) order. */
export function sortByTotal(rows: readonly StackRow[]): StackRow[] {
  return rows.map((row, index) => ({ row, index })).sort((a, b) => b.row.total - a.row.total || a.index - b.index).map((x) => x.row);
}

/** The statuses that occur in any row, in vocabulary order: the series a chart draws and its table's columns. */
export function statusesPresent(rows: readonly StackRow[]): Status[] {
  return STATUSES.filter((status) => rows.some((row) => row.counts[status] > 0));
}

/** Every year from the first to the last that has a count, so gaps show as empty years rather than vanish. */
export function yearCategories(cells: readonly StatusCell[]): Category[] {
  const years = cells.map((c) => Number(c.key)).filter(Number.isInteger);
  if (!years.length) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ key: String(first + i), label: String(first + i) }));
}

/** Header and rows for CSV: category, one column per status present, total. */
export function stackTable(rows: readonly StackRow[], categoryHeader: string): { header: string[]; rows: (string | number)[][] } {
  const statuses = statusesPresent(rows);
  return {
    header: [categoryHeader, ...statuses.map((s) => STATUS_INFO[s].label), "Total"],
    rows: rows.map((row) => [row.label, ...statuses.map((s) => row.counts[s]), row.total]),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The largest rows in words: "5G (6), Artificial intelligence (5) and Cloud computing (2)". */
export function listLargest(rows: readonly StackRow[], limit = 3): string {
  const top = sortByTotal(rows).filter((r) => r.total > 0).slice(0, limit).map((r) => `${r.label} (${r.total})`);
  if (top.length <= 1) return top.join("");
  return `${top.slice(0, -1).join(", ")} and ${top.at(-1)}`;
}

/** The dominant status of a row in words, e.g. "4 of 6 operational". */
export function dominantStatus(row: StackRow): string | null {
  const [status, count] = (Object.entries(row.counts) as [Status, number][]).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!status || !count) return null;
  return `${count} of ${row.total} ${STATUS_INFO[status].label.toLowerCase()}`;
}

export function summarizeStack(rows: readonly StackRow[], noun: { one: string; many: string }): string {
  const withAny = rows.filter((r) => r.total > 0);
  if (!withAny.length) return `No initiatives in any ${noun.one} under the current filters.`;
  const empty = rows.length - withAny.length;
  const top = sortByTotal(rows)[0]!;
  const dominant = dominantStatus(top);
  return [
    `${plural(withAny.length, noun.one, noun.many)} with initiatives; the most in ${listLargest(rows)}.`,
    dominant ? `In ${top.label}, ${dominant}.` : "",
    empty ? `${plural(empty, `${noun.one} has`, `${noun.many} have`)} none.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
