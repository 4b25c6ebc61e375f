// "Same as the previous article": the decisions the editor made on the article they reviewed last, applied to this
// article's pending suggestions of the same initiative, country, domain or actor — listed before anything is saved.
import Link from "next/link";
import type { PlannedDecision } from "@/lib/ingest/bulk";
import { COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, type DomainSlug } from "@/lib/vocabulary/domains";
import { BatchDecisionForm } from "../../_components/batch-decision-form";

const KIND_NOUN: Record<string, string> = { "initiative-link": "initiative", country: "country", domain: "domain", actor: "actor" };

function valueLabel(p: PlannedDecision): string {
  if (p.kind === "country") return COUNTRY_INFO[p.value as CountryCode]?.nameEn ?? p.value;
  if (p.kind === "domain") return DOMAIN_INFO[p.value as DomainSlug]?.label ?? p.value;
  return p.value;
}

type Props = { sourceId: number; previousId: number; previousTitle: string; plan: PlannedDecision[] };

export function PreviousDecisions({ sourceId, previousId, previousTitle, plan }: Props) {
  const accepts = plan.filter((p) => p.decision === "accept").length;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">Same as the previous article</h3>
      <p className="text-sm">
        You last reviewed{" "}
        <Link href={`/review/${previousId}`} className="underline" lang="und">
          {previousTitle}
        </Link>
        .{" "}
        {plan.length === 0
          ? "None of its decisions applies here (no pending suggestion of the same initiative, country, domain or actor)."
          : `${plan.length} of its decisions apply to suggestions here:`}
      </p>
      {plan.length > 0 && (
        <ul className="list-disc pl-5 text-sm">
            {plan.map((p) => (
              <li key={p.suggestionId}>
                <a href={`#suggestion-${p.suggestionId}`} className="underline">
                  {p.decision === "accept" ? "Accept" : "Reject"} {KIND_NOUN[p.kind]} {valueLabel(p)}
                </a>
                {p.initiativeSlug && ` on ${p.initiativeSlug}`}
              </li>
            ))}
        </ul>
      )}
      <BatchDecisionForm
        sourceId={sourceId}
        decisions={plan}
        label={`Apply these ${plan.length} decisions`}
        question={`Apply ${plan.length} decisions (${accepts} accept, ${plan.length - accepts} reject) as on the previous article?`}
        detail="They are saved together, with one audit entry each, or not at all."
        confirmLabel={`Apply ${plan.length}`}
      />
    </div>
  );
}
