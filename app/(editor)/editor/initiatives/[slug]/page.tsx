import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Changelog } from "@/components/initiatives/changelog";
import { StatusHistory } from "@/components/initiatives/status-history";
import { StatusTag } from "@/components/ui/status-tag";
import { getDb } from "@/db/client";
import { getInitiativeChangelog } from "@/lib/audit/queries";
import { requireEditorPage } from "@/lib/auth/current";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { getInitiativeBySlug } from "@/lib/initiatives/detail";
import { NotAllowed } from "../../../_components/not-allowed";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: "Edit initiative" };

const SAVED: Record<string, string> = {
  status: "Status changed. It is in the status history and the changelog below.",
  milestone: "Milestone saved.",
  "milestone-removed": "Milestone removed.",
};

export default async function EditInitiativeOverviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { actor, allowed } = await requireEditorPage(`/editor/initiatives/${slug}`);
  if (!allowed) return <NotAllowed actor={actor} />;
  const db = await getDb();
  const detail = await getInitiativeBySlug(db, slug);
  if (!detail) notFound();
  const changelog = await getInitiativeChangelog(db, detail.id);
  const saved = SAVED[(await searchParams).saved ?? ""];
  const base = `/editor/initiatives/${detail.slug}`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">Editing · version {detail.version}</p>
        <h1 className="text-3xl font-semibold">{detail.name}</h1>
        <p className="flex flex-wrap items-center gap-2">
          Current status: <StatusTag status={detail.status} tipId="status-tip-current" />
          {detail.statusSince && <span className="text-sm text-muted">since {formatPartialDate(detail.statusSince)}</span>}
        </p>
        <p>
          <Link href={`/initiatives/${detail.slug}`}>View the public page</Link>
        </p>
      </header>
      {saved && (
        <p role="status" className="rounded border border-[var(--color-status-operational)] p-3 text-sm">
          {saved}
        </p>
      )}
      {detail.isPossiblyStalled && (
        <section aria-labelledby="stalled-heading" className="rounded border-2 border-[var(--color-status-in-progress)] p-4">
          <h2 id="stalled-heading" className="text-lg font-semibold">
            Possibly stalled
          </h2>
          <p className="text-sm">
            No new evidence since {detail.lastEvidenceOn ?? "it was added"}. If a source confirms that nothing is moving, confirm it as stalled
            (with the citation).
          </p>
          <Link href={`${base}/status?confirm=stalled`} className="mt-2 inline-block rounded border border-line px-3 py-1.5 text-sm">
            Confirm stalled
          </Link>
        </section>
      )}
      <nav aria-label="Changes to this initiative">
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link href={`${base}/status`} className="inline-block rounded bg-accent px-3 py-1.5 font-medium text-paper no-underline hover:bg-accent-strong">
              Change status
            </Link>
          </li>
          <li>
            <Link href={`${base}/edit`} className="inline-block rounded border border-line px-3 py-1.5">
              Edit details
            </Link>
          </li>
          <li>
            <Link href={`${base}/milestones/new`} className="inline-block rounded border border-line px-3 py-1.5">
              Add a milestone
            </Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-2xl font-semibold">
          Status history
        </h2>
        <StatusHistory changes={detail.statusHistory} />
      </section>
      <section aria-labelledby="milestones-heading" className="space-y-3">
        <h2 id="milestones-heading" className="text-2xl font-semibold">
          Milestones
        </h2>
        {detail.milestones.length === 0 ? (
          <p className="text-sm text-muted">No milestones yet.</p>
        ) : (
          <ul className="space-y-2">
            {detail.milestones.map((m) => (
              <li key={m.id} className="flex flex-wrap items-baseline gap-x-3 rounded border border-line p-3 text-sm">
                <span className="font-medium">{formatPartialDate(m.date)}</span>
                <span>
                  {m.isPlanned ? "Planned: " : ""}
                  {m.description}
                </span>
                <Link href={`${base}/milestones/${m.id}`} className="ml-auto" aria-label={`Edit or remove milestone “${m.description}”`}>
                  Edit or remove
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Changelog entries={changelog} />
    </div>
  );
}
