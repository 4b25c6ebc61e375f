import Link from "next/link";
import type { InitiativeState, ReviewSource, SuggestionView } from "@/lib/ingest/queries";
import type { PayloadOf } from "@/lib/ingest/payloads";
import { isBackwards } from "@/lib/ingest/status-hints";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { EvidenceQuote } from "./evidence-quote";
import { suggestionHeading } from "./labels";
import { SuggestionForm } from "./suggestion-form";

const DECISIONS = { accepted: "Accepted", edited: "Accepted with changes", rejected: "Rejected", pending: "Pending" } as const;

/** The prefilled create form for a candidate initiative (the editorial form reads these search parameters). */
function createHref(source: ReviewSource, s: SuggestionView, name: string): string {
  const params = new URLSearchParams({
    name,
    sourceId: String(source.id),
    quote: s.quote,
    quoteStart: String(s.quoteStart),
    quoteEnd: String(s.quoteEnd),
    returnTo: `/review/${source.id}#suggestion-${s.id}`,
  });
  const countries = [...new Set(source.suggestions.flatMap((x) => (x.typed?.kind === "country" && x.status !== "rejected" ? [x.typed.payload.code] : [])))];
  const domains = [...new Set(source.suggestions.flatMap((x) => (x.typed?.kind === "domain" && x.status !== "rejected" && x.confidence >= 0.6 ? [x.typed.payload.slug] : [])))];
  if (countries.length) params.set("countries", countries.join(","));
  if (domains.length) params.set("domains", domains.join(","));
  return `/editor/initiatives/new?${params.toString()}`;
}

/**
 * Where the initiative stands now against what the suggestion proposes: a step backwards is said in words, and so is
 * a status changed since the article was read (the decision is checked against the version shown here).
 */
function StatusContext({ p, initiative }: { p: PayloadOf<"status-change">; initiative: InitiativeState | undefined }) {
  if (!initiative) return <p className="mt-2 text-sm">The initiative “{p.initiativeSlug}” no longer exists: reject this suggestion.</p>;
  const label = (s: keyof typeof STATUS_INFO) => STATUS_INFO[s].label;
  return (
    <div className="mt-2 space-y-1 text-sm">
      <p>
        <Link href={`/initiatives/${initiative.slug}`} className="underline">
          {initiative.name}
        </Link>{" "}
        is {label(initiative.status)} now (version {initiative.version})
        {initiative.status !== p.fromStatus && `; it was ${label(p.fromStatus)} when the article was read`}.
      </p>
      {isBackwards(initiative.status, p.toStatus) && (
        <p className="rounded border border-[var(--color-status-stalled)] p-2 font-medium">
          Step backwards: {label(initiative.status)} → {label(p.toStatus)}. The article may retell an earlier stage; accept only if the initiative really went back.
        </p>
      )}
      {initiative.status === p.toStatus && <p>It is already {label(p.toStatus)}: reject this suggestion.</p>}
    </div>
  );
}

function Outcome({ s }: { s: SuggestionView }) {
  const slug = typeof s.result?.initiativeSlug === "string" ? s.result.initiativeSlug : null;
  return (
    <p className="mt-2 text-sm">
      <strong>{DECISIONS[s.status]}</strong>
      {s.reviewedBy && ` by ${s.reviewedBy}`}
      {slug && (
        <>
          {" "}
          — <Link href={`/initiatives/${slug}${typeof s.result?.milestoneId === "number" ? `#milestone-${s.result.milestoneId}` : ""}`} className="underline">
            see the initiative
          </Link>
        </>
      )}
    </p>
  );
}

type Props = {
  source: ReviewSource;
  s: SuggestionView;
  initiativeListId: string;
  actorListId: string;
  /** For a status change: its initiative as it is now. */
  initiative?: InitiativeState;
};

export function SuggestionItem({ source, s, initiativeListId, actorListId, initiative }: Props) {
  const headingId = `suggestion-${s.id}-heading`;
  if (!s.typed) {
    return (
      <li id={`suggestion-${s.id}`} className="rounded border border-line p-4">
        <p className="text-sm text-muted">This suggestion is stored in a form this version cannot show.</p>
      </li>
    );
  }
  const { typed } = s;
  const details =
    typed.kind === "milestone"
      ? `${typed.payload.precision}${typed.payload.resolved ? ", resolved from the article's date" : ""}`
      : typed.kind === "status-change"
        ? `${typed.payload.initiativeSlug}, ${typed.payload.precision}${typed.payload.backwards ? ", a step backwards" : ""}`
        : typed.kind === "domain" || typed.kind === "initiative-link" || typed.kind === "new-initiative" || typed.kind === "actor"
        ? `confidence ${s.confidence.toFixed(2)}`
        : null;
  return (
    <li
      id={`suggestion-${s.id}`}
      data-suggestion-id={s.id}
      data-pending={s.status === "pending"}
      // Focusable by script only (j / k), with a visible ring: the keyboard review's current suggestion.
      tabIndex={s.status === "pending" ? -1 : undefined}
      className={`scroll-mt-24 rounded border p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-accent focus:ring-4 focus:ring-accent ${s.status === "pending" ? "border-line" : "border-dashed border-line"}`}
    >
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="flex flex-wrap items-baseline gap-x-2 font-semibold">
          <span lang={typed.kind === "new-initiative" || typed.kind === "initiative-link" ? source.language : undefined}>{suggestionHeading(typed)}</span>
          {details && <span className="text-sm font-normal text-muted">({details})</span>}
        </h3>
        <div className="mt-2">
          <EvidenceQuote quote={s.quote} start={s.quoteStart} evidence={typed.payload.evidence} language={source.language} />
        </div>
        {typed.kind === "new-initiative" && s.status === "pending" && (
          <p className="mt-2 text-sm">
            <Link href={createHref(source, s, typed.payload.name)} className="underline">
              Create an initiative from this candidate
            </Link> (opens the new-initiative form,
            prefilled).
          </p>
        )}
        {typed.kind === "status-change" && s.status === "pending" && <StatusContext p={typed.payload} initiative={initiative} />}
        {s.status === "pending" ? (
          <SuggestionForm id={s.id} typed={typed} initiativeListId={initiativeListId} actorListId={actorListId} version={initiative?.version} />
        ) : (
          <Outcome s={s} />
        )}
      </article>
    </li>
  );
}
