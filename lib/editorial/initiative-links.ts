// Resolving and writing an initiative's links (parent, successor, aliases, domains, countries, actors).
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { actors, aliases, initiativeActors, initiativeCountries, initiativeDomains, initiatives } from "@/db/schema";
import type { InitiativeCreateInput } from "@/lib/initiatives/schemas";
import type { FieldErrorMap } from "@/lib/citations/resolve";

type LinkInput = Pick<InitiativeCreateInput, "parentSlug" | "supersededBySlug" | "actors">;

export type ResolvedLinks = { parentId?: number | null; supersededById?: number | null; actorIds: Map<string, number> };

const addError = (errors: FieldErrorMap, key: string, message: string) => (errors[key] ??= []).push(message);

/** Looks up the slugs the input names; unknown ones, self-links and parent cycles become field errors. */
export async function resolveLinks(tx: DbOrTx, input: LinkInput, selfId: number | null, errors: FieldErrorMap): Promise<ResolvedLinks> {
  const out: ResolvedLinks = { actorIds: new Map() };
  for (const field of ["parentSlug", "supersededBySlug"] as const) {
    const slug = input[field];
    if (slug === undefined) continue;
    const target = field === "parentSlug" ? "parentId" : "supersededById";
    if (slug === null) {
      out[target] = null;
      continue;
    }
    const [row] = await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, slug));
    if (!row) addError(errors, field, `There is no initiative "${slug}".`);
    else if (row.id === selfId) addError(errors, field, "An initiative cannot link to itself.");
    else out[target] = row.id;
  }
  if (out.parentId && selfId !== null && (await isAncestorOrSelf(tx, selfId, out.parentId))) {
    addError(errors, "parentSlug", "That initiative is already below this one: the parent links would form a loop.");
  }
  const slugs = [...new Set((input.actors ?? []).map((a) => a.slug))];
  if (slugs.length) {
    const rows = await tx.select({ id: actors.id, slug: actors.slug }).from(actors).where(inArray(actors.slug, slugs));
    for (const r of rows) out.actorIds.set(r.slug, r.id);
    (input.actors ?? []).forEach((a, i) => {
      if (!out.actorIds.has(a.slug)) addError(errors, `actors.${i}.slug`, `There is no actor "${a.slug}".`);
    });
  }
  return out;
}

/** Is `ancestorId` reached by walking up from `startId`'s parent chain (or equal to it)? */
async function isAncestorOrSelf(tx: DbOrTx, ancestorId: number, startId: number): Promise<boolean> {
  let current: number | null = startId;
  for (let depth = 0; current !== null && depth < 50; depth++) {
    if (current === ancestorId) return true;
    const [row] = await tx.select({ parentId: initiatives.parentId }).from(initiatives).where(eq(initiatives.id, current));
    current = row?.parentId ?? null;
  }
  return false;
}

const uniqueBy = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];

/** Replaces each list the input carries (a list left out stays as it is). */
export async function replaceLinkLists(
  tx: DbOrTx,
  initiativeId: number,
  input: Pick<InitiativeCreateInput, "aliases" | "domains" | "countries" | "actors">,
  actorIds: Map<string, number>,
): Promise<void> {
  if (input.aliases) {
    await tx.delete(aliases).where(eq(aliases.initiativeId, initiativeId));
    const rows = uniqueBy(input.aliases, (a) => a.name);
    if (rows.length) await tx.insert(aliases).values(rows.map((a) => ({ initiativeId, name: a.name, language: a.language })));
  }
  if (input.domains) {
    await tx.delete(initiativeDomains).where(eq(initiativeDomains.initiativeId, initiativeId));
    const rows = [...new Set(input.domains)];
    if (rows.length) await tx.insert(initiativeDomains).values(rows.map((domainSlug) => ({ initiativeId, domainSlug })));
  }
  if (input.countries) {
    await tx.delete(initiativeCountries).where(eq(initiativeCountries.initiativeId, initiativeId));
    const rows = uniqueBy(input.countries, (c) => `${c.code}/${c.role}`);
    if (rows.length) await tx.insert(initiativeCountries).values(rows.map((c) => ({ initiativeId, countryCode: c.code, role: c.role })));
  }
  if (input.actors) {
    await tx.delete(initiativeActors).where(eq(initiativeActors.initiativeId, initiativeId));
    const rows = uniqueBy(input.actors, (a) => `${a.slug}/${a.role}`);
    if (rows.length) {
      await tx.insert(initiativeActors).values(rows.map((a) => ({ initiativeId, actorId: actorIds.get(a.slug)!, role: a.role })));
    }
  }
}
