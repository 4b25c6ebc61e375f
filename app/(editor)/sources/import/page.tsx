import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { getEnv } from "@/lib/env";
import { findRecentImportJobs } from "@/lib/ingest/queries";
import { MAX_IMPORT_ROWS } from "@/lib/ingest/limits";
import { NotAllowed } from "../../_components/not-allowed";
import { ImportForm } from "./_components/import-form";
import { QueryProvider } from "./_components/query-provider";

export const metadata: Metadata = { title: "Import articles" };

type Props = { searchParams: Promise<{ job?: string | string[] }> };

export default async function ImportArticlesPage({ searchParams }: Props) {
  const { actor, allowed } = await requireEditorPage("/sources/import");
  if (!allowed) return <NotAllowed actor={actor} />;
  const raw = (await searchParams).job;
  const job = Number.parseInt((Array.isArray(raw) ? raw[0] : raw) ?? "", 10);
  const recent = await findRecentImportJobs(await getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Import articles</h1>
      <p className="max-w-3xl text-muted">
        Up to {MAX_IMPORT_ROWS.toLocaleString("en")} articles at once. Each is stored with its suggestions for the{" "}
        <Link href="/review" className="underline">
          review queue
        </Link>, in its own transaction; articles already stored (same address or same text) are
        counted as duplicates, so importing a file again adds nothing twice. The same import runs from the command line:{" "}
        <code>npm run import -- FILE</code>.
      </p>
      <QueryProvider>
        <ImportForm key={raw ? String(raw) : "new"} initialJobId={Number.isSafeInteger(job) && job > 0 ? job : null} maxBytes={getEnv().MAX_UPLOAD_BYTES} />
      </QueryProvider>
      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" className="space-y-2">
          <h2 id="recent-heading" className="text-xl font-semibold">
            Recent imports
          </h2>
          <ul className="space-y-1 text-sm">
            {recent.map((j) => (
              <li key={j.id}>
                <Link href={`/sources/import?job=${j.id}`}>
                  {j.fileName} ({j.totalRows} rows, {j.status})
                </Link>{" "}
                <span className="text-muted">{j.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
