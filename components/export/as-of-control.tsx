import { formatPartialDate } from "@/lib/dates/partial-date";

/**
 * "As of": a GET form that reloads the current page with `asOf=YYYY-MM-DD`, keeping the other parameters (except the
 * page number) — the resulting URL is a citable permalink of the tracker as it stood that day. Works without JS.
 */
export function AsOfControl({
  action,
  asOf,
  params = {},
  today = new Date().toISOString().slice(0, 10),
}: {
  action: string;
  asOf?: string;
  /** The page's other query parameters, carried over as hidden fields. */
  params?: URLSearchParams | Record<string, string | string[] | undefined>;
  today?: string;
}) {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const hidden = entries.flatMap(([name, value]) =>
    name === "asOf" || name === "page" || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [name, v] as const),
  );
  const current = new URLSearchParams(hidden.map(([n, v]) => [n, v]));
  const id = "as-of-date";
  return (
    <form method="get" action={action} className="flex flex-wrap items-center gap-2 text-sm" aria-label="Show the tracker as of a date">
      {hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="font-medium">
        As of
      </label>
      <input
        id={id}
        type="date"
        name="asOf"
        defaultValue={asOf ?? ""}
        min="2000-01-01"
        max={today}
        className="rounded-md border border-line bg-paper px-2 py-1 text-sm text-ink focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
      />
      <button type="submit" className="rounded-md border border-line bg-paper px-3 py-1 font-medium text-ink hover:border-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
        Show
      </button>
      {asOf && (
        <p role="status" className="basis-full text-muted">
          Showing the tracker as it stood on <strong className="text-ink">{formatPartialDate({ date: asOf, precision: "day" })}</strong>.{" "}
          <a href={current.size ? `${action}?${current}` : action} className="underline">
            Back to today
          </a>
        </p>
      )}
    </form>
  );
}
