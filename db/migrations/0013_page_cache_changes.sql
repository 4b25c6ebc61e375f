CREATE TABLE "data_change_pending" (
	"xact" bigint NOT NULL,
	"scope" text NOT NULL,
	"initiative_id" integer DEFAULT 0 NOT NULL,
	"old_signature" jsonb,
	CONSTRAINT "data_change_pending_xact_scope_initiative_id_pk" PRIMARY KEY("xact","scope","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "data_changes" (
	"generation" bigint NOT NULL,
	"scope" text NOT NULL,
	"initiative_id" integer DEFAULT 0 NOT NULL,
	"old_signature" jsonb,
	"new_signature" jsonb
);
--> statement-breakpoint
CREATE INDEX "data_changes_generation_idx" ON "data_changes" USING btree ("generation");--> statement-breakpoint
-- An initiative's facet signature: what decides whether a list view can show or count it.
CREATE FUNCTION initiative_signature(iid integer) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('status', i.status, 'scope', i.scope, 'announced', i.first_announced_on,
    'domains', coalesce(s.domain_slugs, '{}'), 'countries', coalesce(s.country_codes, '{}'),
    'actors', coalesce(s.actor_ids, '{}'), 'sourceTypes', coalesce(s.source_types, '{}'))
  FROM initiatives i LEFT JOIN initiative_search s ON s.initiative_id = i.id WHERE i.id = iid
$$;
--> statement-breakpoint
-- The first touch of an initiative in a transaction keeps its signature from before the transaction (row triggers
-- run BEFORE the row changes, and derived search rows are refreshed after the statement). Bulk loads that defer
-- the search refresh record one "all" change instead (note_data_change).
CREATE FUNCTION note_initiative_touched(iid integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF iid IS NULL OR search_is_deferred() THEN RETURN; END IF;
  IF NOT EXISTS (SELECT 1 FROM data_change_pending WHERE xact = txid_current() AND scope = 'initiative' AND initiative_id = iid) THEN
    INSERT INTO data_change_pending (xact, scope, initiative_id, old_signature)
      VALUES (txid_current(), 'initiative', iid, initiative_signature(iid));
  END IF;
END $$;
--> statement-breakpoint
-- A change not tied to one initiative. Inside a batch (tracker.change_batch, set by a bulk import for each article's
-- transaction) it is recorded as `what@batch`: the page cache holds it back until the batch's end is recorded.
CREATE FUNCTION note_scope_touched(what text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO data_change_pending (xact, scope, initiative_id)
    VALUES (txid_current(), what || coalesce('@' || nullif(current_setting('tracker.change_batch', true), ''), ''), 0)
    ON CONFLICT DO NOTHING
$$;
--> statement-breakpoint
-- The end of a batch (an import job finished or stopped): one generation that releases everything the batch did.
CREATE FUNCTION note_batch_end(batch text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_change_pending (xact, scope, initiative_id) VALUES (txid_current(), 'batch-end@' || batch, 0)
    ON CONFLICT DO NOTHING;
  IF current_setting('tracker.data_changed', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('tracker.data_changed', 'on', true);
    INSERT INTO data_version_pending DEFAULT VALUES;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION note_initiative_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM note_initiative_touched(OLD.initiative_id); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM note_initiative_touched(NEW.initiative_id); END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE FUNCTION note_initiatives_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM note_initiative_touched(OLD.id); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM note_initiative_touched(NEW.id); END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- A source's title or type shows on every initiative citing it; a new source with no citation reaches only the
-- source pages.
CREATE FUNCTION note_source_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sid integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
BEGIN
  IF NOT search_is_deferred() THEN
    PERFORM note_scope_touched('sources');
    IF TG_OP <> 'INSERT' THEN
      PERFORM note_initiative_touched(c.initiative_id) FROM (SELECT DISTINCT initiative_id FROM citations WHERE source_id = sid) c;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE FUNCTION note_actor_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE aid integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
BEGIN
  IF NOT search_is_deferred() THEN
    PERFORM note_scope_touched('actors');
    IF TG_OP <> 'INSERT' THEN
      PERFORM note_initiative_touched(a.initiative_id) FROM (SELECT DISTINCT initiative_id FROM initiative_actors WHERE actor_id = aid) a;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE FUNCTION note_alias_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM note_initiative_touched(OLD.initiative_id);
    IF OLD.actor_id IS NOT NULL AND NOT search_is_deferred() THEN PERFORM note_scope_touched('actors'); END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM note_initiative_touched(NEW.initiative_id);
    IF NEW.actor_id IS NOT NULL AND NOT search_is_deferred() THEN PERFORM note_scope_touched('actors'); END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Vocabulary changes reach every page. (Users and the audit log move the generation but reach no public page: the
-- public changelog names roles, not people; editor pages are never cached.)
CREATE FUNCTION note_scope_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT search_is_deferred() THEN PERFORM note_scope_touched(TG_ARGV[0]); END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['initiative_domains', 'initiative_countries', 'initiative_actors', 'milestones',
    'status_changes', 'citations', 'changelog_entries', 'initiative_sites']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I
      FOR EACH ROW EXECUTE FUNCTION note_initiative_row()', t || '_data_changes', t);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE TRIGGER initiatives_data_changes BEFORE INSERT OR UPDATE OR DELETE ON initiatives
  FOR EACH ROW EXECUTE FUNCTION note_initiatives_row();
--> statement-breakpoint
CREATE TRIGGER sources_data_changes BEFORE INSERT OR UPDATE OR DELETE ON sources
  FOR EACH ROW EXECUTE FUNCTION note_source_row();
--> statement-breakpoint
CREATE TRIGGER actors_data_changes BEFORE INSERT OR UPDATE OR DELETE ON actors
  FOR EACH ROW EXECUTE FUNCTION note_actor_row();
--> statement-breakpoint
CREATE TRIGGER aliases_data_changes BEFORE INSERT OR UPDATE OR DELETE ON aliases
  FOR EACH ROW EXECUTE FUNCTION note_alias_row();
--> statement-breakpoint
CREATE TRIGGER domains_data_changes BEFORE INSERT OR UPDATE OR DELETE ON domains
  FOR EACH ROW EXECUTE FUNCTION note_scope_row('all');
--> statement-breakpoint
CREATE TRIGGER countries_data_changes BEFORE INSERT OR UPDATE OR DELETE ON countries
  FOR EACH ROW EXECUTE FUNCTION note_scope_row('all');
--> statement-breakpoint
--> statement-breakpoint
-- A TRUNCATE, or a bulk load that defers the search refresh, is recorded as one change to everything.
CREATE OR REPLACE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' OR search_is_deferred() THEN PERFORM note_scope_touched('all'); END IF;
  IF current_setting('tracker.data_changed', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('tracker.data_changed', 'on', true);
    INSERT INTO data_version_pending DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- At commit: the generation goes up, and the transaction's changes are recorded under it with each initiative's
-- signature as committed (the search rows, and so the facet arrays, are current by then).
CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE g bigint;
BEGIN
  UPDATE data_version SET generation = generation + 1, changed_at = clock_timestamp() WHERE id RETURNING generation INTO g;
  INSERT INTO data_changes (generation, scope, initiative_id, old_signature, new_signature)
    SELECT g, p.scope, p.initiative_id, p.old_signature,
      CASE WHEN p.scope = 'initiative' THEN initiative_signature(p.initiative_id) END
    FROM data_change_pending p WHERE p.xact = txid_current();
  DELETE FROM data_change_pending WHERE xact = txid_current();
  DELETE FROM data_changes WHERE generation < g - 100000;
  DELETE FROM data_version_pending WHERE id = NEW.id;
  RETURN NULL;
END $$;
