// Every documented endpoint: the OpenAPI document (/api/openapi.json) and the /api page are generated from this
// list, with the same zod schemas the handlers parse with. A new endpoint is one entry here.
import { z } from "zod";
import { datasetSchema } from "@/lib/dataset/schema";
import { CSL_DATA_COMPONENT } from "@/lib/export/csl-schema";
import { citationQuerySchema, sourcesExportQuerySchema } from "@/lib/export/params";
import { initiativeExportSchema, milestoneExportSchema } from "@/lib/export/schemas";
import { feedQuerySchema } from "@/lib/feeds/params";
import { batchResultSchema, decisionResultSchema, suggestionListSchema } from "@/lib/ingest/api-schemas";
import { articleInputSchema, extractInputSchema, reviewBatchInputSchema, suggestionDecisionSchema } from "@/lib/ingest/schemas";
import { initiativeFiltersSchema } from "@/lib/initiatives/filters";
import { initiativeCreateInputSchema, initiativeUpdateInputSchema } from "@/lib/initiatives/schemas";
import { milestoneCreateInputSchema } from "@/lib/milestones/schemas";
import { timelineYearSchema } from "@/lib/stats/timeline-params";
import { statusChangeInputSchema } from "@/lib/status-changes/schemas";
import { SOURCE_TYPES } from "@/lib/vocabulary/misc";
import type { ApiOperation } from "./operation-types";
import { asOfQuerySchema, emptyQuerySchema, idSchema, slugSchema, statsQuerySchema, viewQuerySchema } from "./params";
import { initiativeDetailSchema, initiativeListSchema } from "./schemas";
import { actorListSchema, countryListSchema, domainListSchema, sourceDetailSchema, sourceListSchema, statsSchema } from "./schemas-reference";
import { sourceQuerySchema } from "./sources";

const slugPath = z.object({ slug: slugSchema });
const timelineQuerySchema = initiativeFiltersSchema.omit({ pageSize: true, sort: true }).extend({ start: timelineYearSchema.optional(), end: timelineYearSchema.optional() });
const writeResult = z.object({ data: z.record(z.string(), z.unknown()), version: z.number().int() });
const importFormSchema = z.object({ file: z.file().describe("The articles: .jsonl (one JSON article per line) or .csv, UTF-8."), sourceType: z.enum(SOURCE_TYPES).optional() });
const review = { "404": "No such source, or no such suggestion of it.", "409": "Already reviewed (by someone else, or earlier), or, for a status change, the initiative changed after the version sent.", "422": "The decision cannot be applied as given (e.g. no initiative picked); field errors name what to change." };
const conflict = { "409": "Stale version: someone else changed the initiative first. Details list their changes.", "422": "Cited source or linked record does not exist." };

const READS: ApiOperation[] = [
  { method: "get", path: "/api/v1/initiatives", operationId: "listInitiatives", tag: "Initiatives", summary: "List initiatives with filters, totals and facet counts", query: initiativeFiltersSchema, response: { schema: initiativeListSchema }, example: "/api/v1/initiatives?domain=ai&country=TH&pageSize=5" },
  { method: "get", path: "/api/v1/initiatives/{slug}", operationId: "getInitiative", tag: "Initiatives", summary: "One initiative: version, milestones, status history, citations with quotes and sources", pathParams: slugPath, query: asOfQuerySchema, response: { schema: initiativeDetailSchema } },
  { method: "get", path: "/api/v1/sources", operationId: "listSources", tag: "Sources", summary: "The source archive with filters and facet counts", query: sourceQuerySchema, response: { schema: sourceListSchema }, example: "/api/v1/sources?sourceType=official-china&sort=newest" },
  { method: "get", path: "/api/v1/sources/{id}", operationId: "getSource", tag: "Sources", summary: "One source with its stored text and every citation of it", pathParams: z.object({ id: idSchema }), query: asOfQuerySchema, response: { schema: sourceDetailSchema } },
  { method: "get", path: "/api/v1/domains", operationId: "listDomains", tag: "Reference", summary: "Domains with initiative counts", query: asOfQuerySchema, response: { schema: domainListSchema }, example: "/api/v1/domains" },
  { method: "get", path: "/api/v1/countries", operationId: "listCountries", tag: "Reference", summary: "China and the ASEAN members with initiative counts", query: asOfQuerySchema, response: { schema: countryListSchema }, example: "/api/v1/countries" },
  { method: "get", path: "/api/v1/actors", operationId: "listActors", tag: "Reference", summary: "Ministries, agencies, companies and people with initiative counts", query: asOfQuerySchema, response: { schema: actorListSchema }, example: "/api/v1/actors" },
  { method: "get", path: "/api/v1/stats", operationId: "getStats", tag: "Initiatives", summary: "The dashboard's aggregates under the list's filters", query: statsQuerySchema, response: { schema: statsSchema }, example: "/api/v1/stats?asOf=2024-12-31" },
  { method: "get", path: "/api/v1/stats/timeline", operationId: "getTimeline", tag: "Initiatives", summary: "The cross-initiative timeline (status spans and milestones), 40 initiatives a page, under the list's filters", query: timelineQuerySchema, response: { schema: z.record(z.string(), z.unknown()), description: "A page of timeline rows with their status periods and milestones." }, example: "/api/v1/stats/timeline?domain=ai&start=2020&end=2026" },
  { method: "get", path: "/api/v1/dataset.json", operationId: "getDataset", tag: "Dataset", summary: "The whole public dataset, with its schema version and generation time", query: emptyQuerySchema, response: { schema: datasetSchema }, example: "/api/v1/dataset.json" },
];

