import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { AUDIT_PAGE_SIZE, type AuditFilters, parseAuditFilters } from "@/lib/audit/filters";
import { findAuditEntries, getAuditFilterOptions } from "@/lib/audit/queries";
import { requireEditorPage } from "@/lib/auth/current";
import { NotAllowed } from "../../_components/not-allowed";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function pageHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, page })) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) params.set(k, String(v));
  const query = params.toString();
  return `/admin/audit${query ? `?${query}` : ""}`;
}

const field = "w-full rounded border border-line bg-paper px-2 py-1.5";

export default async function AuditPage({ searchParams }: Props) {
  const { actor, allowed } = await requireEditorPage("/admin/audit", "admin");
  if (!allowed) return <NotAllowed actor={actor} need="admin" />;
  const filters = parseAuditFilters(await searchParams);
  const db = await getDb();
  const [{ rows, total }, options] = await Promise.all([findAuditEntries(db, filters), getAuditFilterOptions(db)]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Audit log</h1>
      <p className="max-w-3xl text-muted">Every change, by whom, when, and the record before and after it.</p>
      <form className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the audit log">
        <div>
          <label htmlFor="audit-entity-type" className="mb-1 block text-sm font-medium">
            Entity type
          </label>
          <select id="audit-entity-type" name="entityType" defaultValue={filters.entityType ?? ""} className={field}>
            <option value="">Any</option>
            {options.entityTypes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity-id" className="mb-1 block text-sm font-medium">
            Entity id
          </label>
          <input id="audit-entity-id" name="entityId" defaultValue={filters.entityId} className={field} />
        </div>
        <div>
          <label htmlFor="audit-action" className="mb-1 block text-sm font-medium">
            Action
          </label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={field}>
            <option value="">Any</option>
            {options.actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-user" className="mb-1 block text-sm font-medium">
            User (email or name)
          </label>
          <input id="audit-user" name="user" defaultValue={filters.user} className={field} />
        </div>
        <div>
          <label htmlFor="audit-from" className="mb-1 block text-sm font-medium">
            From
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from} className={field} />
        </div>
        <div>
          <label htmlFor="audit-to" className="mb-1 block text-sm font-medium">
            To
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to} className={field} />
        </div>
        <div className="flex gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded bg-accent px-4 py-1.5 font-medium text-paper hover:bg-accent-strong">
            Filter
          </button>
          <Link href="/admin/audit" className="self-center">
            Clear filters
          </Link>
        </div>
      </form>
      <p role="status" className="text-sm text-muted">
        {total} {total === 1 ? "entry" : "entries"}
        {pages > 1 ? `, page ${filters.page} of ${pages}` : ""}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Audit entries, newest first</caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">When (UTC)</th>
              <th scope="col" className="py-2 pr-3 font-medium">Who</th>
              <th scope="col" className="py-2 pr-3 font-medium">Action</th>
              <th scope="col" className="py-2 pr-3 font-medium">Entity</th>
              <th scope="col" className="py-2 font-medium">Before and after</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-line/60 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={r.createdAt.toISOString()}>{timeFormat.format(r.createdAt)}</time>
                </td>
                <td className="py-2 pr-3">
                  {r.userEmail ?? "system"}
                  {r.userRole && <span className="text-muted"> ({r.userRole})</span>}
                </td>
                <td className="py-2 pr-3 font-mono">{r.action}</td>
                <td className="py-2 pr-3">
                  {r.entityType} {r.entityId}
                </td>
                <td className="py-2">
                  <details>
                    <summary className="cursor-pointer">Show</summary>
                    <div className="mt-2 grid gap-2 lg:grid-cols-2">
                      <pre className="max-h-80 overflow-auto rounded border border-line p-2 text-xs" aria-label="Before" tabIndex={0}>
                        {JSON.stringify(r.before, null, 2)}
                      </pre>
                      <pre className="max-h-80 overflow-auto rounded border border-line p-2 text-xs" aria-label="After" tabIndex={0}>
                        {JSON.stringify(r.after, null, 2)}
                      </pre>
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Audit log pages" className="flex gap-4">
          {filters.page > 1 && <Link href={pageHref(filters, filters.page - 1)}>Newer entries</Link>}
          {filters.page < pages && <Link href={pageHref(filters, filters.page + 1)}>Older entries</Link>}
        </nav>
      )}
    </div>
  );
}
