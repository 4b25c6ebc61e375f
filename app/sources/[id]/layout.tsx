import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { cachedReads } from "@/lib/cache/reads";

// Before the page renders: an unknown id is a 404 whatever the page streams (once a Suspense boundary has streamed,
// notFound() could only answer 200).
export default async function SourceLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id) || !(await cachedReads.hasSource(await getDb(), Number(id)))) notFound();
  return children;
}
