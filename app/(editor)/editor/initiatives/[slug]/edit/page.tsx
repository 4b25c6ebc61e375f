import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InitiativeForm } from "@/components/editor/initiative-form";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { getInitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import { listActorOptions, listInitiativeOptions, listSourceOptions } from "@/lib/editorial/queries";
import { NotAllowed } from "../../../../_components/not-allowed";

export const metadata: Metadata = { title: "Edit initiative" };

export default async function EditInitiativePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, allowed } = await requireEditorPage(`/editor/initiatives/${slug}/edit`);
  if (!allowed) return <NotAllowed actor={actor} />;
  const db = await getDb();
  const initial = await getInitiativeSnapshot(db, { slug });
  if (!initial) notFound();
  const [initiatives, actors, sources] = await Promise.all([listInitiativeOptions(db), listActorOptions(db), listSourceOptions(db)]);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/editor/initiatives/${slug}`}>← {initial.name}</Link>
      </p>
      <h1 className="text-3xl font-semibold">Edit details</h1>
      <p className="max-w-3xl text-muted">
        Version {initial.version}. To change the status, use <Link href={`/editor/initiatives/${slug}/status`}>Change status</Link> (it needs evidence).
      </p>
      <InitiativeForm initial={initial} initiatives={initiatives} actors={actors} sources={sources} />
    </div>
  );
}
