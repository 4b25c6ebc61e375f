// CSL items → RIS (Zotero, EndNote, Mendeley). One record per item: "TAG  - value" lines ending in CRLF, closed by
// "ER  - ". Newspaper articles are NEWS, official papers GEN (generic document), the rest ELEC (web pages).
import type { CslDate, CslItem } from "./csl";

const TYPE: Record<CslItem["type"], string> = { "article-newspaper": "NEWS", document: "GEN", webpage: "ELEC" };

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** RIS dates: YYYY/MM/DD/ with empty parts for what is unknown. */
export function risDate(date: CslDate): string {
  const [y, m, d] = date["date-parts"][0];
  const pad = (n: number | undefined) => (n === undefined ? "" : String(n).padStart(2, "0"));
  return `${y}/${pad(m)}/${pad(d)}/`;
}

export function toRisRecord(item: CslItem): string {
  const lines: [string, string | undefined][] = [
    ["TY", TYPE[item.type]],
    ["ID", item["citation-key"] ?? item.id],
    ["TI", item.title],
    ...(item.author ?? []).map((a): [string, string] => ["AU", a.literal]),
    ["T2", item["container-title"]],
    ["PB", item.publisher],
    ["CY", item["publisher-place"]],
    ["PY", item.issued ? String(item.issued["date-parts"][0][0]) : undefined],
    ["DA", item.issued ? risDate(item.issued) : undefined],
    ["ET", item.version],
    ["UR", item.URL],
    ["Y2", item.accessed ? risDate(item.accessed) : undefined],
    ["LA", item.language],
    ["N1", item.note],
  ];
  const body = lines.filter(([, v]) => v).map(([tag, v]) => `${tag}  - ${oneLine(v!)}`);
  return [...body, "ER  - "].join("\r\n") + "\r\n";
}

export function toRis(items: readonly CslItem[]): string {
  return items.map(toRisRecord).join("\r\n");
}
