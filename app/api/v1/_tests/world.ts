// A small constructed history for the open-data tests: two initiatives, an actor, dated and undated sources, and
// a status change plus a milestone that only became known in 2025 — so "as of 2024-12-31" differs from today.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { addCitedMilestone, createActor, createCitation, createInitiative, createSource, linkActor } from "@/db/factories";
import { initiatives, statusChanges } from "@/db/schema";

export const EARLY_TEXT = "The China-ASEAN AI centre was announced in Bangkok on 15 January 2024 by both ministers.";

export async function buildWorld(db: DbOrTx) {
  const early = await createSource(db, {
    title: "AI centre announced",
    publisher: "Xinhua",
    sourceType: "state-media",
    publishedOn: "2024-02-10",
    language: "en",
    fullText: EARLY_TEXT,
  });
  const late = await createSource(db, { title: "AI centre opens; cable deal signed", publisher: "Bangkok Post", publishedOn: "2025-06-01" });
  const undated = await createSource(db, { title: "Ministry fact sheet", publisher: "Ministry of DES", sourceType: "official-asean-member", publishedOn: null, publishedPrecision: null });

  const ai = await createInitiative(db, {
    slug: "world-ai-centre",
    name: "World China-ASEAN AI Centre",
    status: "proposed",
    firstAnnouncedOn: "2024-01-01",
    domains: ["ai"],
    countries: [{ code: "CN" }, { code: "TH", role: "host" }],
    source: early,
    milestones: [{ description: "Announced in Bangkok", occurredOn: "2024-01-15", quote: "announced in Bangkok on 15 January 2024" }],
  });
  // Known only from 2025: the opening (cited to the late source) and the status change to operational.
  const opened = await addCitedMilestone(db, { initiativeId: ai.id, source: late, description: "Opened", occurredOn: "2025-05-20" });
  const [change] = await db
    .insert(statusChanges)
    .values({ initiativeId: ai.id, fromStatus: "proposed", toStatus: "operational", effectiveOn: "2025-05-20", effectivePrecision: "day", note: "Opened." })
    .returning();
  await createCitation(db, { source: late, initiativeId: ai.id, claimType: "status-change", statusChangeId: change!.id, note: "Reports the opening." });
  await db.update(initiatives).set({ status: "operational" }).where(eq(initiatives.id, ai.id));
  // An undated source for a milestone that occurred in 2024: known from its own date.
  const training = await addCitedMilestone(db, { initiativeId: ai.id, source: undated, description: "First training course", occurredOn: "2024-06-01" });

  const ministry = await createActor(db, { slug: "world-ministry", name: "World Ministry of Digital Economy", kind: "ministry", countryCode: "TH" });
  await linkActor(db, { initiativeId: ai.id, actor: ministry, role: "lead", source: early });

  const cable = await createInitiative(db, {
    slug: "world-cable",
    name: "World Mekong Cable",
    status: "agreed",
    firstAnnouncedOn: "2025-03-01",
    domains: ["submarine-cables"],
    countries: [{ code: "VN", role: "landing" }],
    source: late,
  });
  return { early, late, undated, ai, cable, ministry, openedMilestoneId: opened.milestoneId, trainingMilestoneId: training.milestoneId, statusChangeId: change!.id };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
