// Places a longitude/latitude on the map: the same Albers-type equal-area conic projection d3-geo fitted when the
// geometry was generated (asean-map-geometry.ts), without shipping d3-geo to the browser.
import { PROJECTION } from "./asean-map-geometry";

const RAD = Math.PI / 180;
const [phi0, phi1] = [PROJECTION.parallels[0] * RAD, PROJECTION.parallels[1] * RAD];
const sin0 = Math.sin(phi0);
const n = (sin0 + Math.sin(phi1)) / 2;
const c = 1 + sin0 * (2 * n - sin0);
const r0 = Math.sqrt(c) / n;

function raw(lambda: number, phi: number): [number, number] {
  const r = Math.sqrt(c - 2 * n * Math.sin(phi * RAD)) / n;
  return [r * Math.sin(lambda * RAD * n), r0 - r * Math.cos(lambda * RAD * n)];
}

// d3 centres the projection on `center` (33.6°N for its conic equal-area default): that point lands on `translate`.
const [cx, cy] = raw(PROJECTION.center[0], PROJECTION.center[1]);

/** [x, y] in the map's viewBox coordinates. */
export function projectLonLat(lon: number, lat: number): [number, number] {
  // Longitudes are wrapped to [-180, 180) after the rotation, as d3's rotation does.
  const lambda = ((((lon + PROJECTION.rotate[0] + 180) % 360) + 360) % 360) - 180;
  const [x, y] = raw(lambda, lat);
  return [PROJECTION.translate[0] + PROJECTION.scale * (x - cx), PROJECTION.translate[1] - PROJECTION.scale * (y - cy)];
}
