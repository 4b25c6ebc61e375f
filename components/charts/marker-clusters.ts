// Milestone markers closer than one pointer target (24 px, WCAG 2.5.8) on the drawn track become one target, so no
// marker covers part of another: a cluster sits at its first milestone and holds every milestone within `minGap`
// percent of it; the next cluster starts at least `minGap` further on.

export type MarkerCluster<T> = { left: number; items: T[] };

export function clusterMarkers<T>(markers: readonly { left: number; item: T }[], minGap: number): MarkerCluster<T>[] {
  const clusters: MarkerCluster<T>[] = [];
  for (const marker of [...markers].sort((a, b) => a.left - b.left)) {
    const last = clusters.at(-1);
    if (last && marker.left - last.left < minGap) last.items.push(marker.item);
    else clusters.push({ left: marker.left, items: [marker.item] });
  }
  return clusters;
}
