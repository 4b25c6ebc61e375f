// A labelled evaluation article. The gold labels follow these rules, written before the extractors were tuned:
//
// - countries: China and ASEAN members named in the article body (name, variant, adjective, demonym, Chinese
//   abbreviation such as 中泰 or 中方). Not capitals or cities, not collective references ("ASEAN countries",
//   "东盟国家"), not page chrome (share bars, related-article lists, tag lines).
// - domains: the article's topics, i.e. domains in which it reports cooperation or activity with at least one
//   statement about that domain. A domain only enumerated in a list of areas, or named in passing as background,
//   is not gold.
// - initiatives: catalog initiatives (db/seed/data/seed.json slugs) the body refers to by a name, in any language,
//   spelling variant, abbreviation or translation a reader would recognise.
// - events: every date expression in the body that dates something: absolute days, months, quarters, year ends,
//   years in event context, year-less and relative dates (resolved by a reader using the article date). Not the
//   dateline/byline/publication line, not year ranges that name a period ("2021–2025"), not durations.
// - transitions: status changes of catalog initiatives the body reports as having happened (signed → agreed,
//   construction started → in progress, in service → operational, completed, cancelled or withdrawn, replaced →
//   superseded), with the date of the event; not plans, targets or a participant's own move. Scored against the
//   status-change suggestions made from the initiatives' statuses before the article (`statusesBefore`, else the
//   demo seed's): what the tracker would have held when the article appeared.
import type { DatePrecision } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";

export type GoldEvent = { date: string; precision: DatePrecision };

export type GoldTransition = { initiative: string; to: Status; date: string };

export type EvalArticle = {
  id: string;
  language: "en" | "de" | "zh";
  /**
   * Held-out articles were written after the extractors were tuned. Their first, untouched score is in the commit
   * that added them; the general fixes they revealed came afterwards, so later scores on them are optimistic.
   */
  split?: "holdout";
  title: string;
  publishedOn: string;
  text: string;
  /** The status of initiatives the article reports on, as held before it appeared (input, not a label). */
  statusesBefore?: Record<string, Status>;
  gold: { countries: string[]; domains: string[]; initiatives: string[]; events: GoldEvent[]; transitions?: GoldTransition[] };
};
