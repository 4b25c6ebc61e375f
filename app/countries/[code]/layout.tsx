import type { ReactNode } from "react";
import { countryOrNotFound } from "./country-param";

// Outside this segment's loading boundary: unknown codes become a 404, lower-case ones a 308, before streaming.
export default async function CountryLayout({ children, params }: { children: ReactNode; params: Promise<{ code: string }> }) {
  countryOrNotFound((await params).code);
  return children;
}
