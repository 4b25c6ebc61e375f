import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isDomainSlug } from "@/lib/vocabulary/domains";

// Before the page renders: an unknown domain is a 404 whatever the page streams (once a Suspense boundary has
// streamed, notFound() could only answer 200).
export default async function DomainLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!isDomainSlug((await params).slug)) notFound();
  return children;
}
