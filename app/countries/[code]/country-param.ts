import { notFound, permanentRedirect } from "next/navigation";
import { type CountryCode, isCountryCode } from "@/lib/vocabulary/countries";

/** The country code of the URL; lower case redirects to the canonical upper case, anything else is a 404. */
export function countryOrNotFound(code: string): CountryCode {
  if (isCountryCode(code)) return code;
  if (isCountryCode(code.toUpperCase())) permanentRedirect(`/countries/${code.toUpperCase()}`);
  notFound();
}