const csv = (description: string) => ({ contentType: "text/csv; charset=utf-8", description: `${description} UTF-8 with a byte-order mark, RFC 4180.` });

const EXPORTS: ApiOperation[] = [
  { method: "get", path: "/api/v1/export/initiatives.csv", operationId: "exportInitiativesCsv", tag: "Exports", summary: "Every initiative in a view, as CSV", query: viewQuerySchema, response: csv("One row per initiative; lists joined with \"; \"."), example: "/api/v1/export/initiatives.csv?domain=5g" },
  { method: "get", path: "/api/v1/export/initiatives.json", operationId: "exportInitiativesJson", tag: "Exports", summary: "Every initiative in a view, as JSON (the CSV's rows)", query: viewQuerySchema, response: { schema: initiativeExportSchema }, example: "/api/v1/export/initiatives.json?domain=5g" },
  { method: "get", path: "/api/v1/export/milestones.csv", operationId: "exportMilestonesCsv", tag: "Exports", summary: "The milestones of a view with their sources, as CSV", query: viewQuerySchema, response: csv("One row per milestone and citing source."), example: "/api/v1/export/milestones.csv?country=LA" },
  { method: "get", path: "/api/v1/export/milestones.json", operationId: "exportMilestonesJson", tag: "Exports", summary: "The milestones of a view with their sources, as JSON", query: viewQuerySchema, response: { schema: milestoneExportSchema } },
  { method: "get", path: "/api/v1/export/sources.csl.json", operationId: "exportSourcesCsl", tag: "Exports", summary: "The sources behind a view or an initiative, as CSL-JSON", query: sourcesExportQuerySchema, response: { contentType: "application/vnd.citationstyles.csl+json", description: "A CSL-JSON array (Zotero, Mendeley, pandoc).", component: CSL_DATA_COMPONENT }, example: "/api/v1/export/sources.csl.json?domain=ai" },
  { method: "get", path: "/api/v1/export/sources.bib", operationId: "exportSourcesBibtex", tag: "Exports", summary: "The sources behind a view or an initiative, as BibTeX", query: sourcesExportQuerySchema, response: { contentType: "application/x-bibtex; charset=utf-8", description: "BibTeX, UTF-8." } },
  { method: "get", path: "/api/v1/export/sources.ris", operationId: "exportSourcesRis", tag: "Exports", summary: "The sources behind a view or an initiative, as RIS", query: sourcesExportQuerySchema, response: { contentType: "application/x-research-info-systems; charset=utf-8", description: "RIS, UTF-8, CRLF line ends." } },
  { method: "get", path: "/api/v1/export/citation.csl.json", operationId: "citeInitiativeCsl", tag: "Exports", summary: "How to cite an initiative's page (permalink, version, access date), as CSL-JSON", query: citationQuerySchema, response: { contentType: "application/vnd.citationstyles.csl+json", description: "A CSL-JSON array with one item.", component: CSL_DATA_COMPONENT } },
  { method: "get", path: "/api/v1/export/citation.bib", operationId: "citeInitiativeBibtex", tag: "Exports", summary: "How to cite an initiative's page, as BibTeX", query: citationQuerySchema, response: { contentType: "application/x-bibtex; charset=utf-8", description: "One BibTeX entry." } },
  { method: "get", path: "/api/v1/export/citation.ris", operationId: "citeInitiativeRis", tag: "Exports", summary: "How to cite an initiative's page, as RIS", query: citationQuerySchema, response: { contentType: "application/x-research-info-systems; charset=utf-8", description: "One RIS record." } },
  { method: "get", path: "/feed.xml", operationId: "feed", tag: "Feeds", summary: "Atom feed of status changes and new milestones, narrowed by the list's filters", query: feedQuerySchema, response: { contentType: "application/atom+xml; charset=utf-8", description: "Atom 1.0; each entry links the initiative and the evidence." }, example: "/feed.xml?domain=ai&country=TH" },
  { method: "get", path: "/initiatives/{slug}/feed.xml", operationId: "initiativeFeed", tag: "Feeds", summary: "Atom feed of one initiative's status changes and milestones", pathParams: slugPath, query: emptyQuerySchema, response: { contentType: "application/atom+xml; charset=utf-8", description: "Atom 1.0." } },
];

