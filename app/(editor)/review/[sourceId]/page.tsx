import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { languageName } from "@/components/initiatives/language-name";
import { DateText } from "@/components/ui/date-text";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { DUPLICATE_MATCH_LABELS, isDuplicateMatch } from "@/lib/ingest/duplicates";
import { isAcceptableAsSuggested, planFromPrevious } from "@/lib/ingest/bulk";
import { getInitiativeStates, getReviewOptions, getReviewSource } from "@/lib/ingest/queries";
import { getNextInQueue, getPreviousReview } from "@/lib/ingest/review-queries";
import { SUGGESTION_KIND_LABELS, SUGGESTION_KIND_ORDER } from "@/lib/ingest/vocabulary";
import { SOURCE_TYPE_LABELS } from "@/lib/vocabulary/misc";
import { NotAllowed } from "../../_components/not-allowed";
import { AcceptAll, RejectAll } from "../_components/accept-all";
import { AcceptOnInitiative } from "./_components/accept-on-initiative";
import { PreviousDecisions } from "./_components/previous-decisions";
import { ReviewKeyboard } from "./_components/review-keyboard";
import { SuggestionItem } from "./_components/suggestion-item";

type Props = { params: Promise<{ sourceId: string }>; searchParams: Promise<{ added?: string; duplicate?: string }> };

const loadSource = cache(async (id: string) => (/^\d{1,9}$/.test(id) ? getReviewSource(await getDb(), Number(id)) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).sourceId);
  if (!source) notFound();
  return { title: `Review: ${source.title}` };
}

export default async function ReviewSourcePage({ params, searchParams }: Props) {
  const { sourceId } = await params;
  const { actor, allowed } = await requireEditorPage(`/review/${sourceId}`);
  if (!allowed) return <NotAllowed actor={actor} />;
  const source = await loadSource(sourceId);
  if (!source) notFound();
  const db = await getDb();
  const statusSlugs = source.suggestions.flatMap((s) => (s.typed?.kind === "status-change" ? [s.typed.payload.initiativeSlug] : []));
  const [{ initiatives, actors }, next, previous, states] = await Promise.all([
    getReviewOptions(db),
    getNextInQueue(db, source.id),
    getPreviousReview(db, actor.userId, source.id),
    getInitiativeStates(db, statusSlugs),
  ]);
  const { added, duplicate } = await searchParams;
  const pendingIds = source.suggestions.filter((s) => s.status === "pending").map((s) => s.id);
  const pending = pendingIds.length;
  const acceptable = source.suggestions.filter(isAcceptableAsSuggested);
  const plan = previous ? planFromPrevious(previous.decisions, source.suggestions) : [];
  // The initiatives this article names (suggested or accepted links): where its countries, domains and actors go.
  const named = new Map(initiatives.map((i) => [i.slug, i.name]));
  const articleInitiatives = [...new Set(source.suggestions.flatMap((s) => (s.typed?.kind === "initiative-link" && s.status !== "rejected" ? [s.typed.payload.slug] : [])))]
    .filter((slug) => named.has(slug))
    .map((slug) => ({ slug, name: named.get(slug)! }));
  const pendingLinkIds = source.suggestions.filter((s) => s.status === "pending" && s.typed && ["country", "domain", "actor"].includes(s.kind)).map((s) => s.id);

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/review">← Review queue</Link>
      </p>
      {isDuplicateMatch(duplicate) && (
        <p role="status" className="rounded border border-[var(--color-status-stalled)] p-3 text-sm">
          This article is already stored as source {source.id} — {DUPLICATE_MATCH_LABELS[duplicate]} — so nothing was added: here is the existing source.
        </p>
      )}
      {added !== undefined && !duplicate && (
        <p role="status" className="rounded border border-[var(--color-status-operational)] p-3 text-sm">
          Article stored, with {Number(added) || 0} suggestion{Number(added) === 1 ? "" : "s"} to review.
        </p>
      )}
      <header className="space-y-2">
        <h1 lang={source.language} className="text-3xl font-semibold">
          {source.title}
        </h1>
        <p className="text-muted">
          {source.publisher} · <DateText date={source.published} /> · {languageName(source.language)} · {SOURCE_TYPE_LABELS[source.sourceType]} ·{" "}
          <Link href={`/sources/${source.id}`} className="underline">
            In the source archive
          </Link>
          {source.url && (
            <>
              {" "}
              · <a href={source.url} rel="noopener noreferrer external" className="underline">
                Original
              </a>
            </>
          )}
        </p>
        <p>
          {pending === 0 ? "Every suggestion has been reviewed." : `${pending} of ${source.suggestions.length} suggestions waiting for a decision.`}
        </p>
        {pending === 0 && (
          <p className="text-lg">
            {next ? (
              <Link href={`/review/${next.id}`} className="font-medium underline" lang="und">
                Next article in the queue: {next.title} →
              </Link>
            ) : (
              <Link href="/review" className="underline">
                The queue is empty: back to the review queue
              </Link>
            )}
          </p>
        )}
      </header>

      {pending > 0 && (
        <section aria-labelledby="bulk-heading" className="space-y-3 rounded border border-line p-4">
          <h2 id="bulk-heading" className="text-xl font-semibold">
            Review faster
          </h2>
          <ReviewKeyboard pendingIds={pendingIds} />
          <AcceptAll sourceId={source.id} items={acceptable} pending={pending} scope="this article" />
          <AcceptOnInitiative sourceId={source.id} initiatives={articleInitiatives} pendingLinkIds={pendingLinkIds} />
          {previous && <PreviousDecisions sourceId={source.id} previousTitle={previous.title} previousId={previous.sourceId} plan={plan} />}
        </section>
      )}

      <datalist id="initiative-options">
        {initiatives.map((i) => (
          <option key={i.slug} value={i.slug} label={i.name} />
        ))}
      </datalist>
      <datalist id="actor-options">
        {actors.map((a) => (
          <option key={a.slug} value={a.slug} label={a.name} />
        ))}
      </datalist>

      {source.suggestions.length === 0 && <p className="rounded border border-line p-4">The extraction found nothing to suggest in this article.</p>}
      {SUGGESTION_KIND_ORDER.map((kind) => {
        const items = source.suggestions.filter((s) => s.kind === kind);
        if (!items.length) return null;
        const open = items.filter((s) => s.status === "pending").length;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="space-y-3">
            <h2 id={`kind-${kind}`} className="text-2xl font-semibold">
              {SUGGESTION_KIND_LABELS[kind]} <span className="text-base font-normal text-muted">({open} pending of {items.length})</span>
            </h2>
            {open > 0 && (
              <div className="flex flex-wrap items-start gap-3">
                {kind === "status-change" ? (
                  <p className="text-sm text-muted">Status changes are decided one by one, each against the initiative&apos;s status and version shown with it.</p>
                ) : (
                  <AcceptAll sourceId={source.id} items={acceptable.filter((s) => s.kind === kind)} pending={open} scope={SUGGESTION_KIND_LABELS[kind].toLowerCase()} />
                )}
                <RejectAll sourceId={source.id} ids={items.filter((s) => s.status === "pending").map((s) => s.id)} scope={SUGGESTION_KIND_LABELS[kind].toLowerCase()} />
              </div>
            )}
            <ol className="space-y-3">
              {items.map((s) => (
                <SuggestionItem
                  key={s.id}
                  source={source}
                  s={s}
                  initiativeListId="initiative-options"
                  actorListId="actor-options"
                  initiative={s.typed?.kind === "status-change" ? states.get(s.typed.payload.initiativeSlug) : undefined}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
