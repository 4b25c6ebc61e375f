import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** Skeleton for list pages: header, search box, facet column and result rows. */
export function ListSkeleton({ title }: { title: string }) {
  return (
    <LoadingRegion label={title}>
      <div className="mb-8 space-y-3 border-b border-line pb-6">
        <Skeleton className="h-10 w-64" />
        <Skeleton className="h-5 w-full max-w-2xl" />
      </div>
      <Skeleton className="mb-6 h-11 w-full" />
      <div className="grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <div className="hidden space-y-3 lg:block">
          {Array.from({ length: 10 }, (_, i) => (
            <Skeleton key={i} className="h-6 w-full" />
          ))}
        </div>
        <div className="divide-y divide-line">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="space-y-2 py-5">
              <Skeleton className="h-6 w-2/3" />
              <Skeleton className="h-4 w-full" />
              <Skeleton className="h-4 w-1/2" />
            </div>
          ))}
        </div>
      </div>
    </LoadingRegion>
  );
}

/** Skeleton for detail pages: title, status panel and two columns of sections. */
export function DetailSkeleton({ title }: { title: string }) {
  return (
    <LoadingRegion label={title}>
      <div className="mb-8 space-y-3 border-b border-line pb-6">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-10 w-full max-w-xl" />
        <Skeleton className="h-5 w-full max-w-2xl" />
      </div>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <Skeleton className="h-24 w-full" />
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="space-y-2">
              <Skeleton className="h-6 w-48" />
              <Skeleton className="h-16 w-full" />
            </div>
          ))}
        </div>
        <div className="space-y-3">
          <Skeleton className="h-40 w-full" />
          <Skeleton className="h-28 w-full" />
        </div>
      </div>
    </LoadingRegion>
  );
}
