import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { hasInitiative } from "@/lib/entities/queries";

// Outside this segment's loading boundary: an unknown slug becomes a 404 before the skeleton streams.
export default async function InitiativeLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await hasInitiative(await getDb(), (await params).slug))) notFound();
  return children;
}
