// Any country's English name by ISO 3166-1 alpha-2 code (publishers and cable landings lie beyond the tracker's
// twelve), and which codes count as "ASEAN-side".
import { COUNTRY_CODES } from "./countries";

const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

export function regionName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export const ASEAN_MEMBER_CODES: readonly string[] = COUNTRY_CODES.filter((c) => c !== "CN");

export function isAseanMember(code: string | null): boolean {
  return code !== null && ASEAN_MEMBER_CODES.includes(code);
}
