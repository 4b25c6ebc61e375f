import type { Metadata } from "next";
import Link from "next/link";
import { languageName } from "@/components/initiatives/language-name";
import { DateText } from "@/components/ui/date-text";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { findReviewQueue } from "@/lib/ingest/queries";
import { findAcceptableSuggestions } from "@/lib/ingest/review-queries";
import { SUGGESTION_KIND_LABELS, SUGGESTION_KIND_ORDER } from "@/lib/ingest/vocabulary";
import { NotAllowed } from "../_components/not-allowed";
import { AcceptAll } from "./_components/accept-all";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const { actor, allowed } = await requireEditorPage("/review");
  if (!allowed) return <NotAllowed actor={actor} />;
  const raw = (await searchParams).page;
  const page = Math.max(1, Math.min(10_000, Number.parseInt((Array.isArray(raw) ? raw[0] : raw) ?? "1", 10) || 1));
  const db = await getDb();
  const queue = await findReviewQueue(db, page);
  const acceptable = await findAcceptableSuggestions(db, queue.items.map((i) => i.sourceId));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Review queue</h1>
      <p className="max-w-3xl text-muted">
        Articles with suggestions waiting for a decision, most recent first. Accept, edit or reject each one: only what you accept
        reaches the tracker, with a citation of the passage. <Link href="/sources/new" className="underline">
          Add an article
        </Link> or{" "}
        <Link href="/sources/import" className="underline">
          import a file
        </Link>.
      </p>
      {queue.items.length === 0 ? (
        <p className="rounded border border-line p-4">Nothing is waiting for review.</p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Articles with pending suggestions ({queue.total})</caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">Article</th>
              <th scope="col" className="py-2 pr-3 font-medium">Published</th>
              <th scope="col" className="py-2 pr-3 font-medium">Waiting</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">Pending</th>
              <th scope="col" className="py-2 font-medium">Accept as suggested</th>
            </tr>
          </thead>
          <tbody>
            {queue.items.map((item) => (
              <tr key={item.sourceId} className="border-b border-line/60 align-top">
                <td className="py-2 pr-3">
                  <Link href={`/review/${item.sourceId}`} lang={item.language}>
                    {item.title}
                  </Link>
                  <div className="text-muted">
                    {item.publisher} · {languageName(item.language)}
                  </div>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  <DateText date={item.published} />
                </td>
                <td className="py-2 pr-3 text-muted">
                  {SUGGESTION_KIND_ORDER.filter((k) => item.byKind[k]).map((k) => `${SUGGESTION_KIND_LABELS[k]}: ${item.byKind[k]}`).join(" · ")}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">{item.pending}</td>
                <td className="py-2">
                  <AcceptAll sourceId={item.sourceId} items={(acceptable.get(item.sourceId) ?? []).map((id) => ({ id }))} pending={item.pending} scope={`“${item.title.slice(0, 60)}${item.title.length > 60 ? "…" : ""}”`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={queue.page} pageSize={queue.pageSize} total={queue.total} hrefFor={(p) => (p === 1 ? "/review" : `/review?page=${p}`)} />
    </div>
  );
}
