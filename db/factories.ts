// Test data builders shared by integration tests, e2e fixtures and the scale seed. Each builder writes a complete,
// valid claim set (every milestone and status change cited), with unique names so tests never collide.
import { randomBytes } from "node:crypto";
import { sourceContentHash, textFingerprint } from "@/lib/sources/identity";
import type { CountryCode, CountryRole } from "@/lib/vocabulary/countries";
import type { DomainSlug } from "@/lib/vocabulary/domains";
import type { SourceType } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import type { DbOrTx } from "./client";
import {
  actors,
  aliases,
  citations,
  initiativeActors,
  initiativeCountries,
  initiativeDomains,
  initiatives,
  milestones,
  sources,
  statusChanges,
  type Actor,
  type Citation,
  type Initiative,
  type Source,
} from "./schema";
import type { ActorKind, ActorRole, ClaimType } from "@/lib/vocabulary/misc";

export const uniqueSuffix = () => randomBytes(4).toString("hex");

export type SourceOverrides = Partial<Omit<Source, "id" | "contentHash" | "createdAt" | "updatedAt">>;

export async function createSource(db: DbOrTx, overrides: SourceOverrides = {}): Promise<Source> {
  const suffix = uniqueSuffix();
  const url = overrides.url ?? `https://news.example.org/${suffix}`;
  const values = {
    url,
    canonicalUrl: overrides.canonicalUrl ?? url,
    title: `Article ${suffix}`,
    publisher: "Example News",
    publishedOn: "2025-01-22",
    publishedPrecision: "day" as const,
    language: "en",
    sourceType: "independent-press" as SourceType,
    fullText: null,
    ...overrides,
  };
  const [row] = await db
    .insert(sources)
    .values({ ...values, contentHash: sourceContentHash(values.fullText, values.canonicalUrl), textFingerprint: textFingerprint(values.fullText) })
    .returning();
  return row!;
}

export type InitiativeSpec = {
  slug?: string;
  name?: string;
  summary?: string;
  status?: Status;
  firstAnnouncedOn?: string;
  domains?: DomainSlug[];
  countries?: { code: CountryCode; role?: CountryRole }[];
  aliases?: { name: string; language: string }[];
  /** Milestones to add, each cited to `source` with the given quote (or a note). */
  milestones?: { description: string; occurredOn: string; precision?: "day" | "month" | "quarter" | "year"; isPlanned?: boolean; quote?: string }[];
  /** The source every claim cites; a new one is created when omitted. */
  source?: Source;
};

/** Creates an initiative with its status history (one change into `status`), domains, countries and milestones. */
export async function createInitiative(db: DbOrTx, spec: InitiativeSpec = {}): Promise<Initiative & { sourceId: number }> {
  const suffix = uniqueSuffix();
  const source = spec.source ?? (await createSource(db));
  const status = spec.status ?? "proposed";
  const [row] = await db
    .insert(initiatives)
    .values({
      slug: spec.slug ?? `test-initiative-${suffix}`,
      name: spec.name ?? `Test initiative ${suffix}`,
      summary: spec.summary ?? "An initiative created by a test.",
      status,
      firstAnnouncedOn: spec.firstAnnouncedOn ?? "2024-05-01",
      firstAnnouncedPrecision: "month",
    })
    .returning();
  const initiative = row!;
  const cite = { sourceId: source.id, initiativeId: initiative.id };
  await db.insert(citations).values({ ...cite, claimType: "initiative", note: "Reports the initiative." });
  const [change] = await db
    .insert(statusChanges)
    .values({
      initiativeId: initiative.id,
      fromStatus: null,
      toStatus: status,
      effectiveOn: spec.firstAnnouncedOn ?? "2024-05-01",
      effectivePrecision: "month",
      note: "Initial status.",
    })
    .returning({ id: statusChanges.id });
  await db.insert(citations).values({ ...cite, claimType: "status-change", statusChangeId: change!.id, note: "Status as reported." });
  if (spec.domains?.length) {
    await db.insert(initiativeDomains).values(spec.domains.map((domainSlug) => ({ initiativeId: initiative.id, domainSlug })));
  }
  if (spec.countries?.length) {
    await db
      .insert(initiativeCountries)
      .values(spec.countries.map((c) => ({ initiativeId: initiative.id, countryCode: c.code, role: c.role ?? "party" })));
  }
  if (spec.aliases?.length) {
    await db.insert(aliases).values(spec.aliases.map((a) => ({ initiativeId: initiative.id, ...a })));
  }
  for (const m of spec.milestones ?? []) {
    const [ms] = await db
      .insert(milestones)
      .values({
        initiativeId: initiative.id,
        kind: "other",
        description: m.description,
        occurredOn: m.occurredOn,
        precision: m.precision ?? "day",
        isPlanned: m.isPlanned ?? false,
      })
      .returning({ id: milestones.id });
    await db.insert(citations).values({
      ...cite,
      claimType: "milestone",
      milestoneId: ms!.id,
      quote: m.quote ?? null,
      note: m.quote ? null : "Reported in the source.",
    });
  }
  return { ...initiative, sourceId: source.id };
}

