// Reading a search query through the tracker's vocabulary (ARCHITECTURE L6): "cáp quang biển", "ศูนย์ข้อมูล",
// "海底光缆 越南" or "pusat data Malaysia" name a domain and a country in one of the languages the extraction lexicons
// hold, whatever the language the initiatives were recorded in. A query made only of such terms also finds the
// initiatives with those domains and countries; any other word makes it a text search only.
import { extractCountries } from "@/lib/ingest/extract/countries";
import { domainSpans } from "@/lib/ingest/extract/domains";
import { foldTraditional } from "@/lib/ingest/extract/traditional";
import type { CountryCode } from "@/lib/vocabulary/countries";
import type { DomainSlug } from "@/lib/vocabulary/domains";

export type VocabularyTerm = { text: string; kind: "domain" | "country"; value: string; language: string | null };
export type VocabularyReading = { domains: DomainSlug[]; countries: CountryCode[]; terms: VocabularyTerm[] };

/** Words that join terms without changing what is asked ("data centres in Malaysia", "trung tâm dữ liệu tại Việt Nam"). */
const CONNECTORS =
  /(?<![\p{L}\p{N}])(?:in|of|and|the|for|im|in|der|die|das|und|mit|von|ở|tại|và|của|di|dan|ke|untuk|sa|ng|at|para|à)(?![\p{L}\p{N}])|[的和与在及、]|และ|ใน|ของ|ที่/giu;

/** The language a term is written in, where its script or letters say it; null when they do not (id, ms, tl share words). */
export function termLanguage(term: string): string | null {
  if (/\p{Script=Han}/u.test(term)) return "zh";
  if (/\p{Script=Thai}/u.test(term)) return "th";
  if (/\p{Script=Khmer}/u.test(term)) return "km";
  if (/\p{Script=Lao}/u.test(term)) return "lo";
  if (/\p{Script=Myanmar}/u.test(term)) return "my";
  if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(term)) return "vi";
  if (/[äöüß]/iu.test(term)) return "de";
  return null;
}

/** The domains and countries a query names, when it names nothing else; null otherwise. */
export function readVocabulary(q: string): VocabularyReading | null {
  // Traditional Chinese ("資料中心 馬來西亞") is read as Simplified, one character for one: the spans fit the query.
  const read = foldTraditional(q);
  const spans = [
    ...domainSpans(read).map((s) => ({ ...s, kind: "domain" as const, value: s.slug as string })),
    ...extractCountries(read, q).flatMap((c) =>
      c.evidence.map((e) => ({ start: e.start, end: e.end, kind: "country" as const, value: c.code as string })),
    ),
  ];
  if (!spans.length) return null;
  let rest = q;
  for (const s of spans) rest = rest.slice(0, s.start) + " ".repeat(s.end - s.start) + rest.slice(s.end);
  if (/[\p{L}\p{N}]/u.test(rest.replace(CONNECTORS, " "))) return null;
  const terms = spans
    .sort((a, b) => a.start - b.start)
    .map((s) => ({
      text: q.slice(s.start, s.end),
      kind: s.kind,
      value: s.value,
      language: termLanguage(q.slice(s.start, s.end)),
    }));
  const values = (kind: VocabularyTerm["kind"]) => [
    ...new Set(terms.filter((t) => t.kind === kind).map((t) => t.value)),
  ];
  return { domains: values("domain") as DomainSlug[], countries: values("country") as CountryCode[], terms };
}
