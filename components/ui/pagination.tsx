import Link from "next/link";

function pageWindow(page: number, last: number): (number | "gap")[] {
  const pages = new Set([1, last, page - 1, page, page + 1].filter((p) => p >= 1 && p <= last));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const [i, p] of sorted.entries()) {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push("gap");
    out.push(p);
  }
  return out;
}

/** Numbered pages with previous/next; `hrefFor` builds each page's canonical URL. */
export function Pagination({ page, pageSize, total, hrefFor }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1) return null;
  const base = "inline-flex min-w-9 items-center justify-center rounded-md border px-3 py-1.5 text-sm no-underline hover:no-underline";
  return (
    <nav aria-label="Pagination" className="mt-8 flex flex-wrap items-center justify-between gap-3 print:hidden">
      <p className="text-sm text-muted">
        Page {Math.min(page, last)} of {last}
      </p>
      <ul className="flex flex-wrap items-center gap-1.5">
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={`${base} border-line text-ink hover:bg-line/40`}>
              <span aria-hidden="true">←</span>&nbsp;Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={`${base} border-line/60 text-muted`}>
              <span aria-hidden="true">←</span>&nbsp;Previous
            </span>
          )}
        </li>
        {pageWindow(page, last).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p} className="hidden sm:block">
              <Link
                href={hrefFor(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={`Page ${p}`}
                className={`${base} ${p === page ? "border-accent bg-accent font-semibold text-paper" : "border-line text-ink hover:bg-line/40"}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < last ? (
            <Link href={hrefFor(page + 1)} rel="next" className={`${base} border-line text-ink hover:bg-line/40`}>
              Next&nbsp;<span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={`${base} border-line/60 text-muted`}>
              Next&nbsp;<span aria-hidden="true">→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