export async function createActor(
  db: DbOrTx,
  overrides: { slug?: string; name?: string; kind?: ActorKind; countryCode?: CountryCode | null; description?: string } = {},
): Promise<Actor> {
  const suffix = uniqueSuffix();
  const [row] = await db
    .insert(actors)
    .values({
      slug: overrides.slug ?? `test-actor-${suffix}`,
      name: overrides.name ?? `Test actor ${suffix}`,
      kind: overrides.kind ?? "organisation",
      countryCode: overrides.countryCode ?? null,
      description: overrides.description ?? "",
    })
    .returning();
  return row!;
}

/** Cites `source` for a claim. With a quote found in the source's full text, the offsets are filled in. */
export async function createCitation(
  db: DbOrTx,
  spec: {
    source: Source;
    initiativeId: number;
    claimType: ClaimType;
    milestoneId?: number;
    statusChangeId?: number;
    countryCode?: CountryCode;
    domainSlug?: DomainSlug;
    actorId?: number;
    quote?: string;
    note?: string;
    isVerified?: boolean;
  },
): Promise<Citation> {
  const at = spec.quote && spec.source.fullText ? spec.source.fullText.indexOf(spec.quote) : -1;
  const [row] = await db
    .insert(citations)
    .values({
      sourceId: spec.source.id,
      initiativeId: spec.initiativeId,
      claimType: spec.claimType,
      milestoneId: spec.milestoneId ?? null,
      statusChangeId: spec.statusChangeId ?? null,
      countryCode: spec.countryCode ?? null,
      domainSlug: spec.domainSlug ?? null,
      actorId: spec.actorId ?? null,
      quote: spec.quote ?? null,
      quoteStart: at >= 0 ? at : null,
      quoteEnd: at >= 0 ? at + spec.quote!.length : null,
      note: spec.note ?? (spec.quote ? null : "Reported in the source."),
      isVerified: spec.isVerified ?? true,
    })
    .returning();
  return row!;
}

/** Links an actor to an initiative in a role, cited to `source`. */
export async function linkActor(
  db: DbOrTx,
  spec: { initiativeId: number; actor: Actor; role?: ActorRole; source: Source; quote?: string },
): Promise<void> {
  await db.insert(initiativeActors).values({ initiativeId: spec.initiativeId, actorId: spec.actor.id, role: spec.role ?? "participant" });
  await createCitation(db, { source: spec.source, initiativeId: spec.initiativeId, claimType: "actor", actorId: spec.actor.id, quote: spec.quote });
}

/** Adds a milestone (actual or planned, verified or not) cited to `source`, with offsets when the quote is in its text. */
export async function addCitedMilestone(
  db: DbOrTx,
  spec: {
    initiativeId: number;
    source: Source;
    description: string;
    occurredOn: string;
    precision?: "day" | "month" | "quarter" | "year";
    isPlanned?: boolean;
    isVerified?: boolean;
    quote?: string;
  },
): Promise<{ milestoneId: number; citation: Citation }> {
  const [ms] = await db
    .insert(milestones)
    .values({
      initiativeId: spec.initiativeId,
      kind: "other",
      description: spec.description,
      occurredOn: spec.occurredOn,
      precision: spec.precision ?? "day",
      isPlanned: spec.isPlanned ?? false,
      isVerified: spec.isVerified ?? true,
    })
    .returning({ id: milestones.id });
  const citation = await createCitation(db, {
    source: spec.source,
    initiativeId: spec.initiativeId,
    claimType: "milestone",
    milestoneId: ms!.id,
    quote: spec.quote,
  });
  return { milestoneId: ms!.id, citation };
}
