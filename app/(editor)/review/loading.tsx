import { ListSkeleton } from "@/components/initiatives/skeletons";

export default function Loading() {
  return <ListSkeleton title="Loading the review queue…" />;
}
