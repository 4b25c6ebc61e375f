import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusChangeForm } from "@/components/editor/status-change-form";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { listSourceOptions } from "@/lib/editorial/queries";
import { getInitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import { NotAllowed } from "../../../../_components/not-allowed";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ confirm?: string }> };

export const metadata: Metadata = { title: "Change status" };

export default async function ChangeStatusPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { actor, allowed } = await requireEditorPage(`/editor/initiatives/${slug}/status`);
  if (!allowed) return <NotAllowed actor={actor} />;
  const db = await getDb();
  const initiative = await getInitiativeSnapshot(db, { slug });
  if (!initiative) notFound();
  const sources = await listSourceOptions(db);
  const confirmStalled = (await searchParams).confirm === "stalled" && initiative.status !== "stalled";
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/editor/initiatives/${slug}`}>← {initiative.name}</Link>
      </p>
      <h1 className="text-3xl font-semibold">{confirmStalled ? "Confirm stalled" : "Change status"}</h1>
      <p className="max-w-3xl text-muted">
        {confirmStalled
          ? "There has been no new evidence for a long time. Confirm the initiative as stalled, citing the source that shows it."
          : "The change enters the status history and the public changelog, with its citations."}
      </p>
      <StatusChangeForm
        slug={slug}
        version={initiative.version}
        currentStatus={initiative.status}
        sources={sources}
        defaultStatus={confirmStalled ? "stalled" : undefined}
        defaultNote={confirmStalled ? "No visible progress reported for a long time." : undefined}
      />
    </div>
  );
}
