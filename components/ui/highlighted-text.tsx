import { Fragment } from "react";

// The markers lib/initiatives/match.ts and lib/sources/queries.ts put around matched words. Control characters
// cannot occur in stored text, so splitting on them is safe and never involves parsing HTML.
const START = "\u0002";
const END = "\u0003";

/** Splits text with START…END markers into plain and highlighted parts; unbalanced markers are dropped. */
export function splitHighlights(text: string): { text: string; isMatch: boolean }[] {
  const parts: { text: string; isMatch: boolean }[] = [];
  for (const [i, chunk] of text.split(START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk.replaceAll(END, ""), isMatch: false });
      continue;
    }
    const endAt = chunk.indexOf(END);
    const match = endAt >= 0 ? chunk.slice(0, endAt) : chunk;
    const rest = endAt >= 0 ? chunk.slice(endAt + 1).replaceAll(END, "") : "";
    if (match) parts.push({ text: match, isMatch: true });
    if (rest) parts.push({ text: rest, isMatch: false });
  }
  return parts;
}

export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, i) =>
        part.isMatch ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-ink dark:bg-amber-300/30">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
