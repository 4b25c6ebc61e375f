import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { cachedReads } from "@/lib/cache/reads";

// Outside this segment's loading boundary: an unknown slug becomes a 404 before the skeleton streams.
export default async function ActorLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await cachedReads.hasActor(await getDb(), (await params).slug))) notFound();
  return children;
}
