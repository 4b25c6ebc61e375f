// Test data builders shared by integration tests, e2e fixtures and the scale seed. Each builder writes a complete,
// valid claim set (every milestone and status change cited), with unique names so tests never collide.
import { randomBytes } from "node:crypto";
import { sourceContentHash } from "@/lib/sources/identity";
import type { CountryCode, CountryRole } from "@/lib/vocabulary/countries";
import type { DomainSlug } from "@/lib/vocabulary/domains";
import type { SourceType } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import type { DbOrTx } from "./client";
import {
  aliases,
  citations,
  initiativeCountries,
  initiativeDomains,
  initiatives,
  milestones,
  sources,
  statusChanges,
  type Initiative,
  type Source,
} from "./schema";

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
    .values({ ...values, contentHash: sourceContentHash(values.fullText, values.canonicalUrl) })
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
