import type { Metadata } from "next";
import Link from "next/link";
import { InitiativeForm } from "@/components/editor/initiative-form";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { parseInitiativePrefill } from "@/lib/editorial/prefill";
import { listActorOptions, listInitiativeOptions, listSourceOptions } from "@/lib/editorial/queries";
import { NotAllowed } from "../../../_components/not-allowed";

export const metadata: Metadata = { title: "New initiative" };

export default async function NewInitiativePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, allowed } = await requireEditorPage("/editor/initiatives/new");
  if (!allowed) return <NotAllowed actor={actor} />;
  const prefill = parseInitiativePrefill(await searchParams);
  const db = await getDb();
  const [initiatives, actors, sources] = await Promise.all([listInitiativeOptions(db), listActorOptions(db), listSourceOptions(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">New initiative</h1>
      <p className="max-w-3xl text-muted">Cite at least one source that reports the initiative. Its first status enters the status history.</p>
      {prefill.returnTo && (
        <p className="text-sm">
          Suggested by an imported article. <Link href={prefill.returnTo}>Back to its review</Link> to accept the candidate once
          the initiative exists.
        </p>
      )}
      <InitiativeForm initiatives={initiatives} actors={actors} sources={sources} prefill={prefill} />
    </div>
  );
}
