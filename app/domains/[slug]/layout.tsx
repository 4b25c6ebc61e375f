import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isDomainSlug } from "@/lib/vocabulary/domains";

// Outside this segment's loading boundary: an unknown domain becomes a 404 before the skeleton streams.
export default async function DomainLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!isDomainSlug((await params).slug)) notFound();
  return children;
}
