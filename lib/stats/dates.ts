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

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
