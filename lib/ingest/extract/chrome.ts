// Finds page chrome and boilerplate so no extractor suggests anything from it. Extractors run on a masked
// copy of the text (chrome replaced by spaces, same length), so every offset still points into the original.
import {
  BREADCRUMB,
  BYLINE,
  CHROME_ANYWHERE,
  CHROME_LABEL,
  CHROME_SHORT_START,
  DATE_TOKEN,
  INLINE_DATELINES,
  INLINE_EDITOR,
  SHORT_START_MAX,
  TEASER_HEADING,
  UI_TOKENS,
  URL_LINE,
} from "./chrome-rules";

export type Span = { start: number; end: number };

type Line = Span & { content: string };

/** Lines longer than this are article prose even if they mention cookies or dates. */
const SHORT_LINE = 160;
const TEASER_MAX = 160;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    lines.push({ start: start + lead, end: start + lead + content.length, content });
    start += raw.length + 1;
  }
  return lines;
}

const isSentence = (s: string) => /[.!?。！？"”“»«]$/u.test(s);

function isUiBar(content: string): boolean {
  return content.replace(UI_TOKENS, "").replace(/[\s|·•/,:;()\-–—0-9]+/gu, "") === "";
}

function isDateline(content: string): boolean {
  if (content.length > 80 || isSentence(content) || !DATE_TOKEN.test(content)) return false;
  const words = content
    .replace(DATE_TOKEN, " ")
    .split(/[\s|·•,]+/u)
    .filter((w) => /\p{L}/u.test(w));
  return words.length <= 6;
}

/** True when the whole line is chrome. */
export function isChromeLine(content: string): boolean {
  if (content === "") return false;
  if (isUiBar(content) || CHROME_LABEL.test(content)) return true;
  if (content.length <= SHORT_START_MAX && CHROME_SHORT_START.test(content)) return true;
  if (URL_LINE.test(content) || isDateline(content)) return true;
  if (content.length <= SHORT_LINE && CHROME_ANYWHERE.test(content)) return true;
  if (content.length <= 100 && !isSentence(content) && BYLINE.test(content)) return true;
  return content.length <= 120 && !isSentence(content) && BREADCRUMB.test(content) && /[>›»]/u.test(content);
}

function inlineChrome(line: Line): Span[] {
  const spans: Span[] = [];
  for (const re of INLINE_DATELINES) {
    const m = re.exec(line.content);
    if (m) spans.push({ start: line.start, end: line.start + m[0].length });
  }
  for (const m of line.content.matchAll(INLINE_EDITOR)) {
    spans.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
  }
  return spans;
}

/** Chrome spans in text order; whole lines plus dateline/editor fragments inside prose lines. */
export function findChrome(text: string): Span[] {
  const spans: Span[] = [];
  let inTeasers = false;
  for (const line of splitLines(text)) {
    if (line.content === "") continue;
    if (TEASER_HEADING.test(line.content)) {
      inTeasers = true;
      spans.push(line);
      continue;
    }
    if (inTeasers && line.content.length <= TEASER_MAX) {
      spans.push(line);
      continue;
    }
    inTeasers = false;
    if (isChromeLine(line.content)) spans.push(line);
    else spans.push(...inlineChrome(line));
  }
  return spans.map(({ start, end }) => ({ start, end })).filter((s) => s.end > s.start);
}

/** Same length as `text`; chrome characters become spaces so offsets and line breaks survive. */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split("");
  for (const { start, end } of spans) {
    for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
  }
  return chars.join("");
}
