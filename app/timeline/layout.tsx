import type { ReactNode } from "react";
import { QueryProvider } from "./_components/query-provider";

export default function TimelineLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