const WRITES: ApiOperation[] = [
  { method: "post", path: "/api/v1/initiatives", operationId: "createInitiative", tag: "Editing", summary: "Create an initiative with its first status and citations", auth: true, status: 201, body: initiativeCreateInputSchema, response: { schema: writeResult }, errors: conflict },
  { method: "patch", path: "/api/v1/initiatives/{slug}", operationId: "updateInitiative", tag: "Editing", summary: "Edit an initiative's fields, naming the version you started from", auth: true, pathParams: slugPath, body: initiativeUpdateInputSchema, response: { schema: writeResult }, errors: conflict },
  { method: "post", path: "/api/v1/initiatives/{slug}/milestones", operationId: "createMilestone", tag: "Editing", summary: "Add a cited milestone", auth: true, status: 201, pathParams: slugPath, body: milestoneCreateInputSchema, response: { schema: writeResult }, errors: conflict },
  { method: "post", path: "/api/v1/initiatives/{slug}/status-changes", operationId: "changeStatus", tag: "Editing", summary: "Change the status with a date, a note and at least one citation", auth: true, status: 201, pathParams: slugPath, body: statusChangeInputSchema, response: { schema: writeResult }, errors: conflict },
  { method: "post", path: "/api/v1/sources", operationId: "createSource", tag: "Editing", summary: "Store an article and queue its extracted suggestions for review (200 with the existing source for a duplicate)", auth: true, status: 201, body: articleInputSchema, response: { schema: z.record(z.string(), z.unknown()) } },
  { method: "post", path: "/api/v1/import-jobs", operationId: "startImport", tag: "Editing", summary: "Start a bulk import of articles from a JSONL or CSV upload; poll the job for progress", auth: true, status: 202, body: importFormSchema, bodyContentType: "multipart/form-data", response: { schema: z.record(z.string(), z.unknown()) }, errors: { "413": "The upload is too large.", "415": "Not a UTF-8 .jsonl or .csv file." } },
  { method: "get", path: "/api/v1/sources/{id}/suggestions", operationId: "listSuggestions", tag: "Editing", summary: "A source's extracted suggestions with their payloads and review status", auth: true, pathParams: z.object({ id: idSchema }), response: { schema: suggestionListSchema } },
  { method: "post", path: "/api/v1/sources/{id}/suggestions/{suggestionId}/decision", operationId: "decideSuggestion", tag: "Editing", summary: "Accept (as suggested, or edited) or reject one suggestion: the link, milestone or status change is written with a citation of its passage", auth: true, pathParams: z.object({ id: idSchema, suggestionId: idSchema }), body: suggestionDecisionSchema, response: { schema: decisionResultSchema }, errors: review },
  { method: "post", path: "/api/v1/sources/{id}/review", operationId: "reviewSource", tag: "Editing", summary: "Several decisions on a source's suggestions in one transaction: all applied, or none, with each failing item in error.details.items", auth: true, pathParams: z.object({ id: idSchema }), body: reviewBatchInputSchema, response: { schema: batchResultSchema }, errors: review },
  { method: "get", path: "/api/v1/import-jobs/{id}", operationId: "getImportJob", tag: "Editing", summary: "An import's progress: imported, duplicate and failed rows with reasons", auth: true, pathParams: z.object({ id: idSchema }), response: { schema: z.record(z.string(), z.unknown()) } },
];

const TOOLS: ApiOperation[] = [
  { method: "post", path: "/api/v1/extract", operationId: "extract", tag: "Tools", summary: "Suggestions for a text: countries, domains, initiatives, actors and dated events, each with its evidence (stores nothing; rate-limited)", body: extractInputSchema, response: { schema: z.record(z.string(), z.unknown()) }, errors: { "413": "The text is too long.", "429": "Too many requests from this address; retry later." } },
];

export const API_OPERATIONS: readonly ApiOperation[] = [...READS, ...EXPORTS, ...WRITES, ...TOOLS];
