CREATE TABLE "data_version" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"generation" bigint DEFAULT 1 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_version_single_row" CHECK ("data_version"."id")
);
--> statement-breakpoint
CREATE TABLE "data_version_pending" (
	"id" serial PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_version" ("id") VALUES (true);
--> statement-breakpoint
-- The first statement that changes public data in a transaction queues one pending row (a transaction-local flag
-- keeps it to one); statement-level, so a bulk load of 200,000 rows costs one check per statement, not per row.
CREATE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('tracker.data_changed', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('tracker.data_changed', 'on', true);
    INSERT INTO data_version_pending DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- At commit (deferred), the pending row becomes one generation: the row lock on data_version is taken last, so
-- writers never hold it while they wait for another lock, and readers see the new generation with the new data.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET generation = generation + 1, changed_at = clock_timestamp() WHERE id;
  DELETE FROM data_version_pending WHERE id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT ON data_version_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
-- Every table a public page, feed, export or API read shows. Not: sessions, accounts, verifications, API tokens,
-- sign-in failures, the review queue and import jobs (signed-in pages, never cached), initiative_search (derived).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['domains', 'countries', 'initiatives', 'actors', 'aliases', 'initiative_domains',
    'initiative_countries', 'initiative_actors', 'sources', 'milestones', 'status_changes', 'citations',
    'changelog_entries', 'audit_log', 'users']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()', t || '_data_version', t);
  END LOOP;
END $$;
