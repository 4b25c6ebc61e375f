import { DetailSkeleton } from "@/components/initiatives/skeletons";

export default function Loading() {
  return <DetailSkeleton title="Loading suggestions…" />;
}
