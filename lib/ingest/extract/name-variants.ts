// Spellings under which a catalog name is looked for. Catalog names are often descriptive
// ("ASEAN Digital Ministers' Meeting (ADGMIN)", "China-ASEAN … Meeting and annual plans"); articles use the core name.

const PAREN = /\s*[(（]([^)）]*)[)）]\s*/gu;
const ACRONYM = /^[A-Z][A-Z0-9-]{2,}$/u;
const DASH = "[-‐‑–—]";
/** Nouns that end a proper name; a descriptive " and …" tail after one of them is not part of the name. */
const HEAD_NOUN =
  /(?:Meeting|Partnership|Plan|Centre|Center|Programme|Program|Agreement|Association|Initiative|Forum|Dialogue|Summit|Alliance|Statement|Protocol|Expo|Harbor|Hub)$/iu;

/** "China-ASEAN …" and "ASEAN-China …" (中国—东盟/东盟—中国) name the same thing; sources use both orders. */
function pairSwaps(name: string): string[] {
  const swaps: string[] = [];
  for (const re of [
    new RegExp(`\\b(China|ASEAN)\\s*${DASH}\\s*(China|ASEAN)\\b`, "u"),
    new RegExp(`(中国|东盟)\\s*${DASH}?\\s*(中国|东盟)`, "u"),
  ]) {
    const m = re.exec(name);
    if (m && m[1] !== m[2]) swaps.push(name.replace(m[0], `${m[2]}-${m[1]}`));
  }
  return swaps;
}

/**
 * Whether `short` abbreviates the end of `long` (Schwartz & Hearst, 2003): its letters and digits appear in order,
 * read from the right, the first at the start of a word. "Asia-Pacific Gateway (APG)" names the cable; "China
 * (MIIT)" names a ministry, and "BeiDou reference stations (CORS)" a kind of station, not this initiative.
 */
export function abbreviates(short: string, long: string): boolean {
  const sf = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const lf = long.toLowerCase();
  let l = lf.length - 1;
  for (let s = sf.length - 1; s >= 0; s--) {
    const c = sf[s]!;
    while (l >= 0 && (lf[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lf[l - 1]!)))) l--;
    if (l < 0) return false;
    l--;
  }
  return sf.length > 0;
}

/** All spellings to index for one catalog entry: name, aliases and rule-derived variants, deduplicated. */
export function nameVariants(name: string, aliases: string[]): string[] {
  const out = new Set<string>();
  for (const base of [name, ...aliases]) {
    const stripped = base.replace(PAREN, " ").replace(/\s+-/gu, "-").trim();
    const forms = [base, stripped];
    for (const m of base.matchAll(PAREN)) {
      const acronym = m[1]!.trim();
      if (ACRONYM.test(acronym) && abbreviates(acronym, base.slice(0, m.index))) forms.push(acronym);
    }
    // "SEA-H2X" is also written "SEAH2X", "AAE-1" "AAE1": an acronym's hyphens are optional.
    for (const f of [...forms]) {
      const joined = f.replace(/\b([A-Z][A-Z0-9]*)-(?=[A-Z0-9]+\b)/gu, "$1");
      if (joined !== f) forms.push(joined);
    }
    const tail = / and /u.exec(stripped);
    if (tail && HEAD_NOUN.test(stripped.slice(0, tail.index))) forms.push(stripped.slice(0, tail.index));
    for (const f of [...forms]) forms.push(...pairSwaps(f));
    for (const f of forms) if (f.trim() !== "") out.add(f.trim());
  }
  return [...out];
}

/** Acronyms must match in capitals: "ADC" is a cable, "adc" is not. */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word) || /^[A-Z]{2}$/u.test(word);
}
