-- Facet and filter arrays on initiative_search (ARCHITECTURE P5): each initiative's domains, countries, actors and
-- the types of the sources citing it, so the list's filters and facet counts read one row per initiative instead of
-- joining the link tables and citations × sources. refresh_initiative_facets(ids) is their one definition; it runs
-- from refresh_initiative_search (every write the search triggers already see: citations, sources, …) and from new
-- statement triggers on the three link tables, which only recompute the arrays. The rows are also made narrow
-- (the body moves to TOAST), so a scan of the matching rows reads ~700 pages at 10,000 initiatives instead of ~2,660.
ALTER TABLE "initiative_search" ADD COLUMN "domain_slugs" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative_search" ADD COLUMN "country_codes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative_search" ADD COLUMN "actor_ids" integer[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative_search" ADD COLUMN "source_types" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Rows that need TOAST at all (most: the document is ~4 kB) keep at most ~512 bytes inline: names, dates and the
-- arrays stay, the body (~800 bytes compressed) moves out. Only the page's match explanations read the body.
ALTER TABLE "initiative_search" SET (toast_tuple_target = 512);--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_initiative_facets(ids integer[]) RETURNS void LANGUAGE sql AS $$
  UPDATE initiative_search s SET
    domain_slugs = array(SELECT d.domain_slug FROM initiative_domains d WHERE d.initiative_id = s.initiative_id ORDER BY 1),
    country_codes = array(SELECT DISTINCT c.country_code::text FROM initiative_countries c WHERE c.initiative_id = s.initiative_id ORDER BY 1),
    actor_ids = array(SELECT DISTINCT a.actor_id FROM initiative_actors a WHERE a.initiative_id = s.initiative_id ORDER BY 1),
    source_types = array(SELECT DISTINCT so.source_type::text FROM citations c JOIN sources so ON so.id = c.source_id
                         WHERE c.initiative_id = s.initiative_id ORDER BY 1)
  WHERE s.initiative_id = ANY(ids);
$$;
--> statement-breakpoint
-- The search row's text and vectors as before (0003), then the arrays: callers keep calling refresh_initiative_search.
ALTER FUNCTION refresh_initiative_search(integer[]) RENAME TO refresh_initiative_search_text;
--> statement-breakpoint
CREATE FUNCTION refresh_initiative_search(ids integer[]) RETURNS void LANGUAGE sql AS $$
  SELECT refresh_initiative_search_text(ids);
  SELECT refresh_initiative_facets(ids);
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION facets_refresh_from_link_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF search_is_deferred() THEN
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM refresh_initiative_facets(array(SELECT DISTINCT initiative_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_initiative_facets(array(SELECT DISTINCT initiative_id FROM old_rows));
  ELSE
    PERFORM refresh_initiative_facets(array(SELECT initiative_id FROM new_rows UNION SELECT initiative_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE link text;
BEGIN
  FOREACH link IN ARRAY array['initiative_domains', 'initiative_countries', 'initiative_actors'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION facets_refresh_from_link_rows()', link || '_facets_insert', link);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION facets_refresh_from_link_rows()', link || '_facets_update', link);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION facets_refresh_from_link_rows()', link || '_facets_delete', link);
  END LOOP;
END $$;
--> statement-breakpoint
-- Backfill: only the arrays (the text and vectors are unchanged), in one statement; it rewrites every row under the
-- new TOAST target. CLUSTER then compacts the table (VACUUM FULL cannot run in the migration's transaction).
SELECT refresh_initiative_facets(array(SELECT initiative_id FROM initiative_search));
--> statement-breakpoint
CLUSTER "initiative_search" USING "initiative_search_pkey";
--> statement-breakpoint
CREATE INDEX "initiative_search_domain_slugs_idx" ON "initiative_search" USING gin ("domain_slugs");--> statement-breakpoint
CREATE INDEX "initiative_search_country_codes_idx" ON "initiative_search" USING gin ("country_codes");--> statement-breakpoint
CREATE INDEX "initiative_search_actor_ids_idx" ON "initiative_search" USING gin ("actor_ids");--> statement-breakpoint
CREATE INDEX "initiative_search_source_types_idx" ON "initiative_search" USING gin ("source_types");--> statement-breakpoint
-- Statistics for the new columns now: the planner's estimates for `&&` come from their most common elements.
ANALYZE initiative_search;
