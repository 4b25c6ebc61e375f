// Shapes of the chart data, shared by the SQL aggregates (server), the route handlers and the chart components.
import type { CountryCode } from "@/lib/vocabulary/countries";
import type { DatePrecision, MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";

/** One cell of a category × status count: `key` is a domain slug, a year or a country code. */
export type StatusCell = { key: string; status: Status; count: number };

export type HeadlineFigures = {
  initiatives: number;
  /** Sources cited by the matching initiatives. */
  sources: number;
  /** Countries linked to at least one matching initiative. */
  countries: number;
  /** Status changes and (non-planned) milestones dated in the 90 days up to `referenceDate`. */
  recentChanges: number;
  recentSince: string;
  referenceDate: string;
};

export type DashboardStats = {
  headline: HeadlineFigures;
  byStatus: { status: Status; count: number }[];
  statusByDomain: StatusCell[];
  /** Keyed by the year the initiative was first announced. */
  statusByYear: StatusCell[];
  /** Matching initiatives without a first-announced date (not in statusByYear). */
  undated: number;
  statusByCountry: StatusCell[];
};

export type CountryCount = { code: CountryCode; count: number };

export type ActivitySource = { id: number; title: string; publisher: string; url: string | null };

export type ActivityItem = {
  kind: "status-change" | "milestone";
  id: number;
  initiative: { slug: string; name: string };
  date: string;
  precision: DatePrecision;
  /** Status changes: the statuses; milestones: null. */
  fromStatus: Status | null;
  toStatus: Status | null;
  milestoneKind: MilestoneKind | null;
  text: string;
  source: ActivitySource | null;
};

export type TimelineMilestone = {
  id: number;
  kind: MilestoneKind;
  description: string;
  date: string;
  precision: DatePrecision;
  isPlanned: boolean;
};

export type TimelineRow = {
  id: number;
  slug: string;
  name: string;
  status: Status;
  /** First and latest dated event: the first announcement or a milestone. */
  startOn: string;
  endOn: string;
  milestones: TimelineMilestone[];
};

export type TimelinePage = {
  rows: TimelineRow[];
  /** Rows overlapping the year range, over all pages. */
  total: number;
  page: number;
  pageSize: number;
  range: { start: number; end: number };
  /** The years any matching initiative spans, for the year-range control; null when nothing is dated. */
  extent: { start: number; end: number } | null;
  /** Matching initiatives with no date at all (never on the timeline). */
  undated: number;
};

export type StatusPeriod = { status: Status; from: string; to: string | null };
