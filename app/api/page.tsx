import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { type DocOperation, getApiDocs } from "@/lib/api/docs";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = {
  title: "Open data and API",
  description: "The tracker's REST API, exports (CSV, JSON, CSL-JSON, BibTeX, RIS), Atom feeds, as-of views and dataset releases.",
};

const code = "block rounded-md bg-line/40 p-3 font-mono text-sm whitespace-pre-wrap break-all";

function Operation({ op, base }: { op: DocOperation; base: string }) {
  const id = `${op.method}-${op.path}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return (
    <section aria-labelledby={id} className="border-t border-line pt-5">
      <h4 id={id} className="font-mono text-base font-semibold break-all">
        <span className={op.method === "GET" ? "text-accent" : "text-status-in-progress"}>{op.method}</span> {op.path}
      </h4>
      <p className="mt-1">
        {op.summary}
        {op.auth && <span className="text-muted"> — needs an editor&apos;s API token (Authorization: Bearer …).</span>}
      </p>
      {op.parameters.length > 0 && (
        <table className="mt-3 w-full table-fixed text-left text-sm">
          <caption className="sr-only">Parameters of {op.method} {op.path}</caption>
          <thead>
            <tr className="border-b border-line text-muted">
              <th scope="col" className="w-32 py-1 pr-3 font-medium">Parameter</th>
              <th scope="col" className="w-1/3 py-1 pr-3 font-medium">Type</th>
              <th scope="col" className="py-1 font-medium">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.where}-${p.name}`} className="border-b border-line/60 align-top">
                <td className="py-1.5 pr-3 font-mono break-all">
                  {p.name}
                  {p.where === "path" && <span className="block font-sans text-xs text-muted">in the path</span>}
                </td>
                <td className="py-1.5 pr-3 break-words">{p.type}</td>
                <td className="py-1.5">{p.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-2 text-sm text-muted">
        Answers: {op.responses.map((r) => `${r.status}${r.contentType ? ` (${r.contentType.split(";")[0]})` : ""}`).join(", ")}.
      </p>
      {op.example && (
        <p className="mt-2 text-sm">
          Try: <a href={op.example} className="font-mono break-all underline">{`${base}${op.example}`}</a>
        </p>
      )}
    </section>
  );
}

export default function ApiPage() {
  const base = getEnv().APP_URL;
  const { groups } = getApiDocs(base);
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Open data and API"
        description="Everything on this site is open: query it, export any view, cite it, follow it, or download the whole dataset. Reads need no account."
      />
      <div className="space-y-10 text-base leading-relaxed">
        <section aria-labelledby="start-heading" className="space-y-3">
          <h2 id="start-heading" className="text-2xl font-semibold">Getting started</h2>
          <p>
            The REST API speaks JSON at <code className="font-mono">{base}/api/v1</code>. Its machine-readable description is the{" "}
            <a href="/api/openapi.json" className="underline">OpenAPI 3.1 document</a>, generated from the same schemas that validate every request.
          </p>
          <code className={code}>{`curl "${base}/api/v1/initiatives?domain=ai&country=TH&pageSize=5"`}</code>
          <p>A spreadsheet-ready file of any view, e.g. in Python or R:</p>
          <code className={code}>{`pandas.read_csv("${base}/api/v1/export/initiatives.csv?domain=5g")\nread.csv("${base}/api/v1/export/milestones.csv?country=LA", fileEncoding = "UTF-8-BOM")`}</code>
        </section>

        <section aria-labelledby="rules-heading" className="space-y-3">
          <h2 id="rules-heading" className="text-2xl font-semibold">How the API behaves</h2>
          <ul className="list-disc space-y-2 pl-6">
            <li>
              <strong>Same filters everywhere.</strong> The list, the dashboard, exports and feeds take the parameters of the{" "}
              <Link href="/initiatives" className="underline">initiative list</Link>: copy a page&apos;s query string onto any endpoint. Repeat a parameter (or separate values with commas) to select several values.
            </li>
            <li>
              <strong>As of any day.</strong> <code className="font-mono">asOf=YYYY-MM-DD</code> shows the tracker as it stood then: statuses replayed from the status history, milestones and
              sources known by then, initiatives not yet announced hidden. URLs with <code className="font-mono">asOf</code> are permalinks you can cite.
            </li>
            <li>
              <strong>One error shape.</strong> An unknown or malformed parameter is a 400 whose message names it:
              <code className={`${code} mt-2`}>{`{"error":{"code":"bad_request","message":"Unknown parameter: colour.","details":{"parameters":["colour"],"allowed":["q","domain",…]}}}`}</code>
            </li>
            <li>
              <strong>Caching.</strong> Responses carry an <code className="font-mono">ETag</code> and <code className="font-mono">Last-Modified</code>; send{" "}
              <code className="font-mono">If-None-Match</code> to get a 304 when nothing changed. Reads may be cached for a minute.
            </li>
            <li>
              <strong>CORS is open</strong> for reads, so browser scripts on any site can use the API. Writes need an editor&apos;s personal API token.
            </li>
          </ul>
        </section>

        <section aria-labelledby="files-heading" className="space-y-3">
          <h2 id="files-heading" className="text-2xl font-semibold">Exports, citations, feeds and releases</h2>
          <ul className="list-disc space-y-2 pl-6">
            <li>
              <strong>Exports</strong> (the &ldquo;Export&rdquo; menu on the list and the dashboard): initiatives and milestones-with-sources as CSV (UTF-8 with byte-order mark, RFC 4180)
              or JSON, and the sources behind the view as BibTeX, RIS or CSL-JSON for Zotero and other reference managers.
            </li>
            <li>
              <strong>Citing</strong>: every initiative page has a &ldquo;Cite this initiative&rdquo; box with a text citation, its permalink and access date, and the same entry as
              BibTeX, RIS and CSL-JSON.
            </li>
            <li>
              <strong>Feeds</strong>: <a href="/feed.xml" className="underline">/feed.xml</a> is an Atom feed of every status change and milestone; add the list&apos;s filters to narrow it (
              <a href="/feed.xml?domain=ai&amp;country=TH" className="underline">/feed.xml?domain=ai&amp;country=TH</a>). Each initiative has its own feed at{" "}
              <code className="font-mono">/initiatives/&lt;slug&gt;/feed.xml</code>. Entries link the evidence.
            </li>
            <li>
              <strong>Dataset releases</strong>: <a href="/api/v1/dataset.json" className="underline">/api/v1/dataset.json</a> is the whole public dataset (every initiative, claim, citation and source, with a
              schema version and its generation time; no accounts or audit data). Operators can load it into an empty tracker with <code className="font-mono">npm run db:import -- FILE</code>.
            </li>
          </ul>
        </section>

        <section aria-labelledby="reference-heading" className="space-y-6">
          <h2 id="reference-heading" className="text-2xl font-semibold">Endpoints</h2>
          {groups.map((group) => (
            <div key={group.tag} className="space-y-4">
              <h3 className="text-xl font-semibold">{group.tag}</h3>
              {group.operations.map((op) => (
                <Operation key={`${op.method} ${op.path}`} op={op} base={base} />
              ))}
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}
