import { initiativeToCsl, textCitation } from "@/lib/export/csl";
import { initiativeExportHref, initiativeUrl } from "@/lib/export/urls";

type Citable = { slug: string; name: string; version: number; updatedAt: Date };

/**
 * "Cite this initiative": a ready-to-paste text citation (permalink, version or as-of date, access date), the same
 * entry for reference managers, and the sources behind the page in the same formats.
 */
export function CiteBox({ initiative, asOf, accessed = new Date().toISOString().slice(0, 10) }: { initiative: Citable; asOf?: string; accessed?: string }) {
  const url = initiativeUrl(initiative.slug, asOf);
  const item = initiativeToCsl(initiative, { url, accessed, asOf });
  const formats = [
    ["citation.bib", "sources.bib", "BibTeX"],
    ["citation.ris", "sources.ris", "RIS"],
    ["citation.csl.json", "sources.csl.json", "CSL-JSON"],
  ] as const;
  return (
    <section aria-labelledby="cite-heading" id="cite" className="scroll-mt-24 rounded-lg border border-line p-4 text-sm">
      <h2 id="cite-heading" className="mb-2 text-xl font-semibold">
        Cite this initiative
      </h2>
      <p className="rounded-md bg-line/40 p-3 leading-relaxed select-all" data-testid="text-citation">
        {textCitation(item, asOf)}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        <dt className="text-muted">Permalink</dt>
        <dd className="break-all">
          <a href={url} className="underline">
            {url}
          </a>
        </dd>
        <dt className="text-muted">Accessed</dt>
        <dd>
          <time dateTime={accessed}>{accessed}</time>
        </dd>
        {!asOf && (
          <>
            <dt className="text-muted">Version</dt>
            <dd>{initiative.version}</dd>
          </>
        )}
      </dl>
      <p className="mt-3">
        <span className="text-muted">This entry: </span>
        {formats.map(([file, , label], i) => (
          <span key={file}>
            {i > 0 && <span className="text-muted"> · </span>}
            <a href={initiativeExportHref(file, initiative.slug, asOf)} download className="underline">
              {label}
              <span className="sr-only"> citation of this page</span>
            </a>
          </span>
        ))}
      </p>
      <p className="mt-1">
        <span className="text-muted">Its sources: </span>
        {formats.map(([, file, label], i) => (
          <span key={file}>
            {i > 0 && <span className="text-muted"> · </span>}
            <a href={initiativeExportHref(file, initiative.slug, asOf)} download className="underline">
              {label}
              <span className="sr-only"> of the sources behind this page</span>
            </a>
          </span>
        ))}
      </p>
    </section>
  );
}
