import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestoneDeleteForm, MilestoneForm } from "@/components/editor/milestone-form";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { toPartialDateString } from "@/lib/dates/partial-date";
import { getInitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import { listSourceOptions } from "@/lib/editorial/queries";
import { getInitiativeBySlug } from "@/lib/initiatives/detail";
import { NotAllowed } from "../../../../../_components/not-allowed";

export const metadata: Metadata = { title: "Edit a milestone" };

export default async function EditMilestonePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { actor, allowed } = await requireEditorPage(`/editor/initiatives/${slug}/milestones/${id}`);
  if (!allowed) return <NotAllowed actor={actor} />;
  const db = await getDb();
  const [snapshot, detail] = await Promise.all([getInitiativeSnapshot(db, { slug }), getInitiativeBySlug(db, slug)]);
  const milestone = detail?.milestones.find((m) => String(m.id) === id);
  if (!snapshot || !milestone) notFound();
  const values = {
    id: milestone.id,
    kind: milestone.kind,
    description: milestone.description,
    occurredOn: toPartialDateString(milestone.date),
    isPlanned: milestone.isPlanned,
    citations: milestone.citations.map((c) => ({
      sourceId: c.source.id,
      ...(c.quote && { quote: c.quote }),
      ...(c.quoteStart !== null && c.quoteEnd !== null && { quoteStart: c.quoteStart, quoteEnd: c.quoteEnd }),
      ...(c.note && { note: c.note }),
    })),
  };
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href={`/editor/initiatives/${slug}`}>← {snapshot.name}</Link>
      </p>
      <h1 className="text-3xl font-semibold">Edit a milestone</h1>
      <MilestoneForm slug={slug} version={snapshot.version} sources={await listSourceOptions(db)} milestone={values} />
      <MilestoneDeleteForm slug={slug} version={snapshot.version} milestoneId={milestone.id} />
    </div>
  );
}
