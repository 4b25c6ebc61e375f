// The public reads that pages and the REST API call, cached per data generation (read-cache.ts). Each is the
// query function of the same name; signed-in pages and mutations call the uncached ones directly.
import {
  getActorBySlug,
  getEntitySummary,
  hasActor,
  hasInitiative,
  hasSource,
  listActors,
  listCountriesWithCounts,
  listDomainsWithCounts,
} from "@/lib/entities/queries";
import { getDatasetRelease } from "@/lib/dataset/release";
import { getInitiativeAsOf } from "@/lib/initiatives/as-of";
import { getRelatedInitiatives } from "@/lib/initiatives/detail";
import { findInitiatives } from "@/lib/initiatives/queries";
import { findSources, getSourceById } from "@/lib/sources/queries";
import { getRecentActivity } from "@/lib/stats/activity";
import { getCoverage } from "@/lib/stats/coverage";
import { findMapSites } from "@/lib/stats/sites";
import { getFilterBarProps } from "@/lib/stats/filter-bar";
import { countInitiativesByCountry, getDashboardStats } from "@/lib/stats/queries";
import { getStatusOverTime } from "@/lib/stats/status-over-time";
import { getTimeline } from "@/lib/stats/timeline";
import { cachedRead } from "./read-cache";

export const cachedReads = {
  getDatasetRelease: cachedRead("getDatasetRelease", getDatasetRelease),
  findMapSites: cachedRead("findMapSites", findMapSites),
  getCoverage: cachedRead("getCoverage", (db: Parameters<typeof getCoverage>[0]) => getCoverage(db)),
  findInitiatives: cachedRead("findInitiatives", findInitiatives),
  getInitiativeAsOf: cachedRead("getInitiativeAsOf", getInitiativeAsOf),
  getRelatedInitiatives: cachedRead("getRelatedInitiatives", getRelatedInitiatives),
  hasInitiative: cachedRead("hasInitiative", hasInitiative),
  getDashboardStats: cachedRead("getDashboardStats", getDashboardStats),
  getRecentActivity: cachedRead("getRecentActivity", getRecentActivity),
  getFilterBarProps: cachedRead("getFilterBarProps", getFilterBarProps),
  countInitiativesByCountry: cachedRead("countInitiativesByCountry", countInitiativesByCountry),
  getTimeline: cachedRead("getTimeline", getTimeline),
  getEntitySummary: cachedRead("getEntitySummary", getEntitySummary),
  getStatusOverTime: cachedRead("getStatusOverTime", getStatusOverTime),
  listCountriesWithCounts: cachedRead("listCountriesWithCounts", listCountriesWithCounts),
  listDomainsWithCounts: cachedRead("listDomainsWithCounts", listDomainsWithCounts),
  listActors: cachedRead("listActors", listActors),
  getActorBySlug: cachedRead("getActorBySlug", getActorBySlug),
  hasActor: cachedRead("hasActor", hasActor),
  findSources: cachedRead("findSources", findSources),
  getSourceById: cachedRead("getSourceById", getSourceById),
  hasSource: cachedRead("hasSource", hasSource),
};
