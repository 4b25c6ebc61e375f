import { formatPartialDate, type PartialDate, toPartialDateString } from "@/lib/dates/partial-date";

/** A date at its precision ("Q3 2025", "Jan 2025", "22 Jan 2025") in a <time> element. */
export function DateText({ date, className }: { date: PartialDate | null; className?: string }) {
  if (!date) return <span className={className}>date unknown</span>;
  return (
    <time dateTime={toPartialDateString(date).replace(/-Q\d$/, "")} className={className}>
      {formatPartialDate(date)}
    </time>
  );
}

/** An ISO day ("2025-01-22") as "22 Jan 2025". */
export function DayText({ iso, className }: { iso: string | null; className?: string }) {
  if (!iso) return <span className={className}>—</span>;
  return <DateText date={{ date: iso, precision: "day" }} className={className} />;
}
