import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { cachedReads } from "@/lib/cache/reads";

// Outside this segment's loading boundary: an unknown id becomes a 404 before the skeleton streams.
export default async function SourceLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id) || !(await cachedReads.hasSource(await getDb(), Number(id)))) notFound();
  return children;
}
