import type { Metadata } from "next";
import { SourceForm } from "@/components/editor/source-form";
import { requireEditorPage } from "@/lib/auth/current";
import { NotAllowed } from "../../../_components/not-allowed";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  const { actor, allowed } = await requireEditorPage("/editor/sources/new");
  if (!allowed) return <NotAllowed actor={actor} />;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Add a source</h1>
      <p className="max-w-3xl text-muted">An article or document, entered by hand. The same article (by address or by text) is only stored once.</p>
      <SourceForm />
    </div>
  );
}
