import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { cachedReads } from "@/lib/cache/reads";

// Before the page renders: an unknown slug is a 404 although the page streams its later sections behind Suspense
// boundaries (once one has streamed, notFound() could only answer 200).
export default async function InitiativeLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await cachedReads.hasInitiative(await getDb(), (await params).slug))) notFound();
  return children;
}
