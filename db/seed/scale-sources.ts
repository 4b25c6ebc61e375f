// Source articles for the scale seed. A draft collects the sentences that citations will quote; `finish` surrounds
// them with background sentences up to 2–5 kB (UTF-8) and records where each quoted sentence ended up, so every
// citation's quote is exactly full_text[quote_start, quote_end).
import { canonicalizeUrl, sourceContentHash, textFingerprint } from "@/lib/sources/identity";
import type { Rng } from "./scale-random";
import { fillerSentence, type Lang } from "./scale-text";
import type { Publisher, Trilingual } from "./scale-vocabulary";

export type SourceRow = {
  id: number;
  url: string;
  canonical_url: string;
  title: string;
  publisher: string;
  published_on: string;
  published_precision: "day";
  language: Lang;
  source_type: Publisher["type"];
  full_text: string;
  content_hash: string;
  text_fingerprint: string | null;
};

/** A citation waiting for its offsets: the row is completed in place when the source text is assembled. */
export type PendingQuote = { quote: string | null; quote_start: number | null; quote_end: number | null };

export type SourceDraft = {
  id: number;
  lang: Lang;
  publisher: Publisher;
  title: string;
  /** What the article is mainly about (its first initiative's kind of project), for background sentences. */
  topic?: Trilingual;
  /** Latest event the article reports (days since epoch); it is published a few days later. */
  latestDay: number;
  mentions: { sentence: string; targets: PendingQuote[] }[];
};

export const dayToIso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export function addMention(draft: SourceDraft, sentence: string, day: number, target?: PendingQuote): void {
  let mention = draft.mentions.find((m) => m.sentence === sentence);
  if (!mention) draft.mentions.push((mention = { sentence, targets: [] }));
  if (target) mention.targets.push(target);
  draft.latestDay = Math.max(draft.latestDay, day);
}

const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "article";

export function finishSource(draft: SourceDraft, rng: Rng, today: number, seenHashes: Set<string>): SourceRow {
  const published = Math.min(today, draft.latestDay + rng.int(0, 6));
  const iso = dayToIso(published);
  const join = draft.lang === "zh" ? "" : " ";
  const targetBytes = rng.int(2000, 5000);
  const mentions = rng.shuffle([...draft.mentions]);
  const used = new Set<string>();
  // The lead paragraph carries the first mention; the others are spread through the body.
  const sentences: { text: string; mention?: (typeof mentions)[number] }[] = [];
  let bytes = 0;
  const push = (text: string, mention?: (typeof mentions)[number]) => {
    sentences.push({ text, mention });
    bytes += Buffer.byteLength(text) + 1;
  };
  const dateline = { en: `${iso} —`, de: `${iso} –`, zh: `${iso}讯` }[draft.lang];
  push(dateline);
  mentions.forEach((m, i) => {
    push(m.sentence, m);
    if (i < mentions.length - 1) for (let k = rng.int(0, 3); k > 0; k--) push(fillerSentence(draft.lang, rng, used, draft.topic));
  });
  while (bytes < targetBytes) push(fillerSentence(draft.lang, rng, used, draft.topic));

  let text = "";
  let sincePara = 0;
  const paraLength = rng.int(3, 5);
  sentences.forEach((s, i) => {
    if (i > 0) {
      if (i > 1 && sincePara >= paraLength) {
        text += "\n\n";
        sincePara = 0;
      } else text += i === 1 ? " " : join;
    }
    const start = text.length;
    text += s.text;
    sincePara++;
    for (const target of s.mention?.targets ?? []) {
      target.quote = s.text;
      target.quote_start = start;
      target.quote_end = text.length;
    }
  });

  let contentHash = sourceContentHash(text, null);
  while (seenHashes.has(contentHash)) {
    text += `${join}${fillerSentence(draft.lang, rng)}`;
    contentHash = sourceContentHash(text, null);
  }
  seenHashes.add(contentHash);
  const url = `https://${draft.publisher.domain}/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${slugify(draft.title)}-${draft.id}`;
  return {
    id: draft.id,
    url,
    canonical_url: canonicalizeUrl(url) ?? url,
    title: draft.title,
    publisher: draft.publisher.name,
    published_on: iso,
    published_precision: "day",
    language: draft.lang,
    source_type: draft.publisher.type,
    full_text: text,
    content_hash: contentHash,
    text_fingerprint: textFingerprint(text),
  };
}
