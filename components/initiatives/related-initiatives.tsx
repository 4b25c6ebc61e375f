import Link from "next/link";
import { StatusTag } from "@/components/ui/status-tag";
import { getDb } from "@/db/client";
import { linkedAsOf } from "@/lib/initiatives/as-of";
import { cachedReads } from "@/lib/cache/reads";
import { initiativeHref } from "./initiative-href";

/**
 * Initiatives sharing actors, domains or countries, or linked as parent/successor; streamed in after the page. As of
 * a past day, each shows its status then and links to its page as of that day, and those not on record yet are left out.
 */
export async function RelatedInitiatives({ initiativeId, asOf }: { initiativeId: number; asOf?: string }) {
  const db = await getDb();
  const related = await linkedAsOf(db, await cachedReads.getRelatedInitiatives(db, initiativeId), asOf);
  if (!related.length) return <p className="text-sm text-muted">No closely related initiatives yet.</p>;
  return (
    <ul className="space-y-4">
      {related.map((r) => (
        <li key={r.slug}>
          <Link href={initiativeHref(r.slug, asOf)} className="font-medium leading-snug">
            {r.name}
          </Link>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <StatusTag status={r.status} tipId={`status-tip-related-${r.slug}`} />
            <span className="text-xs text-muted">{r.reasons.join(" · ")}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
