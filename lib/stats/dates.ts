// Calendar arithmetic on ISO days (YYYY-MM-DD), in UTC so results never depend on the server's time zone.
const DAY_MS = 86_400_000;

export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  return new Date(0).setUTCFullYear(y, m - 1, d) / DAY_MS;
}

/**
 * Clamped to the calendar the API accepts (0001-01-01 to 9999-12-31): "90 days before 0001-01-01" would otherwise be
 * "0000-10-03", which PostgreSQL refuses as a date (found by the API fuzzer as a 500 on /api/v1/stats?asOf=0001-01-01).
 */
export function addDays(iso: string, days: number): string {
  const day = Math.min(Math.max(dayNumber(iso) + days, dayNumber("0001-01-01")), dayNumber("9999-12-31"));
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
