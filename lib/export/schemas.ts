// The rows of the CSV/JSON exports. One shape per file: the JSON export holds exactly the CSV's rows, typed
// (arrays stay arrays; the CSV joins them with "; "), so a spreadsheet and a script see the same data.
import { z } from "zod";
import { named } from "@/lib/api/schemas";
import { COUNTRY_CODES } from "@/lib/vocabulary/countries";
import { INITIATIVE_SCOPES, MILESTONE_KINDS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";

const partial = z.string().nullable().describe("YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD: the date at its known precision.");

export const initiativeExportRowSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  status: z.enum(STATUSES),
  firstAnnounced: partial,
  plannedStart: partial,
  actualStart: partial,
  plannedEnd: partial,
  actualEnd: partial,
  domains: z.array(z.string()),
  countries: z.array(z.enum(COUNTRY_CODES)),
  actors: z.array(z.string()),
  lastEvidenceOn: z.iso.date().nullable(),
  evidenceCount: z.number().int(),
  isPossiblyStalled: z.boolean(),
  reviewedOn: z.iso.date().nullable().describe("When an editor last checked the status against the sources."),
  scope: z.enum(INITIATIVE_SCOPES),
  summary: z.string(),
  url: z.url(),
});
export type InitiativeExportRow = z.infer<typeof initiativeExportRowSchema>;

export const milestoneExportRowSchema = z.object({
  initiativeSlug: z.string(),
  initiativeName: z.string(),
  milestoneId: z.number().int(),
  date: z.string(),
  kind: z.enum(MILESTONE_KINDS),
  description: z.string(),
  isPlanned: z.boolean(),
  isVerified: z.boolean(),
  sourceId: z.number().int().nullable(),
  sourceTitle: z.string().nullable(),
  sourcePublisher: z.string().nullable(),
  sourcePublished: partial,
  sourceType: z.enum(SOURCE_TYPES).nullable(),
  sourceUrl: z.string().nullable(),
  quote: z.string().nullable(),
  note: z.string().nullable(),
});
export type MilestoneExportRow = z.infer<typeof milestoneExportRowSchema>;

const exportFile = <T extends z.ZodType>(row: T) =>
  z.object({
    query: z.string().describe("The view's canonical query string (the same filters as /initiatives)."),
    asOf: z.iso.date().nullable(),
    datasetVersion: z.string().nullable().describe("The release of the tracker's data the file was made from (null for data not from a release)."),
    datasetAsOf: z.iso.date().nullable().describe("The day that release's research was last checked."),
    total: z.number().int(),
    data: z.array(row),
  });

export const initiativeExportSchema = named("InitiativeExport", exportFile(initiativeExportRowSchema));
export const milestoneExportSchema = named(
  "MilestoneExport",
  exportFile(milestoneExportRowSchema),
  "One row per milestone and citing source (a milestone with two sources has two rows).",
);
