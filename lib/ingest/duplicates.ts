// How a duplicate is explained to editors: which stored source an article repeats, and by what.
import type { DuplicateMatch } from "./mutations";

export const DUPLICATE_MATCH_LABELS: Record<DuplicateMatch, string> = {
  url: "the same address (http/https, www./m. editions, a trailing slash and tracking parameters such as utm_* do not count)",
  text: "the same text",
  "near-text": "nearly the same text (it differs only in case, punctuation or spacing)",
};

export const isDuplicateMatch = (value: unknown): value is DuplicateMatch => typeof value === "string" && value in DUPLICATE_MATCH_LABELS;

export function duplicateReason(source: { id: number; title: string }, matchedBy: DuplicateMatch): string {
  return `Already stored as source ${source.id}, “${source.title.slice(0, 160)}”: ${DUPLICATE_MATCH_LABELS[matchedBy]}.`;
}
