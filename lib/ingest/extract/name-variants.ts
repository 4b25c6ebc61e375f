// Spellings under which a catalog name is looked for. Catalog names are often descriptive
// ("ASEAN Digital Ministers' Meeting (ADGMIN)", "China-ASEAN … Meeting and annual plans"); articles use the core name.

const PAREN = /\s*[(（]([^)）]*)[)）]\s*/gu;
const ACRONYM = /^[A-Z][A-Z0-9-]{2,}$/u;
const DASH = "[-‐‑–—]";
/** Nouns that end a proper name; a descriptive " and …" tail after one of them is not part of the name. */
const HEAD_NOUN =
  /(?:Meeting|Partnership|Plan|Centre|Center|Programme|Program|Agreement|Association|Initiative|Forum|Dialogue|Summit|Alliance|Statement|Protocol|Expo|Harbor|Hub)$/u;

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

/** All spellings to index for one catalog entry: name, aliases and rule-derived variants, deduplicated. */
export function nameVariants(name: string, aliases: string[]): string[] {
  const out = new Set<string>();
  for (const base of [name, ...aliases]) {
    const stripped = base.replace(PAREN, " ").replace(/\s+-/gu, "-").trim();
    const forms = [base, stripped];
    for (const m of base.matchAll(PAREN)) if (ACRONYM.test(m[1]!.trim())) forms.push(m[1]!.trim());
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
