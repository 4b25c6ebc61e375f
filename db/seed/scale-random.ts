// Deterministic randomness for the scale seed: the same seed and starting ids give the same data.

export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Zipf-like: the first items are much more frequent than the last (weight 1 / rank^s). */
  zipf: <T>(items: readonly T[], s?: number) => T;
  /** `count` distinct items, each drawn Zipf-like. */
  zipfDistinct: <T>(items: readonly T[], count: number, s?: number) => T[];
  shuffle: <T>(items: T[]) => T[];
};

export function createRng(seed: number): Rng {
  // mulberry32: tiny, fast and good enough for synthetic data.
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const cumulative = new Map<string, number[]>();
  const zipfIndex = (length: number, s: number) => {
    const key = `${length}:${s}`;
    let sums = cumulative.get(key);
    if (!sums) {
      sums = [];
      let total = 0;
      for (let rank = 1; rank <= length; rank++) sums.push((total += 1 / rank ** s));
      cumulative.set(key, sums);
    }
    const target = next() * sums[sums.length - 1]!;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    zipf: (items, s = 1) => items[zipfIndex(items.length, s)]!,
    zipfDistinct: (items, count, s = 1) => {
      const chosen = new Set<number>();
      const wanted = Math.min(count, items.length);
      for (let guard = 0; chosen.size < wanted && guard < wanted * 50; guard++) chosen.add(zipfIndex(items.length, s));
      return [...chosen].map((i) => items[i]!);
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
  return rng;
}
