import Link from "next/link";
import { getDb } from "@/db/client";
import { cachedReads } from "@/lib/cache/reads";

/** Says which release of the data the reader is looking at, and where the method is explained. */
export async function SiteFooter() {
  const release = await cachedReads.getDatasetRelease(await getDb());
  return (
    <footer role="contentinfo" className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-7xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>Every status and milestone cites the article that reports it. Open data; open source.</p>
        {release && (
          <p data-testid="dataset-release">
            Data release {release.version}
            {release.asOf && <>, researched as of {release.asOf}</>}
          </p>
        )}
        <p>
          <Link href="/methodology">Methodology</Link> · <Link href="/api">Open data</Link>
        </p>
      </div>
    </footer>
  );
}
