// A real article of the research sweep (data/real-articles/*.json, not committed: copyrighted text) and its labels.
import { z } from "zod";
import { MILESTONE_KINDS } from "@/lib/vocabulary/misc";

export const realArticleSchema = z.object({
  id: z.string().min(1),
  url: z.string().url(),
  title: z.string(),
  publisher: z.string(),
  publishedOn: z.string().nullable().optional(),
  language: z.string(),
  sourceType: z.string(),
  text: z.string(),
  labels: z.object({
    /** Catalog initiatives the article is about. */
    initiatives: z.array(z.string()),
    /** Catalog initiatives it mentions in passing: a link to them is rejected. */
    mentions: z.array(z.string()).default([]),
    countries: z.array(z.string()),
    domains: z.array(z.string()),
    events: z.array(z.object({ date: z.string(), kind: z.enum(MILESTONE_KINDS), initiative: z.string() })),
    statusChange: z.object({ initiative: z.string(), to: z.string() }).nullable().optional(),
  }),
});
export type RealArticle = z.infer<typeof realArticleSchema>;
export type RealLabels = RealArticle["labels"];
export type LabelledEvent = RealLabels["events"][number];

/** A suggestion as GET /api/v1/sources/{id}/suggestions returns it (the fields the reviewer reads). */
export type ApiSuggestion = { id: number; kind: string; status: string; confidence: number; payload: Record<string, unknown> | null };

/** The four scored fields, in table order. */
export const REAL_FIELDS = ["initiatives", "countries", "domains", "events"] as const;
export type RealField = (typeof REAL_FIELDS)[number];
