import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestoneForm } from "@/components/editor/milestone-form";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { getInitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import { listSourceOptions } from "@/lib/editorial/queries";
import { NotAllowed } from "../../../../../_components/not-allowed";

export const metadata: Metadata = { title: "Add a milestone" };

export default async function NewMilestonePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, allowed } = await requireEditorPage(`/editor/initiatives/${slug}/milestones/new`);
  if (!allowed) return <NotAllowed actor={actor} />;
  const db = await getDb();
  const initiative = await getInitiativeSnapshot(db, { slug });
  if (!initiative) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/editor/initiatives/${slug}`}>← {initiative.name}</Link>
      </p>
      <h1 className="text-3xl font-semibold">Add a milestone</h1>
      <MilestoneForm slug={slug} version={initiative.version} sources={await listSourceOptions(db)} />
    </div>
  );
}
