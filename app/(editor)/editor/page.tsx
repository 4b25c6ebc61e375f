import type { Metadata } from "next";
import Link from "next/link";
import { StatusTag } from "@/components/ui/status-tag";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { findInitiativesForEditor } from "@/lib/editorial/queries";
import { NotAllowed } from "../_components/not-allowed";

export const metadata: Metadata = { title: "Editing" };

export default async function EditorHomePage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { actor, allowed } = await requireEditorPage("/editor");
  if (!allowed) return <NotAllowed actor={actor} />;
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) || undefined;
  const rows = await findInitiativesForEditor(await getDb(), q);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Editing</h1>
      <p className="max-w-3xl text-muted">
        Pick an initiative to change its status, edit its details or its milestones. Every change needs a citation, and is
        recorded in the public changelog.
      </p>
      <form role="search" className="flex max-w-xl items-end gap-2">
        <div className="flex-1">
          <label htmlFor="editor-q" className="mb-1 block text-sm font-medium">
            Find an initiative
          </label>
          <input id="editor-q" name="q" type="search" defaultValue={q} className="w-full rounded border border-line bg-paper px-2 py-1.5" />
        </div>
        <button type="submit" className="rounded border border-line px-3 py-1.5">
          Search
        </button>
      </form>
      <table className="w-full text-sm">
        <caption className="sr-only">Initiatives, most recently changed first</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-2 font-medium">Initiative</th>
            <th scope="col" className="py-2 font-medium">Status</th>
            <th scope="col" className="py-2 text-right font-medium">Version</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} className="border-b border-line/60">
              <td className="py-2 pr-3">
                <Link href={`/editor/initiatives/${r.slug}`}>{r.name}</Link>
              </td>
              <td className="py-2 pr-3">
                <StatusTag status={r.status} tipId={`status-tip-${r.slug}`} />
              </td>
              <td className="py-2 text-right tabular-nums">{r.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>No initiative matches.</p>}
    </div>
  );
}
