// The main text of an HTML page: @mozilla/readability over a server-side DOM (jsdom, which never runs the page's
// scripts or loads its resources), then block-aware text so paragraphs stay paragraphs. Navigation, share bars,
// cookie banners and footers are dropped by Readability; when it finds no article, the body without its page
// chrome elements is used.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

export type HtmlArticle = { text: string; title: string | null; language: string | null };

const DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea";
const CHROME = "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "H1", "H2", "H3", "H4", "H5", "H6",
  "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);

/** Text of a DOM subtree with paragraph breaks at block elements and line breaks at <br>. */
function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? "").replace(/[ \t\r\n\f]+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).tagName : "";
    if (name === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push(name === "LI" || name === "TR" || name === "DT" || name === "DD" ? "\n" : "\n\n");
    if (name === "TD" || name === "TH") parts.push(" ");
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push(name === "LI" || name === "TR" || name === "DT" || name === "DD" ? "\n" : "\n\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function htmlToArticle(html: string): HtmlArticle {
  // A silent console: pages are full of CSS jsdom cannot parse, which is no concern of ours.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    const language = document.documentElement.getAttribute("lang")?.trim().toLowerCase().split(/[-_]/)[0] || null;
    const pageTitle = document.title.trim() || null;
    for (const el of document.querySelectorAll(DROP)) el.remove();
    // Readability changes the document it reads, so it gets a copy; the original is the fallback.
    const parsed = new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    let text = "";
    if (parsed?.content) text = blockText(JSDOM.fragment(parsed.content));
    if (text.length < 200) {
      // Too little for an article: Readability gave up or kept page furniture. The body without its chrome elements.
      for (const el of document.querySelectorAll(CHROME)) el.remove();
      const body = document.body ? blockText(document.body) : "";
      if (body) text = body;
    }
    return { text, title: parsed?.title?.trim() || pageTitle, language: language && /^[a-z]{2}$/.test(language) ? language : null };
  } finally {
    dom.window.close();
  }
}
