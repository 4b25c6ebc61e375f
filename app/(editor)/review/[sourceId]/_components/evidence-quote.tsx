import type { Evidence } from "@/lib/ingest/extract/types";

/** The suggestion's passage with its exact matches marked, so the editor sees why it was suggested. */
export function EvidenceQuote({ quote, start, evidence, language }: { quote: string; start: number; evidence: Evidence[]; language: string }) {
  const end = start + quote.length;
  const spans = evidence.filter((e) => e.start >= start && e.end <= end).sort((a, b) => a.start - b.start);
  const parts: { text: string; marked: boolean }[] = [];
  let at = start;
  for (const e of spans) {
    if (e.start < at) continue;
    if (e.start > at) parts.push({ text: quote.slice(at - start, e.start - start), marked: false });
    parts.push({ text: quote.slice(e.start - start, e.end - start), marked: true });
    at = e.end;
  }
  if (at < end) parts.push({ text: quote.slice(at - start), marked: false });
  return (
    <blockquote lang={language} className="border-l-2 border-line pl-3 font-serif text-[0.95rem] leading-relaxed text-ink">
      “
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-ink dark:bg-amber-300/30">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
      ”
    </blockquote>
  );
}
