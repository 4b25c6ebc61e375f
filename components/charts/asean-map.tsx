"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { binLevel, type MapBin, mapBins } from "@/lib/stats/map-scale";
import type { CountryCount } from "@/lib/stats/types";
import { COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import { COUNTRY_PATHS, LABEL_POINTS, LAND_PATH, MAP_HEIGHT, MAP_WIDTH, MARKED_COUNTRIES } from "./asean-map-geometry";

type Props = {
  /** Initiatives per country (countInitiativesByCountry in lib/stats/queries.ts), under whatever filters apply. */
  counts: readonly CountryCount[];
  /** A country to outline (the country page the map sits on). */
  highlight?: CountryCode;
  /** Accessible name of the map. */
  label?: string;
  /** Query string (without "?") appended to the country links, e.g. to carry filters. */
  linkQuery?: string;
  /** Sites and landing points already projected to the map's coordinates (projectLonLat), drawn over the shading. */
  sites?: readonly MapPoint[];
  className?: string;
};

export type MapPoint = { x: number; y: number; kind: "site" | "landing-point" };

const SHADES = [30, 55, 78, 100];
// Label text placement for the small countries, whose marker sits on the country itself.
const LABEL_OFFSET: Partial<Record<CountryCode, { dx: number; dy: number; anchor: "start" | "middle" | "end" }>> = {
  SG: { dx: -10, dy: 22, anchor: "end" },
  BN: { dx: 0, dy: -14, anchor: "middle" },
  TL: { dx: 0, dy: 26, anchor: "middle" },
};

export function levelFill(level: number, hatchId: string): string {
  if (level === 0) return `url(#${hatchId})`;
  return `color-mix(in oklch, var(--color-accent) ${SHADES[level - 1] ?? 95}%, var(--color-paper))`;
}

function Legend({ bins, hatchId, highlight }: { bins: MapBin[]; hatchId: string; highlight?: CountryCode }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted" aria-label="Legend: initiatives per country">
      {bins.map((bin) => (
        <li key={bin.level} className="inline-flex items-center gap-1">
          <svg aria-hidden="true" width="16" height="12" className="rounded-sm border border-line">
            <rect width="16" height="12" style={{ fill: levelFill(bin.level, hatchId) }} />
          </svg>
          <span className="text-ink tabular-nums">{bin.label}</span>
        </li>
      ))}
      {highlight ? (
        <li className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-4 rounded-sm border-2 border-ink" />
          <span className="text-ink">{COUNTRY_INFO[highlight].nameEn}</span>
        </li>
      ) : null}
    </ul>
  );
}

/**
 * China and the ASEAN members shaded by number of initiatives, each labelled with its count (never colour alone),
 * each a link to its country page with details on hover and focus. Geometry ships with the app.
 */
