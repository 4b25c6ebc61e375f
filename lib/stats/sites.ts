// Sites and landing points of the initiatives matching a view, for the map's overlay and its table.
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { FILTERED_FROM, filterConditions, whereClause } from "@/lib/initiatives/conditions";
import type { SiteView } from "@/lib/initiatives/detail";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import type { SiteKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";

/** A site as an initiative page shows it, with the initiative it belongs to instead of its source. */
export type MapSite = Omit<SiteView, "source"> & { initiative: { slug: string; name: string; status: Status } };

export async function findMapSites(db: DbOrTx, filters: InitiativeFilters): Promise<MapSite[]> {
  const rows = await queryRows<{
    kind: SiteKind;
    name: string;
    city: string | null;
    country_code: string;
    latitude: number;
    longitude: number;
    slug: string;
    initiative_name: string;
    status: Status;
  }>(
    db,
    sql`select st.kind, st.name, st.city, st.country_code, st.latitude, st.longitude, i.slug, i.name as initiative_name, i.status
        ${FILTERED_FROM} join initiative_sites st on st.initiative_id = i.id ${whereClause(filterConditions(filters))}
        order by i.name, st.kind, st.name`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    name: r.name,
    city: r.city,
    countryCode: r.country_code,
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
    initiative: { slug: r.slug, name: r.initiative_name, status: r.status },
  }));
}
