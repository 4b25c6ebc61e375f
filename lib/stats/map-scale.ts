// The map's classes: zero gets its own (hatched) class; counts from 1 to the maximum fall into at most four
// equal-width bins, so each shade in the legend names an exact range.
export type MapBin = { level: number; min: number; max: number; label: string };

export const MAX_LEVEL = 4;

export function mapBins(maxCount: number): MapBin[] {
  const bins: MapBin[] = [{ level: 0, min: 0, max: 0, label: "None" }];
  if (maxCount < 1) return bins;
  const step = Math.ceil(maxCount / MAX_LEVEL);
  for (let min = 1, level = 1; min <= maxCount; min += step, level += 1) {
    const max = Math.min(min + step - 1, maxCount);
    bins.push({ level, min, max, label: min === max ? String(min) : `${min}–${max}` });
  }
  return bins;
}

/** The bin level for a count; counts are never negative. */
export function binLevel(count: number, bins: readonly MapBin[]): number {
  return bins.find((b) => count >= b.min && count <= b.max)?.level ?? 0;
}

/** "Most initiatives involve China (38), Thailand (32) and Vietnam (28); none involve Timor-Leste." */
export function mapSummary(counts: readonly { name: string; count: number }[]): string {
  const ranked = [...counts].filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  const none = counts.filter((c) => c.count === 0).map((c) => c.name);
  if (!ranked.length) return "No initiative under these filters involves any of the countries.";
  const top = ranked.slice(0, 3).map((c) => `${c.name} (${c.count})`);
  const list = top.length > 1 ? `${top.slice(0, -1).join(", ")} and ${top.at(-1)}` : top[0];
  const rest = none.length ? `; none involve ${none.length > 1 ? `${none.slice(0, -1).join(", ")} or ${none.at(-1)}` : none[0]}` : "";
  return `${ranked.length} of ${counts.length} countries have initiatives. The most involve ${list}${rest}.`;
}
