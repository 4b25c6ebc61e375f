"use client";
// Countries, domains and actors are suggested with the initiative named nearest to them, often not the one the
// article is about (two in three of the real articles' correct countries and domains needed moving). One choice of
// initiative, then every pending link of those kinds is accepted on it — after the confirmation that counts them.
import { useState } from "react";
import { BatchDecisionForm } from "../../_components/batch-decision-form";

type Props = { sourceId: number; initiatives: { slug: string; name: string }[]; pendingLinkIds: number[] };

export function AcceptOnInitiative({ sourceId, initiatives, pendingLinkIds }: Props) {
  const [slug, setSlug] = useState(initiatives[0]?.slug ?? "");
  if (!initiatives.length || !pendingLinkIds.length) return null;
  const chosen = initiatives.find((i) => i.slug === slug) ?? initiatives[0]!;
  const n = pendingLinkIds.length;
  return (
    <div className="space-y-2">
      <label htmlFor="accept-on-initiative" className="block text-sm font-medium">
        Initiative for every pending country, domain and actor
      </label>
      <select id="accept-on-initiative" value={chosen.slug} onChange={(e) => setSlug(e.target.value)} className="rounded border border-line bg-paper px-2 py-1.5 text-sm">
        {initiatives.map((i) => (
          <option key={i.slug} value={i.slug}>
            {i.name}
          </option>
        ))}
      </select>
      <BatchDecisionForm
        key={chosen.slug}
        sourceId={sourceId}
        decisions={pendingLinkIds.map((suggestionId) => ({ suggestionId, decision: "accept" as const, initiativeSlug: chosen.slug }))}
        label={`Accept ${n} pending ${n === 1 ? "link" : "links"} on ${chosen.name}`}
        question={`Accept ${n} pending ${n === 1 ? "country, domain or actor" : "countries, domains and actors"} on ${chosen.name}?`}
        detail="Reject the wrong ones first (r): every pending one of these kinds is linked to this initiative, citing its passage, all together or none."
        confirmLabel={`Accept ${n} on this initiative`}
      />
    </div>
  );
}
