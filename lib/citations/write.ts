import type { DbOrTx } from "@/db/client";
import { citations } from "@/db/schema";
import type { ResolvedCitation } from "./resolve";

type Claim =
  | { claimType: "initiative" }
  | { claimType: "status-change"; statusChangeId: number }
  | { claimType: "milestone"; milestoneId: number };

export async function insertCitations(tx: DbOrTx, initiativeId: number, claim: Claim, resolved: ResolvedCitation[]): Promise<number[]> {
  if (!resolved.length) return [];
  const rows = await tx
    .insert(citations)
    .values(resolved.map(({ snapshot: _snapshot, ...c }) => ({ ...c, ...claim, initiativeId })))
    .returning({ id: citations.id });
  return rows.map((r) => r.id);
}