export function AseanMap({ counts, highlight, label = "Map of initiatives per country", linkQuery, sites = [], className = "" }: Props) {
  const router = useRouter();
  const hatchId = `hatch${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [active, setActive] = useState<CountryCode | null>(null);
  const byCode = new Map(counts.map((c) => [c.code, c.count]));
  const bins = mapBins(Math.max(0, ...counts.map((c) => c.count)));
  const codes = (Object.keys(COUNTRY_PATHS) as CountryCode[]).sort((a, b) => (a === highlight ? 1 : b === highlight ? -1 : 0));
  const href = (code: CountryCode) => `/countries/${code}${linkQuery ? `?${linkQuery}` : ""}`;
  const tip = active ? LABEL_POINTS[active] : null;
  const activeCount = active ? (byCode.get(active) ?? 0) : 0;

  return (
    <div className={`@container space-y-2 ${className}`}>
      <div className="relative w-full" style={{ aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}` }}>
        <svg data-chart viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className="block h-full w-full" role="group" aria-label={label}>
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" style={{ fill: "var(--color-paper)" }} />
              <path d="M0 0V6" style={{ stroke: "var(--color-line)", strokeWidth: 3 }} />
            </pattern>
          </defs>
          <path d={LAND_PATH} style={{ fill: "var(--color-line)", opacity: 0.45 }} aria-hidden="true" />
          {codes.map((code) => {
            const count = byCode.get(code) ?? 0;
            const fill = levelFill(binLevel(count, bins), hatchId);
            const isHighlight = code === highlight;
            const [x, y] = LABEL_POINTS[code];
            return (
              <a
                key={code}
                href={href(code)}
                aria-label={`${COUNTRY_INFO[code].nameEn}: ${count} ${count === 1 ? "initiative" : "initiatives"}`}
                className="group/country cursor-pointer outline-none"
                onClick={(event) => (event.preventDefault(), router.push(href(code)))}
                onMouseEnter={() => setActive(code)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(code)}
                onBlur={() => setActive(null)}
              >
                <path
                  d={COUNTRY_PATHS[code]}
                  style={{ fill, stroke: isHighlight ? "var(--color-ink)" : "var(--color-paper)", strokeWidth: isHighlight ? 2.5 : 0.8, strokeLinejoin: "round" }}
                  className="transition-[stroke-width] group-hover/country:[stroke-width:2] group-hover/country:[stroke:var(--color-ink)] group-focus-visible/country:[stroke-width:3] group-focus-visible/country:[stroke:var(--color-accent-strong)]"
                />
                {MARKED_COUNTRIES.includes(code) ? (
                  <circle cx={x} cy={y} r={7} style={{ fill, stroke: "var(--color-ink)", strokeWidth: 1.2 }} className="group-focus-visible/country:[stroke-width:3]" />
                ) : null}
              </a>
            );
          })}
          {/* Each site is listed with its initiative in the table below the map: the markers are a picture of it. */}
          <g aria-hidden="true" data-sites={sites.length} style={{ pointerEvents: "none" }}>
            {sites.map((p, i) =>
              p.kind === "landing-point" ? (
                <rect key={i} x={p.x - 3.5} y={p.y - 3.5} width={7} height={7} transform={`rotate(45 ${p.x} ${p.y})`} style={{ fill: "var(--color-paper)", stroke: "var(--color-ink)", strokeWidth: 1.3 }} />
              ) : (
                <circle key={i} cx={p.x} cy={p.y} r={3.8} style={{ fill: "var(--color-ink)", stroke: "var(--color-paper)", strokeWidth: 1.2 }} />
              ),
            )}
          </g>
          <g aria-hidden="true" style={{ pointerEvents: "none" }}>
            {codes.map((code) => {
              const [x, y] = LABEL_POINTS[code];
              const offset = LABEL_OFFSET[code] ?? { dx: 0, dy: 0, anchor: "middle" as const };
              const halo = { paintOrder: "stroke", stroke: "var(--color-paper)", strokeWidth: 4, strokeLinejoin: "round" } as const;
              return (
                <text key={code} x={x + offset.dx} y={y + offset.dy} textAnchor={offset.anchor} style={{ fill: "var(--color-ink)", ...halo }}>
                  <tspan className="hidden text-[15px] @2xl:inline">{COUNTRY_INFO[code].nameEn} </tspan>
                  <tspan className="text-[26px] font-semibold @2xl:text-[16px]">{byCode.get(code) ?? 0}</tspan>
                </text>
              );
            })}
          </g>
        </svg>
        {active && tip ? (
          <div
            role="status"
            className="pointer-events-none absolute z-10 w-max max-w-56 -translate-x-1/2 -translate-y-[calc(100%+14px)] rounded border border-line bg-paper px-2 py-1 text-xs text-ink shadow-md"
            style={{ left: `${(tip[0] / MAP_WIDTH) * 100}%`, top: `${(tip[1] / MAP_HEIGHT) * 100}%` }}
          >
            <p className="font-semibold">
              {COUNTRY_INFO[active].nameEn} <span className="font-normal text-muted">{COUNTRY_INFO[active].nameZh}</span>
            </p>
            <p>
              {activeCount} {activeCount === 1 ? "initiative" : "initiatives"}
              {COUNTRY_INFO[active].aseanMemberSince ? ` · ASEAN member since ${COUNTRY_INFO[active].aseanMemberSince!.slice(0, 4)}` : ""}
            </p>
            <p className="text-muted">Select to open the country page</p>
          </div>
        ) : null}
      </div>
      <Legend bins={bins} hatchId={hatchId} highlight={highlight} />
      {sites.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 text-xs text-muted" aria-label="Legend: sites">
          <li className="inline-flex items-center gap-1">
            <svg aria-hidden="true" width="12" height="12">
              <circle cx="6" cy="6" r="4" style={{ fill: "var(--color-ink)" }} />
            </svg>
            <span className="text-ink">Site (data centre, centre, network)</span>
          </li>
          <li className="inline-flex items-center gap-1">
            <svg aria-hidden="true" width="12" height="12">
              <rect x="2.5" y="2.5" width="7" height="7" transform="rotate(45 6 6)" style={{ fill: "var(--color-paper)", stroke: "var(--color-ink)", strokeWidth: 1.3 }} />
            </svg>
            <span className="text-ink">Cable landing point</span>
          </li>
        </ul>
      )}
    </div>
  );
}
