-- Keeps initiative_search current from every write path. Statement-level triggers with transition tables refresh
-- each affected initiative once per statement. Bulk loaders may `set local tracker.defer_search = 'on'` and call
-- refresh_initiative_search(array(select id from initiatives)) once at the end.
CREATE OR REPLACE FUNCTION refresh_initiative_search(ids integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO initiative_search (initiative_id, names, body, document, last_evidence_on, evidence_count)
  SELECT i.id, n.names, concat_ws(E'\n', i.summary, b.body),
    setweight(to_tsvector('english', n.names), 'A') || setweight(to_tsvector('german', n.names), 'A') || setweight(to_tsvector('simple', n.names), 'A')
    || setweight(to_tsvector('english', i.summary), 'B') || setweight(to_tsvector('german', i.summary), 'B') || setweight(to_tsvector('simple', i.summary), 'B')
    || setweight(to_tsvector('english', b.body), 'C') || setweight(to_tsvector('german', b.body), 'C') || setweight(to_tsvector('simple', b.body), 'C'),
    greatest(e.last_published_on, (SELECT max(m.occurred_on) FROM milestones m WHERE m.initiative_id = i.id AND NOT m.is_planned)),
    coalesce(e.evidence_count, 0)
  FROM initiatives i
  CROSS JOIN LATERAL (
    SELECT i.name || coalesce(' | ' || string_agg(a.name, ' | ' ORDER BY a.id), '') AS names
    FROM aliases a WHERE a.initiative_id = i.id
  ) n
  CROSS JOIN LATERAL (
    SELECT concat_ws(E'\n',
      (SELECT string_agg(m.description, E'\n' ORDER BY m.occurred_on, m.id) FROM milestones m WHERE m.initiative_id = i.id),
      (SELECT string_agg(coalesce(c.quote, c.note), E'\n' ORDER BY c.id) FROM citations c WHERE c.initiative_id = i.id)
    ) AS body
  ) b
  CROSS JOIN LATERAL (
    SELECT max(s.published_on) AS last_published_on, count(DISTINCT c.source_id)::int AS evidence_count
    FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.initiative_id = i.id
  ) e
  WHERE i.id = ANY(ids)
  ON CONFLICT (initiative_id) DO UPDATE SET
    names = excluded.names, body = excluded.body, document = excluded.document,
    last_evidence_on = excluded.last_evidence_on, evidence_count = excluded.evidence_count;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_is_deferred() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('tracker.defer_search', true), '') = 'on'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_refresh_from_new_initiatives() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT search_is_deferred() THEN
    PERFORM refresh_initiative_search(array(SELECT id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_refresh_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT search_is_deferred() THEN
    PERFORM refresh_initiative_search(array(SELECT DISTINCT initiative_id FROM new_rows WHERE initiative_id IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_refresh_from_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT search_is_deferred() THEN
    PERFORM refresh_initiative_search(array(SELECT DISTINCT initiative_id FROM old_rows WHERE initiative_id IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_refresh_from_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT search_is_deferred() THEN
    PERFORM refresh_initiative_search(array(
      SELECT DISTINCT c.initiative_id FROM citations c JOIN new_rows s ON s.id = c.source_id));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER initiatives_search_insert AFTER INSERT ON initiatives REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_new_initiatives();
--> statement-breakpoint
CREATE TRIGGER initiatives_search_update AFTER UPDATE ON initiatives REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_new_initiatives();
--> statement-breakpoint
CREATE TRIGGER sources_search_update AFTER UPDATE ON sources REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_sources();
--> statement-breakpoint
CREATE TRIGGER aliases_search_insert AFTER INSERT ON aliases REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_new_rows();
--> statement-breakpoint
CREATE TRIGGER aliases_search_update AFTER UPDATE ON aliases REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_new_rows();
--> statement-breakpoint
CREATE TRIGGER aliases_search_delete AFTER DELETE ON aliases REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_old_rows();
--> statement-breakpoint
CREATE TRIGGER milestones_search_insert AFTER INSERT ON milestones REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_new_rows();
--> statement-breakpoint
CREATE TRIGGER milestones_search_update AFTER UPDATE ON milestones REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_new_rows();
--> statement-breakpoint
CREATE TRIGGER milestones_search_delete AFTER DELETE ON milestones REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_old_rows();
--> statement-breakpoint
CREATE TRIGGER citations_search_insert AFTER INSERT ON citations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_new_rows();
--> statement-breakpoint
CREATE TRIGGER citations_search_update AFTER UPDATE ON citations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_new_rows();
--> statement-breakpoint
CREATE TRIGGER citations_search_delete AFTER DELETE ON citations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_from_old_rows();
