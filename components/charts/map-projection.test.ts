import { geoConicEqualArea } from "d3-geo";
import { describe, expect, it } from "vitest";
import { PROJECTION } from "./asean-map-geometry";
import { projectLonLat } from "./map-projection";

describe("projectLonLat", () => {
  const d3 = geoConicEqualArea()
    .parallels(PROJECTION.parallels)
    .rotate(PROJECTION.rotate)
    .scale(PROJECTION.scale)
    .translate(PROJECTION.translate);

  it.each([
    ["Nanning", 108.37, 22.82],
    ["Singapore", 103.82, 1.35],
    ["Dili", 125.57, -8.56],
    ["Fukuoka", 130.4, 33.59],
    ["Marseille", 5.37, 43.3],
  ])("places %s where d3-geo does", (_name, lon, lat) => {
    const [x, y] = projectLonLat(lon, lat);
    const [ex, ey] = d3([lon, lat])!;
    expect(x).toBeCloseTo(ex, 6);
    expect(y).toBeCloseTo(ey, 6);
  });
});
