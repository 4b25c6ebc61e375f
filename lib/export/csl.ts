// Sources and initiative pages as CSL-JSON items (the format Zotero, Mendeley and pandoc exchange), the basis of the
// BibTeX and RIS formatters too. Press articles are newspaper articles, official papers documents by their issuer,
// everything else a web page. Dates keep their precision (a quarter is given as its year: CSL has no quarters).
import type { PartialDate } from "@/lib/dates/partial-date";
import type { SourceType } from "@/lib/vocabulary/misc";
import { regionName } from "@/lib/vocabulary/regions";
import type { CitableSource } from "./sources";

export const TRACKER_TITLE = "China–ASEAN Digital Cooperation Tracker";

export type CslDate = { "date-parts": [[number] | [number, number] | [number, number, number]] };
export type CslItem = {
  id: string;
  type: "article-newspaper" | "document" | "webpage";
  title: string;
  "container-title"?: string;
  publisher?: string;
  "publisher-place"?: string;
  author?: { literal: string }[];
  URL?: string;
  issued?: CslDate;
  accessed?: CslDate;
  language?: string;
  version?: string;
  note?: string;
  /** Suggested citation key (BibTeX). */
  "citation-key"?: string;
};

export function cslDate(date: PartialDate): CslDate {
  const [y, m, d] = date.date.split("-").map(Number) as [number, number, number];
  if (date.precision === "day") return { "date-parts": [[y, m, d]] };
  if (date.precision === "month") return { "date-parts": [[y, m]] };
  return { "date-parts": [[y]] };
}

export const dayDate = (iso: string): CslDate => cslDate({ date: iso.slice(0, 10), precision: "day" });

const KIND: Record<SourceType, CslItem["type"]> = {
  "official-china": "document",
  "official-asean-member": "document",
  "asean-secretariat": "document",
  "state-media": "article-newspaper",
  "independent-press": "article-newspaper",
  company: "webpage",
  other: "webpage",
};

/** A citation key: first word of the publisher, the year, and the id for uniqueness ("xinhua2024-17"). */
export function citationKey(publisher: string, year: number | null, id: number | string): string {
  const word = publisher.normalize("NFKD").replace(/[^\p{L}\p{N}\s]/gu, "").split(/\s+/).find((w) => /^[a-z0-9]+$/i.test(w)) ?? "source";
  return `${word.toLowerCase()}${year ?? "nd"}-${id}`;
}

export function sourceToCsl(source: CitableSource): CslItem {
  const type = KIND[source.sourceType];
  const year = source.published ? Number(source.published.date.slice(0, 4)) : null;
  return {
    id: `source-${source.id}`,
    type,
    title: source.title,
    ...(type === "document" ? { publisher: source.publisher, author: [{ literal: source.publisher }] } : { "container-title": source.publisher }),
    ...(source.url ? { URL: source.url } : {}),
    ...(source.publisherCountry ? { "publisher-place": regionName(source.publisherCountry) } : {}),
    ...(source.published ? { issued: cslDate(source.published) } : {}),
    language: source.language,
    "citation-key": citationKey(source.publisher, year, source.id),
  };
}

export type CitableInitiative = { slug: string; name: string; version: number; updatedAt: Date };

/** The tracker's page on an initiative: permalink (with asOf for a past view), version, access date. */
export function initiativeToCsl(
  initiative: CitableInitiative,
  options: { url: string; accessed: string; asOf?: string; datasetVersion?: string },
): CslItem {
  const issued = options.asOf ?? initiative.updatedAt.toISOString().slice(0, 10);
  return {
    id: `initiative-${initiative.slug}`,
    type: "webpage",
    title: initiative.name,
    "container-title": TRACKER_TITLE,
    author: [{ literal: TRACKER_TITLE }],
    URL: options.url,
    issued: dayDate(issued),
    accessed: dayDate(options.accessed),
    ...(options.asOf ? {} : { version: String(initiative.version) }),
    ...(options.datasetVersion ? { note: `Tracker data release ${options.datasetVersion}` } : {}),
    language: "en",
    "citation-key": `tracker-${initiative.slug}`.slice(0, 80),
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A readable date for the text citation: "12 May 2024", "May 2024", "2024". */
export function formatCslDate(date: CslDate): string {
  const [y, m, d] = date["date-parts"][0];
  if (m === undefined) return String(y);
  return d === undefined ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A plain-text citation of an initiative page (APA-like): who, year, title with version or as-of date, access, URL. */
export function textCitation(item: CslItem, asOf?: string): string {
  const year = item.issued ? item.issued["date-parts"][0][0] : "n.d.";
  const qualifier = asOf ? ` (as of ${formatCslDate(dayDate(asOf))})` : item.version ? ` (version ${item.version})` : "";
  const accessed = item.accessed ? `Retrieved ${formatCslDate(item.accessed)}, from ` : "";
  return `${TRACKER_TITLE}. (${year}). ${item.title}${qualifier}. ${accessed}${item.URL ?? ""}`;
}
