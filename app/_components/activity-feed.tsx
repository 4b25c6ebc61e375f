import Link from "next/link";
import { StatusTag } from "@/components/ui/status-tag";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { ActivityItem } from "@/lib/stats/types";

const kindLabel = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, " ");

function What({ item }: { item: ActivityItem }) {
  const tipId = (end: "from" | "to") => `status-tip-activity-${item.kind}-${item.id}-${end}`;
  if (item.kind === "milestone") {
    const kind = item.milestoneKind && item.milestoneKind !== "other" ? kindLabel(item.milestoneKind) : null;
    return <p>{kind ? <span className="font-medium">{kind}: </span> : null}{item.text}</p>;
  }
  return (
    <p className="flex flex-wrap items-center gap-1">
      {item.fromStatus ? (
        <>
          Status changed from <StatusTag status={item.fromStatus} tipId={tipId("from")} /> to
        </>
      ) : (
        "Status recorded as"
      )}{" "}
      {item.toStatus ? <StatusTag status={item.toStatus} tipId={tipId("to")} /> : null}
    </p>
  );
}

/** The latest status changes and milestones under the filters, each with the source that reports it. */
export function ActivityFeed({ items }: { items: ActivityItem[] }) {
  return (
    <section aria-labelledby="activity-heading" className="rounded-lg border border-line p-4">
      <h2 id="activity-heading" className="mb-1 text-xl font-semibold">
        Latest changes
      </h2>
      <p className="mb-3 text-sm text-muted">Status changes and milestones, newest first, with the source for each.</p>
      {items.length === 0 ? (
        <p className="text-sm text-muted">No dated changes under these filters.</p>
      ) : (
        <ol className="divide-y divide-line/70">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="grid gap-0.5 py-2.5 text-sm sm:grid-cols-[7rem_1fr] sm:gap-3">
              <time dateTime={item.date} className="text-muted tabular-nums">
                {formatPartialDate({ date: item.date, precision: item.precision })}
              </time>
              <div className="min-w-0 space-y-1">
                <Link href={`/initiatives/${item.initiative.slug}`} className="font-medium">
                  {item.initiative.name}
                </Link>
                <What item={item} />
                <p className="text-xs text-muted">
                  {item.source ? (
                    <>
                      Source:{" "}
                      {item.source.url ? (
                        <a href={item.source.url} rel="noopener noreferrer" className="underline">
                          {item.source.title}
                        </a>
                      ) : (
                        <span className="text-ink">{item.source.title}</span>
                      )}
                      {item.source.publisher ? ` · ${item.source.publisher}` : ""}
                    </>
                  ) : (
                    "No source cited for this entry."
                  )}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
