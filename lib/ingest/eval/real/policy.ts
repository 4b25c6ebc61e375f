// How a policy team reviews an article's suggestions given its labels (the rules of `npm run eval:real`): accept
// links to the initiatives the article is about, reject those only mentioned or wrong; accept correct countries and
// domains on the article's initiative, reject wrong ones; accept a dated event whose date matches a labelled event,
// set to that event's kind and initiative (recorded as "edited" when extraction had them otherwise). Pure: the
// decisions are sent to POST /api/v1/sources/{id}/review by the script.
import type { ApiSuggestion, LabelledEvent, RealField, RealLabels } from "./types";

export type Decision = { decision: "accept"; suggestionId: number; initiativeSlug?: string; milestoneKind?: string } | { decision: "reject"; suggestionId: number };

/** What the reviewer made of one suggestion: its scored field and value, whether it is right, and why. */
export type Judgement = {
  suggestionId: number;
  kind: string;
  field: RealField | null;
  value: string;
  correct: boolean;
  /** The decision sent, or null when left pending (nothing to judge it by, or nowhere to attach it). */
  decision: Decision | null;
  reason: string;
  /** The labelled event a dated suggestion was matched to. */
  event?: LabelledEvent;
};

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The initiative a correct country or domain goes on: the suggested one when it is a subject, else the first subject. */
function target(labels: RealLabels, suggested: string): string | null {
  if (labels.initiatives.includes(suggested)) return suggested;
  return labels.initiatives[0] ?? null;
}

export function reviewArticle(labels: RealLabels, suggestions: ApiSuggestion[]): Judgement[] {
  const open = [...labels.events];
  const seen = new Set<string>();
  const out: Judgement[] = [];
  const ordered = [...suggestions].sort((a, b) => a.id - b.id);
  for (const s of ordered) {
    const p = s.payload ?? {};
    const reject = (field: RealField | null, value: string, reason: string): Judgement => ({ suggestionId: s.id, kind: s.kind, field, value, correct: false, decision: { decision: "reject", suggestionId: s.id }, reason });
    switch (s.kind) {
      case "initiative-link": {
        const slug = str(p.slug);
        if (labels.initiatives.includes(slug)) out.push({ suggestionId: s.id, kind: s.kind, field: "initiatives", value: slug, correct: true, decision: { decision: "accept", suggestionId: s.id }, reason: "subject" });
        else out.push(reject("initiatives", slug, labels.mentions.includes(slug) ? "mentioned only" : "not in the article"));
        break;
      }
      case "country":
      case "domain": {
        const field = s.kind === "country" ? "countries" : "domains";
        const value = str(s.kind === "country" ? p.code : p.slug);
        const gold = (field === "countries" ? labels.countries : labels.domains).includes(value);
        if (!gold) {
          out.push(reject(field, value, "wrong"));
          break;
        }
        const key = `${field}|${value}`;
        const on = target(labels, str(p.initiativeSlug));
        if (seen.has(key)) out.push({ ...reject(field, value, "repeat of an accepted suggestion"), correct: true });
        else if (!on) out.push({ suggestionId: s.id, kind: s.kind, field, value, correct: true, decision: null, reason: "correct, but the article is about no catalog initiative to link it to" });
        else out.push({ suggestionId: s.id, kind: s.kind, field, value, correct: true, decision: { decision: "accept", suggestionId: s.id, initiativeSlug: on }, reason: on === p.initiativeSlug ? "correct" : "correct, moved to the article's initiative" });
        seen.add(key);
        break;
      }
      case "milestone": {
        const date = str(p.date);
        const at = open.findIndex((e) => e.date === date);
        if (at < 0) {
          out.push(reject("events", date, labels.events.some((e) => e.date === date) ? "repeat of an accepted event" : "no labelled event on this date"));
          break;
        }
        const [event] = open.splice(at, 1);
        const edited = event!.kind !== p.kind || event!.initiative !== p.initiativeSlug;
        out.push({
          suggestionId: s.id,
          kind: s.kind,
          field: "events",
          value: date,
          correct: true,
          decision: { decision: "accept", suggestionId: s.id, initiativeSlug: event!.initiative, milestoneKind: event!.kind },
          reason: edited ? "date right; kind or initiative set to the labelled one" : "as labelled",
          event,
        });
        break;
      }
      case "new-initiative":
        out.push(reject(null, str(p.name), "every labelled initiative is in the catalog"));
        break;
      default:
        // Actors and status changes carry no labels here (transitions are labelled on the written set only): left
        // for a person to judge.
        out.push({ suggestionId: s.id, kind: s.kind, field: null, value: str(p.slug) || str(p.name), correct: false, decision: null, reason: "not labelled" });
    }
  }
  return out;
}
