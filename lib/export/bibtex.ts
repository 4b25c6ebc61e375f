// CSL items → BibTeX (UTF-8; Zotero, JabRef, biber and BibTeX 8-bit read it). Newspaper articles are @article
// with the paper as journal, everything else @misc with url/urldate. Values are brace-delimited with LaTeX's special
// characters escaped; titles are double-braced so styles keep their capitalisation.
import type { CslDate, CslItem } from "./csl";

const MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function escapeLatex(text: string): string {
  return text
    .replace(/\\/g, "\u0000")
    .replace(/([{}&%$#_])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}")
    .replace(/\u0000/g, "\\textbackslash{}")
    .replace(/\s+/g, " ")
    .trim();
}

/** URLs go in verbatim (as Zotero writes them); only characters that would break the braces are percent-encoded. */
const escapeUrl = (url: string) => url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));

const isoDate = (date: CslDate) => date["date-parts"][0].map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0"))).join("-");

export function toBibtexEntry(item: CslItem): string {
  const isArticle = item.type === "article-newspaper";
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined, raw = false) => {
    if (value) fields.push([name, raw ? value : `{${escapeLatex(value)}}`]);
  };
  const author = item.author?.[0]?.literal;
  if (author) fields.push(["author", `{{${escapeLatex(author)}}}`]);
  fields.push(["title", `{{${escapeLatex(item.title)}}}`]);
  add(isArticle ? "journal" : "howpublished", item["container-title"]);
  add("publisher", item.publisher);
  add("address", item["publisher-place"]);
  if (item.issued) {
    const [y, m] = item.issued["date-parts"][0];
    add("year", String(y));
    if (m !== undefined) add("month", MONTH_MACROS[m - 1], true);
    add("date", isoDate(item.issued));
  }
  add("version", item.version);
  if (item.URL) fields.push(["url", `{${escapeUrl(item.URL)}}`]);
  if (item.accessed) add("urldate", isoDate(item.accessed));
  add("language", item.language);
  add("note", item.note);
  const key = (item["citation-key"] ?? item.id).replace(/[^A-Za-z0-9_:.-]/g, "-");
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@${isArticle ? "article" : "misc"}{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(",\n")}\n}\n`;
}

export function toBibtex(items: readonly CslItem[]): string {
  return items.map(toBibtexEntry).join("\n");
}
