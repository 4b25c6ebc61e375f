// Accepting a suggested link: the initiative gains the country, domain or actor link (or, for an initiative
// mentioned in the article, just the citation) together with a citation of the reviewed passage, whose claim type
// matches the link. Runs inside the caller's transaction; the initiative's version is incremented and the change
// enters the audit log and the public changelog like any other edit.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { actors, citations, initiativeActors, initiativeCountries, initiativeDomains } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditWithChangelog } from "@/lib/audit/write";
import { type FieldErrorMap, resolveCitations } from "@/lib/citations/resolve";
import type { CitationInput } from "@/lib/citations/schemas";
import { throwIfFieldErrors } from "@/lib/editorial/field-errors";
import { getInitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import { updateInitiativeAtVersion } from "@/lib/editorial/lock";
import { COUNTRY_INFO, type CountryCode, type CountryRole } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, type DomainSlug } from "@/lib/vocabulary/domains";
import type { ActorRole } from "@/lib/vocabulary/misc";

export type LinkClaim =
  | { claimType: "initiative" }
  | { claimType: "country"; code: CountryCode; role: CountryRole }
  | { claimType: "domain"; slug: DomainSlug }
  | { claimType: "actor"; actorSlug: string; role: ActorRole };

export type LinkResult = { initiativeSlug: string; initiativeId: number; citationId: number; version: number };

export async function linkWithCitation(
  tx: DbOrTx,
  actor: Actor,
  initiativeSlug: string,
  claim: LinkClaim,
  citation: CitationInput,
  suggestionId: number,
): Promise<LinkResult> {
  const errors: FieldErrorMap = {};
  const before = await getInitiativeSnapshot(tx, { slug: initiativeSlug });
  if (!before) (errors.initiativeSlug ??= []).push(`There is no initiative "${initiativeSlug}".`);
  let actorRow: { id: number; name: string } | undefined;
  if (claim.claimType === "actor") {
    [actorRow] = await tx.select({ id: actors.id, name: actors.name }).from(actors).where(eq(actors.slug, claim.actorSlug));
    if (!actorRow) (errors.actorSlug ??= []).push(`There is no actor "${claim.actorSlug}".`);
  }
  const cited = await resolveCitations(tx, [citation], "citation", errors);
  throwIfFieldErrors(errors);
  const initiative = before!;
  const { snapshot, ...citationValues } = cited[0]!;

  await updateInitiativeAtVersion(tx, initiative.id, initiative.version);
  let summary: string;
  let target: Partial<Pick<typeof citations.$inferInsert, "countryCode" | "domainSlug" | "actorId">> = {};
  switch (claim.claimType) {
    case "country":
      await tx.insert(initiativeCountries).values({ initiativeId: initiative.id, countryCode: claim.code, role: claim.role }).onConflictDoNothing();
      target = { countryCode: claim.code };
      summary = `Country linked: ${COUNTRY_INFO[claim.code].nameEn} (${claim.role}), cited from a reviewed article.`;
      break;
    case "domain":
      await tx.insert(initiativeDomains).values({ initiativeId: initiative.id, domainSlug: claim.slug }).onConflictDoNothing();
      target = { domainSlug: claim.slug };
      summary = `Domain linked: ${DOMAIN_INFO[claim.slug].label}, cited from a reviewed article.`;
      break;
    case "actor":
      await tx.insert(initiativeActors).values({ initiativeId: initiative.id, actorId: actorRow!.id, role: claim.role }).onConflictDoNothing();
      target = { actorId: actorRow!.id };
      summary = `Actor linked: ${actorRow!.name} (${claim.role}), cited from a reviewed article.`;
      break;
    case "initiative":
      summary = `New source cited: “${snapshot.sourceTitle}”.`;
      break;
  }
  const [row] = await tx
    .insert(citations)
    .values({ ...citationValues, ...target, claimType: claim.claimType, initiativeId: initiative.id })
    .returning({ id: citations.id });
  const after = (await getInitiativeSnapshot(tx, { id: initiative.id }))!;
  await writeAuditWithChangelog(tx, actor, {
    action: claim.claimType === "initiative" ? "initiative.cite" : `initiative.link-${claim.claimType}`,
    entityType: "initiative",
    entityId: initiative.id,
    before,
    after: { ...after, citation: snapshot, suggestionId },
    initiativeId: initiative.id,
    version: after.version,
    summary,
    citations: [snapshot],
  });
  return { initiativeSlug: initiative.slug, initiativeId: initiative.id, citationId: row!.id, version: after.version };
}
