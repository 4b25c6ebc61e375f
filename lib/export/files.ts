import "server-only";
// Each export file as an HTTP representation: the rows (queries.ts, sources.ts) in the requested format.
import type { DbOrTx } from "@/db/client";
import { json } from "@/lib/api/handler";
import type { Representation } from "@/lib/api/http";
import { AppError } from "@/lib/errors";
import { type DatasetRelease, getDatasetRelease, releaseSuffix } from "@/lib/dataset/release";
import { getInitiativeAsOf } from "@/lib/initiatives/as-of";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import { toBibtex } from "./bibtex";
import { type CslItem, initiativeToCsl, sourceToCsl } from "./csl";
import { toCsv } from "./csv";
import type { SourcesSelection } from "./params";
import { findInitiativeExportRows, findMilestoneExportRows } from "./queries";
import { toRis } from "./ris";
import { initiativeExportRowSchema, milestoneExportRowSchema } from "./schemas";
import { findCitableSources } from "./sources";
import { initiativeUrl, viewQuery } from "./urls";

const INITIATIVE_COLUMNS = Object.keys(initiativeExportRowSchema.shape) as (keyof typeof initiativeExportRowSchema.shape)[];
const MILESTONE_COLUMNS = Object.keys(milestoneExportRowSchema.shape) as (keyof typeof milestoneExportRowSchema.shape)[];
const CSV = "text/csv; charset=utf-8";
const CSL = "application/vnd.citationstyles.csl+json";
const BIBTEX = "application/x-bibtex; charset=utf-8";
const RIS = "application/x-research-info-systems; charset=utf-8";

const asOfSuffix = (asOf?: string) => (asOf ? `-as-of-${asOf}` : "");
const envelope = <T>(filters: InitiativeFilters, release: DatasetRelease | null, data: T[]) => ({
  query: viewQuery(filters).toString(),
  asOf: filters.asOf ?? null,
  datasetVersion: release?.version ?? null,
  datasetAsOf: release?.asOf ?? null,
  total: data.length,
  data,
});

export async function initiativesFile(db: DbOrTx, filters: InitiativeFilters, format: "csv" | "json"): Promise<Representation> {
  const [rows, release] = await Promise.all([findInitiativeExportRows(db, filters), getDatasetRelease(db)]);
  const filename = `tracker-initiatives${releaseSuffix(release)}${asOfSuffix(filters.asOf)}.${format}`;
  if (format === "json") return json(envelope(filters, release, rows), { filename });
  return { body: toCsv(rows, INITIATIVE_COLUMNS), contentType: CSV, filename };
}

export async function milestonesFile(db: DbOrTx, filters: InitiativeFilters, format: "csv" | "json"): Promise<Representation> {
  const [rows, release] = await Promise.all([findMilestoneExportRows(db, filters), getDatasetRelease(db)]);
  const filename = `tracker-milestones${releaseSuffix(release)}${asOfSuffix(filters.asOf)}.${format}`;
  if (format === "json") return json(envelope(filters, release, rows), { filename });
  return { body: toCsv(rows, MILESTONE_COLUMNS), contentType: CSV, filename };
}

export type CitationFormat = "csl" | "bibtex" | "ris";

function citationRepresentation(items: CslItem[], format: CitationFormat, name: string): Representation {
  if (format === "csl") return { body: JSON.stringify(items, null, 2), contentType: CSL, filename: `${name}.json` };
  if (format === "bibtex") return { body: toBibtex(items), contentType: BIBTEX, filename: `${name}.bib` };
  return { body: toRis(items), contentType: RIS, filename: `${name}.ris` };
}

export async function sourcesFile(db: DbOrTx, selection: SourcesSelection, format: CitationFormat): Promise<Representation> {
  const [sources, release] = await Promise.all([findCitableSources(db, selection), getDatasetRelease(db)]);
  const name =
    selection.kind === "initiative"
      ? `${selection.slug}-sources${releaseSuffix(release)}${asOfSuffix(selection.asOf)}`
      : `tracker-sources${releaseSuffix(release)}${asOfSuffix(selection.filters.asOf)}`;
  return citationRepresentation(sources.map(sourceToCsl), format, name);
}

/** How to cite the tracker's page on one initiative, with today as the access date. */
export async function citationFile(db: DbOrTx, slug: string, asOf: string | undefined, format: CitationFormat): Promise<Representation> {
  const [initiative, release] = await Promise.all([getInitiativeAsOf(db, slug, asOf), getDatasetRelease(db)]);
  if (!initiative) throw new AppError("not_found", `No initiative "${slug}"${asOf ? ` on record as of ${asOf}` : ""}.`);
  const accessed = new Date().toISOString().slice(0, 10);
  const item = initiativeToCsl(initiative, { url: initiativeUrl(slug, asOf), accessed, asOf, datasetVersion: release?.version });
  return citationRepresentation([item], format, `${slug}-citation${releaseSuffix(release)}${asOfSuffix(asOf)}`);
}
