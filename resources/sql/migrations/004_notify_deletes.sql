-- Deletes reach every console: statement-level AFTER DELETE triggers with transition tables,
-- the same payload as inserts and updates ('table:DELETE:ids', or '*' when too long). Clients
-- fetch the ids, find nothing, and drop the rows. notify_changed_rows() (migration 1) already
-- reads old_rows for DELETE.
DO $$
DECLARE
    table_name text;
BEGIN
    FOREACH table_name IN ARRAY ARRAY['cases', 'units', 'hospitals', 'assignments', 'calls',
                                      'case_events', 'referrals'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows()',
                       table_name || '_notify_delete', table_name);
    END LOOP;
END
$$;

-- A deleted bed row is a change of its hospital, as an inserted or updated one is.
CREATE FUNCTION notify_hospital_beds_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids text;
BEGIN
    SELECT string_agg(DISTINCT hospital_id::text, ',') INTO ids FROM old_rows;
    IF ids IS NOT NULL THEN
        PERFORM pg_notify('pela', 'hospitals:UPDATE:' || ids);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER hospital_beds_notify_delete AFTER DELETE ON hospital_beds
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION notify_hospital_beds_deleted();
