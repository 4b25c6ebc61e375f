import type { ReactNode } from "react";
import { countryOrNotFound } from "./country-param";

// Before the page renders: unknown codes are a 404, lower-case ones a 308, whatever the page streams.
export default async function CountryLayout({ children, params }: { children: ReactNode; params: Promise<{ code: string }> }) {
  countryOrNotFound((await params).code);
  return children;
}
