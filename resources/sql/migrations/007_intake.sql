-- The intake form end to end: the phone system's hook (call_rings), and consoles told when the
-- gazetteer's places or the settings change.

-- The phone system's login: a PBX script (an Asterisk AGI, …) runs `pela-admin call ring` with
-- a login in this group when a 112 call is answered. It may insert rings and read the schema
-- version (every pela-admin command checks it), nothing else: no case, call or caller history.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pela_telephony') THEN
        BEGIN
            CREATE ROLE pela_telephony NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created meanwhile by a migration of another database
        END;
    END IF;
END
$$;

-- One answered 112 call, for one workstation: the console whose workstation name matches
-- (case-insensitively) fills its intake form's number and stores rang_at as the call's ring
-- time. The number is kept as received, checked and normalised like a call's (migration 3).
CREATE TABLE call_rings (
    id                bigserial PRIMARY KEY,
    workstation       text NOT NULL CHECK (workstation ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$'),
    caller_phone      text NOT NULL DEFAULT '' CHECK (length(caller_phone) <= 32
                                                      AND caller_phone !~ '[[:cntrl:]]'),
    caller_phone_kind text NOT NULL DEFAULT 'withheld'
                      CHECK (caller_phone_kind IN ('number', 'unusual', 'withheld')),
    caller_phone_e164 text CHECK (caller_phone_e164 ~ '^\+[1-9][0-9]{2,14}$'),
    rang_at           timestamptz NOT NULL DEFAULT now(),
    rung_by           text NOT NULL DEFAULT session_user,
    CHECK (caller_phone_kind <> 'withheld' OR (caller_phone = '' AND caller_phone_e164 IS NULL)),
    CHECK (caller_phone_kind <> 'number' OR caller_phone_e164 IS NOT NULL)
);
CREATE INDEX call_rings_workstation_idx ON call_rings (lower(workstation), rang_at);
CREATE INDEX call_rings_rang_at_idx ON call_rings (rang_at);

-- The time is the server's and the author the login, whoever inserts; a ring is never changed.
CREATE FUNCTION call_rings_before_write() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        PERFORM pela_fail('PL422', 'ring_unchangeable', 'a ring is never changed; insert a new one');
    END IF;
    NEW.rang_at := now();
    NEW.rung_by := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER call_rings_before_write BEFORE INSERT OR UPDATE ON call_rings
    FOR EACH ROW EXECUTE FUNCTION call_rings_before_write();

-- Retention: a ring is a hand-over of seconds (its time is stored on the call once the case is
-- saved), so rings older than 24 hours are deleted at every insert. Long enough for a shift's
-- questions ("did the phone system hand that call over?"), short enough that numbers of calls
-- that never became a case do not pile up. A definer: the phone system's login deletes nothing
-- itself.
CREATE FUNCTION call_rings_prune() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM call_rings WHERE rang_at < now() - interval '24 hours';
    RETURN NULL;
END
$$;
CREATE TRIGGER call_rings_prune AFTER INSERT ON call_rings
    FOR EACH STATEMENT EXECUTE FUNCTION call_rings_prune();

-- Consoles listen: the same statement-level triggers as every table they follow.
CREATE TRIGGER call_rings_notify_insert AFTER INSERT ON call_rings
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();
CREATE TRIGGER call_rings_notify_update AFTER UPDATE ON call_rings
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();
CREATE TRIGGER call_rings_notify_delete AFTER DELETE ON call_rings
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();

-- The gazetteer's places (imported landmarks and streets, a corrected kelurahan) reach every
-- console's location box without a restart.
CREATE TRIGGER places_notify_insert AFTER INSERT ON places
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();
CREATE TRIGGER places_notify_update AFTER UPDATE ON places
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();
CREATE TRIGGER places_notify_delete AFTER DELETE ON places
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();

-- Settings have a text key, not an id: a change is announced as 'settings:OP:*'.
CREATE FUNCTION notify_settings_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pela', 'settings:' || TG_OP || ':*');
    RETURN NULL;
END
$$;
CREATE TRIGGER settings_notify_change AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION notify_settings_changed();

-- Grants. The centre reads rings (its consoles fill their forms); the phone system inserts
-- them (the triggers stamp time and login); the admin may also clear them.
GRANT SELECT ON call_rings TO pela_call_taker;
GRANT SELECT, INSERT, DELETE ON call_rings TO pela_admin;
GRANT USAGE ON SEQUENCE call_rings_id_seq TO pela_admin;
GRANT INSERT (workstation, caller_phone, caller_phone_kind, caller_phone_e164) ON call_rings
    TO pela_telephony;
GRANT USAGE ON SEQUENCE call_rings_id_seq TO pela_telephony;
GRANT SELECT ON schema_migrations TO pela_telephony;

REVOKE EXECUTE ON FUNCTION call_rings_before_write(), call_rings_prune(),
    notify_settings_changed() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION call_rings_before_write(), call_rings_prune(),
    notify_settings_changed()
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin, pela_hospital, pela_avl,
    pela_telephony;
GRANT EXECUTE ON FUNCTION pela_in_maintenance(), pela_fail(text, text, text, jsonb),
    notify_changed_rows() TO pela_telephony;
