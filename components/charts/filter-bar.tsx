"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useTransition } from "react";

export type FilterOption = { value: string; label: string; count: number; selected: boolean };
export type FilterChip = { label: string; href: string };

type Props = {
  /** The route the filters apply to: the form submits to it, keeping its own parameters in `keep`. */
  action: string;
  q?: string;
  from?: string;
  to?: string;
  facets: { key: "domain" | "country" | "status" | "actor"; label: string; options: FilterOption[] }[];
  /** Parameters the bar has no control for but must not drop (sourceType, stalled, asOf, a year range…). */
  keep: [string, string][];
  chips: FilterChip[];
  clearHref: string;
  matching: number;
  listHref: string;
};

const field = "rounded border border-line bg-paper px-2 py-1 text-sm text-ink";

/**
 * The chart pages' filters: the list's URL parameters, so a filtered chart is a link to send and means what the
 * list means. A plain GET form without JavaScript; with it, each change navigates client-side.
 */
export function FilterBar({ action, q, from, to, facets, keep, chips, clearHref, matching, listHref }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    // Close an open facet menu on a click elsewhere or on Escape.
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      for (const details of form.current?.querySelectorAll("details[open]") ?? []) {
        if (event instanceof KeyboardEvent || !details.contains(event.target as Node)) details.removeAttribute("open");
      }
    };
    document.addEventListener("click", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("click", close);
      document.removeEventListener("keydown", close);
    };
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
    }
    const query = params.toString();
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  };
  const apply = () => form.current?.requestSubmit();

  return (
    <div className="space-y-2 rounded-lg border border-line bg-line/15 p-3">
      <form ref={form} method="get" action={action} onSubmit={submit} role="search" aria-label="Filter the charts" className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-40 flex-1 flex-col gap-0.5 text-xs text-muted">
          Search
          <input type="search" name="q" defaultValue={q} placeholder="Name, alias or text" className={field} />
        </label>
        {facets.map((facet) => {
          const selected = facet.options.filter((o) => o.selected).length;
          return (
            <details key={facet.key} name="chart-filter" className="group relative">
              <summary className={`${field} cursor-pointer list-none select-none`}>
                {facet.label}
                {selected ? <span className="ml-1 rounded bg-accent px-1 text-xs text-paper">{selected}</span> : null}
                <span aria-hidden="true" className="ml-1 text-muted">▾</span>
              </summary>
              <fieldset className="absolute z-20 mt-1 hidden max-h-72 w-64 max-w-[calc(100vw-2rem)] overflow-auto group-open:block rounded border border-line bg-paper p-2 shadow-lg">
                <legend className="sr-only">{facet.label}</legend>
                {facet.options.length === 0 ? <p className="text-sm text-muted">No values under these filters.</p> : null}
                {facet.options.map((option) => (
                  <label key={option.value} className="flex items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-line/40">
                    <input type="checkbox" name={facet.key} value={option.value} defaultChecked={option.selected} onChange={apply} />
                    <span className="flex-1">{option.label}</span>
                    <span className="text-xs text-muted tabular-nums">{option.count}</span>
                  </label>
                ))}
              </fieldset>
            </details>
          );
        })}
        <label className="flex w-28 flex-col gap-0.5 text-xs text-muted">
          Announced from
          <input name="from" defaultValue={from} placeholder="YYYY" pattern="\d{4}(-(\d{2}|Q[1-4])(-\d{2})?)?" title="A year, YYYY-MM, YYYY-Qn or YYYY-MM-DD" className={field} />
        </label>
        <label className="flex w-28 flex-col gap-0.5 text-xs text-muted">
          to
          <input name="to" defaultValue={to} placeholder="YYYY" pattern="\d{4}(-(\d{2}|Q[1-4])(-\d{2})?)?" title="A year, YYYY-MM, YYYY-Qn or YYYY-MM-DD" className={field} />
        </label>
        {keep.map(([key, value]) => (
          <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
        ))}
        <button type="submit" className="rounded bg-accent px-3 py-1 text-sm font-medium text-paper hover:bg-accent-strong">
          Apply
        </button>
      </form>
      <div className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite" aria-busy={isPending}>
        <span className={isPending ? "text-muted" : ""}>
          <strong className="tabular-nums">{matching}</strong> {matching === 1 ? "initiative matches" : "initiatives match"}
          {isPending ? " · updating…" : ""}
        </span>
        {chips.map((chip) => (
          <Link key={chip.href + chip.label} href={chip.href} scroll={false} className="rounded-full border border-line px-2 py-0.5 text-xs text-ink no-underline hover:bg-line/40" aria-label={`Remove filter ${chip.label}`}>
            {chip.label} <span aria-hidden="true">✕</span>
          </Link>
        ))}
        {chips.length ? (
          <Link href={clearHref} scroll={false} className="text-xs">
            Clear all
          </Link>
        ) : null}
        <Link href={listHref} className="ml-auto text-xs">
          Open these initiatives in the list →
        </Link>
      </div>
    </div>
  );
}
