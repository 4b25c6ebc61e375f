import type { Metadata } from "next";
import Link from "next/link";
import { requireEditorPage } from "@/lib/auth/current";
import { NotAllowed } from "../../_components/not-allowed";
import { ArticleForm } from "./_components/article-form";

export const metadata: Metadata = { title: "Add an article" };

export default async function AddArticlePage() {
  const { actor, allowed } = await requireEditorPage("/sources/new");
  if (!allowed) return <NotAllowed actor={actor} />;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Add an article</h1>
      <p className="max-w-3xl text-muted">
        The article is stored in the source archive and read for countries, domains, initiatives, actors and dated events. Each
        suggestion quotes its evidence and waits for your review: nothing reaches the tracker until you accept it. An article
        already stored (same address, or same text) is not stored again. Many articles at once? <Link href="/sources/import" className="underline">
          Import a file
        </Link>.
      </p>
      <ArticleForm />
    </div>
  );
}
