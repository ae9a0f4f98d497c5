-- Pela 112 schema, version 2: the server decides history, times and derived states, and each
-- login sees and changes only what its job needs (docs/database.md, "Who decides what").
--
-- Errors raised here for operators carry a stable key in HINT ("pela:<key>") and the values
-- the sentence needs as a JSON object in DETAIL; the console turns them into words in the
-- operator's language. SQLSTATE: PL403 not allowed for this login, PL404 not found,
-- PL409 conflict with the current state, PL422 against a rule, PL428 history row missing.

-- ---------------------------------------------------------------------------------------------
-- Helpers

-- A documented maintenance session (archive, import from an older system): the schema owner's
-- own login with pela.maintenance = on. Never the application. session_user, not current_user:
-- inside a SECURITY DEFINER function current_user is the owner, whoever called it.
CREATE OR REPLACE FUNCTION pela_in_maintenance() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT coalesce(current_setting('pela.maintenance', true), '') = 'on'
           AND session_user::text = (SELECT tableowner::text FROM pg_tables
                                     WHERE schemaname = 'public' AND tablename = 'cases')
$$;

CREATE OR REPLACE FUNCTION case_events_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pela_in_maintenance() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'case events are append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Raises an operator-facing error: key and values for the console, a sentence for psql.
CREATE FUNCTION pela_fail(state text, key text, sentence text, params jsonb DEFAULT '{}')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', sentence
        USING ERRCODE = state, HINT = 'pela:' || key, DETAIL = params::text;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Hospital logins: each liaison login is bound to one hospital, in a table only admins change.

CREATE TABLE hospital_logins (
    login       text PRIMARY KEY,
    hospital_id integer NOT NULL REFERENCES hospitals (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user
);

-- The hospital the current login speaks for; NULL for everyone else.
CREATE FUNCTION pela_my_hospital() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT hospital_id FROM hospital_logins WHERE login = session_user::text
$$;

CREATE FUNCTION pela_unit_is_mine(unit integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM units WHERE id = unit
                   AND owner_hospital_id = pela_my_hospital())
$$;

-- ---------------------------------------------------------------------------------------------
-- Values that must be possible: finite, in range; positions not from the future.

ALTER TABLE units
    ADD CONSTRAINT units_lat_range CHECK (lat BETWEEN -90 AND 90),
    ADD CONSTRAINT units_lon_range CHECK (lon BETWEEN -180 AND 180),
    ADD CONSTRAINT units_position_pair CHECK ((lat IS NULL) = (lon IS NULL)),
    ADD CONSTRAINT units_base_lat_range CHECK (base_lat BETWEEN -90 AND 90),
    ADD CONSTRAINT units_base_lon_range CHECK (base_lon BETWEEN -180 AND 180),
    ADD CONSTRAINT units_heading_range CHECK (heading >= 0 AND heading < 360),
    ADD CONSTRAINT units_speed_range CHECK (speed_kmh >= 0 AND speed_kmh <= 400);
ALTER TABLE unit_positions
    ADD CONSTRAINT unit_positions_heading_range CHECK (heading >= 0 AND heading < 360),
    ADD CONSTRAINT unit_positions_speed_range CHECK (speed_kmh >= 0 AND speed_kmh <= 400),
    ADD CONSTRAINT unit_positions_accuracy_range CHECK (accuracy_m >= 0 AND accuracy_m <= 100000);
ALTER TABLE cases
    ADD CONSTRAINT cases_uncertainty_range
        CHECK (location_uncertainty_m >= 0 AND location_uncertainty_m <= 100000),
    ADD CONSTRAINT cases_patients_range CHECK (patients_count <= 1000);
ALTER TABLE calls
    ADD CONSTRAINT calls_aml_lat_range CHECK (aml_lat BETWEEN -90 AND 90),
    ADD CONSTRAINT calls_aml_lon_range CHECK (aml_lon BETWEEN -180 AND 180),
    ADD CONSTRAINT calls_aml_pair CHECK ((aml_lat IS NULL) = (aml_lon IS NULL)),
    ADD CONSTRAINT calls_aml_accuracy_range CHECK (aml_accuracy_m >= 0 AND aml_accuracy_m <= 100000);
ALTER TABLE hospital_beds ADD CONSTRAINT hospital_beds_available_within_total
    CHECK (total IS NULL OR available <= total);

-- A fix may come from a device whose clock runs a little ahead; never more than this.
CREATE FUNCTION pela_check_fix_time() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    fix timestamptz;
BEGIN
    -- One statement per table: plpgsql resolves NEW's fields when a statement first runs.
    IF TG_TABLE_NAME = 'units' THEN
        fix := NEW.position_at;
    ELSE
        fix := NEW.fix_at;
    END IF;
    IF fix > now() + interval '10 seconds' THEN
        PERFORM pela_fail('PL422', 'fix_in_future',
                          format('a position fix dated %s is in the future', fix),
                          jsonb_build_object('fix_at', fix));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER unit_positions_fix_time BEFORE INSERT OR UPDATE ON unit_positions
    FOR EACH ROW EXECUTE FUNCTION pela_check_fix_time();
CREATE TRIGGER units_fix_time BEFORE INSERT OR UPDATE OF position_at ON units
    FOR EACH ROW EXECUTE FUNCTION pela_check_fix_time();

-- ---------------------------------------------------------------------------------------------
-- History: who and when are the server's. The transaction id ties a change to its event row.

ALTER TABLE case_events ADD COLUMN txid bigint NOT NULL DEFAULT txid_current();
CREATE INDEX case_events_txid_idx ON case_events (txid);

CREATE FUNCTION case_events_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.txid := txid_current();
    IF NOT pela_in_maintenance() THEN
        NEW.actor := session_user;
        NEW.occurred_at := now();
        -- Still the client's own word (application_name), but never a free column.
        NEW.workstation := coalesce(current_setting('application_name', true), '');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_events_stamp BEFORE INSERT ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_stamp();

-- No change to a case, an assignment or a unit's status without its history row in the same
-- transaction (checked at commit, so the command writes the event whenever it likes).
CREATE FUNCTION pela_require_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    present boolean;
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'units' THEN
        present := EXISTS (SELECT 1 FROM case_events
                           WHERE txid = txid_current() AND unit_id = NEW.id);
    ELSIF TG_TABLE_NAME = 'assignments' THEN
        present := EXISTS (SELECT 1 FROM case_events
                           WHERE txid = txid_current() AND case_id = NEW.case_id);
    ELSE
        present := EXISTS (SELECT 1 FROM case_events
                           WHERE txid = txid_current() AND case_id = NEW.id);
    END IF;
    IF NOT present THEN
        PERFORM pela_fail('PL428', 'history_required',
                          format('a change to %s %s needs its row in case_events', TG_TABLE_NAME,
                                 NEW.id),
                          jsonb_build_object('table', TG_TABLE_NAME, 'id', NEW.id));
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER cases_require_history AFTER INSERT OR UPDATE ON cases
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pela_require_history();
CREATE CONSTRAINT TRIGGER assignments_require_history AFTER INSERT OR UPDATE ON assignments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pela_require_history();
CREATE CONSTRAINT TRIGGER units_require_history
    AFTER UPDATE OF status, status_reason, current_assignment_id, call_sign, kind,
                    owner_hospital_id ON units
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pela_require_history();

-- ---------------------------------------------------------------------------------------------
-- Case numbers: allocated by the server; the counters are nobody's to rewrite.

CREATE FUNCTION pela_next_case_number() RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    counter record;
BEGIN
    INSERT INTO case_number_counters (year, last)
    VALUES (extract(year FROM now() AT TIME ZONE 'Asia/Jayapura')::int, 1)
    ON CONFLICT (year) DO UPDATE SET last = case_number_counters.last + 1
    RETURNING year, last INTO counter;
    RETURN format('%s-%s', counter.year, lpad(counter.last::text, 6, '0'));
END
$$;
REVOKE ALL ON case_number_counters FROM pela_call_taker, pela_dispatcher, pela_shift_lead,
    pela_admin, pela_hospital, pela_avl;

-- ---------------------------------------------------------------------------------------------
-- Cases: opened by the server's word; the state follows the units; closed means closed.

-- Idempotent opening: a workstation's key for its intake (a resend after an unknown outcome).
ALTER TABLE cases ADD COLUMN client_key text UNIQUE
    CHECK (client_key ~ '^[A-Za-z0-9{}-]{8,64}$');

-- The state a case's assignments and referrals give it (the database is the one place that
-- decides; Lifecycle in core explains it): the most advanced live assignment leads; with none
-- live, a cleared one means cleared, an open referral referred, else waiting.
CREATE FUNCTION pela_derived_case_state(case_id bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT CASE
        WHEN live.rank IS NOT NULL THEN
            (ARRAY['requested', 'dispatched', 'en_route', 'on_scene', 'transporting',
                   'at_hospital'])[live.rank]
        WHEN EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = $1 AND a.state = 'cleared')
            THEN 'cleared'
        WHEN EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = $1 AND r.state <> 'done')
            THEN 'referred'
        ELSE 'waiting'
    END
    FROM (SELECT max(array_position(ARRAY['requested', 'dispatched', 'en_route', 'on_scene',
                                          'transporting', 'at_hospital'], a.state)) AS rank
          FROM assignments a WHERE a.case_id = $1) live
$$;

-- A definer: it may take a number, which no login may do by itself.
CREATE FUNCTION cases_before_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    NEW.number := pela_next_case_number();
    NEW.state := 'waiting';
    NEW.opened_at := now();
    NEW.opened_by := session_user;
    NEW.updated_at := now();
    NEW.version := 1;
    NEW.disposition := NULL;
    NEW.duplicate_of := NULL;
    NEW.closed_at := NULL;
    NEW.closed_by := NULL;
    NEW.destination_hospital_id := NULL;
    NEW.waiting_reason := '';
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_before_insert BEFORE INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_before_insert();

CREATE FUNCTION cases_before_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    live_units text;
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    -- What opened the case is the server's and stays.
    NEW.id := OLD.id;
    NEW.number := OLD.number;
    NEW.opened_at := OLD.opened_at;
    NEW.opened_by := OLD.opened_by;
    NEW.client_key := OLD.client_key;

    IF OLD.state = 'closed' AND NEW.state = 'closed' THEN
        IF (NEW.category, NEW.priority, NEW.location_text, NEW.kelurahan_code, NEW.lat, NEW.lon,
            NEW.location_source, NEW.location_uncertainty_m, NEW.caller_name, NEW.caller_phone,
            NEW.patients_count, NEW.triage, NEW.notes, NEW.destination_hospital_id,
            NEW.disposition, NEW.duplicate_of, NEW.waiting_reason)
           IS DISTINCT FROM
           (OLD.category, OLD.priority, OLD.location_text, OLD.kelurahan_code, OLD.lat, OLD.lon,
            OLD.location_source, OLD.location_uncertainty_m, OLD.caller_name, OLD.caller_phone,
            OLD.patients_count, OLD.triage, OLD.notes, OLD.destination_hospital_id,
            OLD.disposition, OLD.duplicate_of, OLD.waiting_reason) THEN
            PERFORM pela_fail('PL409', 'case_closed',
                              format('case %s is closed; reopen it to change it', OLD.number),
                              jsonb_build_object('case', OLD.number));
        END IF;
    ELSIF NEW.state = 'closed' AND OLD.state <> 'closed' THEN
        -- Closing: only with no unit still on the case.
        SELECT string_agg(u.call_sign, ', ' ORDER BY u.call_sign) INTO live_units
        FROM assignments a JOIN units u ON u.id = a.unit_id
        WHERE a.case_id = OLD.id AND a.state IN ('requested', 'dispatched', 'en_route',
                                                 'on_scene', 'transporting', 'at_hospital');
        IF live_units IS NOT NULL THEN
            PERFORM pela_fail('PL409', 'case_has_units',
                              format('case %s still has units on it (%s)', OLD.number,
                                     live_units),
                              jsonb_build_object('case', OLD.number, 'units', live_units));
        END IF;
        NEW.closed_at := now();
        NEW.closed_by := session_user;
        NEW.waiting_reason := '';
    ELSIF OLD.state = 'closed' THEN
        -- Reopening: the state is what the units and referrals say.
        NEW.state := pela_derived_case_state(OLD.id);
        NEW.closed_at := NULL;
        NEW.closed_by := NULL;
        NEW.duplicate_of := NULL;
    ELSIF NEW.state IS DISTINCT FROM OLD.state AND pg_trigger_depth() < 2 THEN
        -- Anything else is derived (pela_refresh_case_state, from a trigger).
        PERFORM pela_fail('PL422', 'case_state_derived',
                          format('the state of case %s follows its units; change those',
                                 OLD.number),
                          jsonb_build_object('case', OLD.number));
    END IF;
    IF NEW.state <> 'closed' THEN
        NEW.closed_at := NULL;
        NEW.closed_by := NULL;
    ELSIF OLD.state = 'closed' THEN
        NEW.closed_at := OLD.closed_at;
        NEW.closed_by := OLD.closed_by;
    END IF;
    IF NEW.state <> 'waiting' THEN
        NEW.waiting_reason := '';
    END IF;
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_before_update BEFORE UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_before_update();

CREATE FUNCTION pela_refresh_case_state(target bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE cases SET state = pela_derived_case_state(id)
    WHERE id = target AND state <> 'closed' AND state <> pela_derived_case_state(id)
$$;

-- ---------------------------------------------------------------------------------------------
-- Calls and links: taker, answer time and workstation are the server's; claimed times apart.

ALTER TABLE calls ADD COLUMN answered_at_claimed timestamptz;
COMMENT ON COLUMN calls.ring_at IS
    'when the phone rang, as the telephony or the workstation claims it (not the server''s clock)';
COMMENT ON COLUMN calls.answered_at_claimed IS
    'when a call saved later (the offline journal) was answered, as the workstation claims it';
COMMENT ON COLUMN calls.answered_at IS 'when the server received the call''s record';

CREATE FUNCTION calls_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    case_state text;
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT state INTO case_state FROM cases WHERE id = NEW.case_id;
        IF case_state = 'closed' THEN
            PERFORM pela_fail('PL409', 'case_closed',
                              'the case is closed; reopen it or open a new case',
                              jsonb_build_object('case_id', NEW.case_id));
        END IF;
        NEW.taker := session_user;
        NEW.answered_at := now();
        NEW.created_at := now();
        NEW.workstation := coalesce(current_setting('application_name', true), '');
        NEW.moved_from_case_id := NULL;
        NEW.ended_at := NULL;
    ELSE
        NEW.id := OLD.id;
        NEW.taker := OLD.taker;
        NEW.answered_at := OLD.answered_at;
        NEW.created_at := OLD.created_at;
        NEW.workstation := OLD.workstation;
        NEW.ring_at := OLD.ring_at;
        NEW.answered_at_claimed := OLD.answered_at_claimed;
        NEW.ended_at := CASE WHEN OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL THEN now()
                             ELSE OLD.ended_at END;
    END IF;
    -- Claimed times: plausible (a journal may send a day-old call, never one from the future).
    IF NEW.ring_at > now() + interval '10 seconds'
       OR NEW.answered_at_claimed > now() + interval '10 seconds'
       OR NEW.ring_at < now() - interval '7 days'
       OR NEW.answered_at_claimed < now() - interval '7 days' THEN
        PERFORM pela_fail('PL422', 'claimed_time_implausible',
                          'a claimed call time is in the future or more than 7 days old',
                          jsonb_build_object('ring_at', NEW.ring_at,
                                             'answered_at', NEW.answered_at_claimed));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER calls_before_write BEFORE INSERT OR UPDATE ON calls
    FOR EACH ROW EXECUTE FUNCTION calls_before_write();

CREATE FUNCTION case_links_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pela_in_maintenance() THEN
        NEW.created_at := now();
        NEW.created_by := session_user;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_links_stamp BEFORE INSERT ON case_links
    FOR EACH ROW EXECUTE FUNCTION case_links_stamp();

-- Intervals from server times; a claimed ring time is marked as claimed.
CREATE OR REPLACE VIEW case_intervals AS
SELECT c.id AS case_id,
       c.number,
       (SELECT min(coalesce(k.ring_at, k.answered_at_claimed, k.answered_at)) FROM calls k
        WHERE k.case_id = c.id) AS call_received_at,
       c.opened_at,
       a.first_dispatched_at,
       a.first_en_route_at,
       a.first_on_scene_at,
       a.first_transporting_at,
       a.first_at_hospital_at,
       c.closed_at,
       EXISTS (SELECT 1 FROM calls k WHERE k.case_id = c.id
               AND (k.ring_at IS NOT NULL OR k.answered_at_claimed IS NOT NULL))
           AS call_received_claimed
FROM cases c
LEFT JOIN LATERAL (
    SELECT min(dispatched_at) AS first_dispatched_at,
           min(en_route_at) AS first_en_route_at,
           min(on_scene_at) AS first_on_scene_at,
           min(transporting_at) AS first_transporting_at,
           min(at_hospital_at) AS first_at_hospital_at
    FROM assignments WHERE case_id = c.id
) a ON true;

-- ---------------------------------------------------------------------------------------------
-- Assignments: legal steps only (the same table as Lifecycle::canTransition, a test compares
-- them), every time stamped by the server, partner requests answered only through
-- pela_answer_request. Units and cases follow.

CREATE TABLE assignment_transitions (
    from_state text NOT NULL,
    to_state   text NOT NULL,
    PRIMARY KEY (from_state, to_state)
);
INSERT INTO assignment_transitions (from_state, to_state) VALUES
    ('requested', 'dispatched'), ('requested', 'declined'), ('requested', 'expired'),
    ('requested', 'cancelled'),
    ('dispatched', 'en_route'), ('dispatched', 'on_scene'), ('dispatched', 'cancelled'),
    ('en_route', 'on_scene'), ('en_route', 'cancelled'),
    ('on_scene', 'transporting'), ('on_scene', 'cleared'),
    ('transporting', 'at_hospital'), ('transporting', 'cleared'),
    ('at_hospital', 'cleared');

ALTER TABLE assignments ADD COLUMN ended_at timestamptz;

-- Inside a SECURITY DEFINER function of this schema (or the owner's own session).
CREATE FUNCTION pela_running_as_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT current_user::text = (SELECT tableowner::text FROM pg_tables
                                 WHERE schemaname = 'public' AND tablename = 'cases')
$$;

CREATE FUNCTION assignments_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    target record;
    unit record;
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT number, state, category INTO target FROM cases WHERE id = NEW.case_id;
        SELECT u.call_sign, u.kind, u.status, coalesce(h.requires_acceptance, false) AS ask
        INTO unit FROM units u LEFT JOIN hospitals h ON h.id = u.owner_hospital_id
        WHERE u.id = NEW.unit_id;
        IF target.state = 'closed' THEN
            PERFORM pela_fail('PL409', 'case_closed',
                              format('case %s is closed; reopen it before assigning a unit',
                                     target.number),
                              jsonb_build_object('case', target.number));
        END IF;
        IF unit.status = 'out_of_service' THEN
            PERFORM pela_fail('PL409', 'unit_out_of_service',
                              format('%s is out of service', unit.call_sign),
                              jsonb_build_object('unit', unit.call_sign));
        END IF;
        IF unit.kind = 'hearse' AND target.category <> 'hearse_transport' THEN
            PERFORM pela_fail('PL422', 'hearse_only_hearse_transport',
                              'a hearse only serves hearse transport cases',
                              jsonb_build_object('unit', unit.call_sign));
        END IF;
        IF NEW.state <> (CASE WHEN unit.ask THEN 'requested' ELSE 'dispatched' END) THEN
            PERFORM pela_fail('PL422', 'assignment_start',
                              format('an assignment of %s starts as %s', unit.call_sign,
                                     CASE WHEN unit.ask THEN 'requested' ELSE 'dispatched' END),
                              jsonb_build_object('unit', unit.call_sign));
        END IF;
        NEW.assigned_by := session_user;
        NEW.created_at := now();
        NEW.version := 1;
        NEW.ended_reason := '';
        NEW.requested_at := CASE WHEN NEW.state = 'requested' THEN now() END;
        NEW.request_expires_at := CASE WHEN NEW.state = 'requested' THEN now() + make_interval(
            secs => coalesce((SELECT (value #>> '{}')::double precision FROM settings
                              WHERE key = 'request_timeout_seconds'
                              AND jsonb_typeof(value) = 'number'), 60)) END;
        NEW.dispatched_at := CASE WHEN NEW.state = 'dispatched' THEN now() END;
        NEW.en_route_at := NULL;
        NEW.on_scene_at := NULL;
        NEW.transporting_at := NULL;
        NEW.at_hospital_at := NULL;
        NEW.cleared_at := NULL;
        NEW.ended_at := NULL;
        RETURN NEW;
    END IF;

    -- UPDATE: identity and history stay; only a legal step of state moves the times.
    IF OLD.state NOT IN ('requested', 'dispatched', 'en_route', 'on_scene', 'transporting',
                         'at_hospital') THEN
        PERFORM pela_fail('PL409', 'assignment_ended',
                          format('assignment %s has ended (%s)', OLD.id, OLD.state),
                          jsonb_build_object('assignment', OLD.id, 'state', OLD.state));
    END IF;
    NEW.id := OLD.id;
    NEW.case_id := OLD.case_id;
    NEW.unit_id := OLD.unit_id;
    NEW.assigned_by := OLD.assigned_by;
    NEW.created_at := OLD.created_at;
    NEW.requested_at := OLD.requested_at;
    NEW.request_expires_at := OLD.request_expires_at;
    NEW.dispatched_at := OLD.dispatched_at;
    NEW.en_route_at := OLD.en_route_at;
    NEW.on_scene_at := OLD.on_scene_at;
    NEW.transporting_at := OLD.transporting_at;
    NEW.at_hospital_at := OLD.at_hospital_at;
    NEW.cleared_at := OLD.cleared_at;
    NEW.ended_at := OLD.ended_at;
    IF NEW.state IS DISTINCT FROM OLD.state THEN
        IF NOT EXISTS (SELECT 1 FROM assignment_transitions
                       WHERE from_state = OLD.state AND to_state = NEW.state) THEN
            PERFORM pela_fail('PL422', 'assignment_step',
                              format('an assignment cannot go from %s to %s', OLD.state,
                                     NEW.state),
                              jsonb_build_object('from', OLD.state, 'to', NEW.state));
        END IF;
        -- The owner's answer to a request is given through pela_answer_request only.
        IF OLD.state = 'requested' AND NEW.state <> 'cancelled' AND NOT pela_running_as_owner()
        THEN
            PERFORM pela_fail('PL403', 'request_answer_only_by_owner',
                              'a partner request is accepted, declined or expired through '
                              'pela_answer_request / pela_expire_due_requests',
                              jsonb_build_object('assignment', OLD.id));
        END IF;
        CASE NEW.state
            WHEN 'dispatched' THEN NEW.dispatched_at := now();
            WHEN 'en_route' THEN NEW.en_route_at := now();
            WHEN 'on_scene' THEN NEW.on_scene_at := now();
            WHEN 'transporting' THEN NEW.transporting_at := now();
            WHEN 'at_hospital' THEN NEW.at_hospital_at := now();
            WHEN 'cleared' THEN NEW.cleared_at := now();
            ELSE NULL;
        END CASE;
        IF NEW.state IN ('cleared', 'cancelled', 'declined', 'expired') THEN
            NEW.ended_at := now();
        ELSE
            NEW.ended_reason := OLD.ended_reason;
        END IF;
    ELSE
        NEW.ended_reason := OLD.ended_reason;
    END IF;
    NEW.version := OLD.version + 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER assignments_before_write BEFORE INSERT OR UPDATE ON assignments
    FOR EACH ROW EXECUTE FUNCTION assignments_before_write();

-- A unit's status and current assignment follow its live assignment; out of service stays
-- until someone puts it back.
CREATE FUNCTION pela_refresh_unit(target integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    live record;
BEGIN
    SELECT id, state INTO live FROM assignments
    WHERE unit_id = target AND state IN ('requested', 'dispatched', 'en_route', 'on_scene',
                                         'transporting', 'at_hospital')
    ORDER BY id DESC LIMIT 1;
    IF FOUND THEN
        UPDATE units SET status = live.state, current_assignment_id = live.id, status_reason = ''
        WHERE id = target
          AND (status IS DISTINCT FROM live.state OR current_assignment_id IS DISTINCT FROM live.id);
    ELSE
        UPDATE units SET status = 'available', current_assignment_id = NULL, status_reason = ''
        WHERE id = target AND status <> 'out_of_service'
          AND (status <> 'available' OR current_assignment_id IS NOT NULL);
    END IF;
END
$$;

CREATE FUNCTION assignments_after_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    touched record;
BEGIN
    FOR touched IN SELECT DISTINCT unit_id FROM changed_rows ORDER BY unit_id LOOP
        PERFORM pela_refresh_unit(touched.unit_id);
    END LOOP;
    FOR touched IN SELECT DISTINCT case_id FROM changed_rows ORDER BY case_id LOOP
        PERFORM pela_refresh_case_state(touched.case_id);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER assignments_derive_insert AFTER INSERT ON assignments
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assignments_after_write();
CREATE TRIGGER assignments_derive_update AFTER UPDATE ON assignments
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assignments_after_write();

-- Referrals: times are the server's; the case follows them.
CREATE FUNCTION referrals_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.state := 'forwarded';
        NEW.forwarded_at := now();
        NEW.acknowledged_at := NULL;
        NEW.done_at := NULL;
        NEW.version := 1;
        RETURN NEW;
    END IF;
    NEW.id := OLD.id;
    NEW.case_id := OLD.case_id;
    NEW.agency := OLD.agency;
    NEW.forwarded_at := OLD.forwarded_at;
    NEW.acknowledged_at := CASE WHEN NEW.state = 'acknowledged' AND OLD.state = 'forwarded'
                                THEN now() ELSE OLD.acknowledged_at END;
    NEW.done_at := CASE WHEN NEW.state = 'done' AND OLD.state <> 'done' THEN now()
                        ELSE OLD.done_at END;
    IF array_position(ARRAY['forwarded', 'acknowledged', 'done'], NEW.state)
       < array_position(ARRAY['forwarded', 'acknowledged', 'done'], OLD.state) THEN
        PERFORM pela_fail('PL422', 'referral_backwards',
                          format('a referral cannot go back from %s to %s', OLD.state,
                                 NEW.state),
                          jsonb_build_object('from', OLD.state, 'to', NEW.state));
    END IF;
    NEW.version := OLD.version + 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER referrals_before_write BEFORE INSERT OR UPDATE ON referrals
    FOR EACH ROW EXECUTE FUNCTION referrals_before_write();

CREATE FUNCTION referrals_after_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    touched record;
BEGIN
    FOR touched IN SELECT DISTINCT case_id FROM changed_rows ORDER BY case_id LOOP
        PERFORM pela_refresh_case_state(touched.case_id);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER referrals_derive_insert AFTER INSERT ON referrals
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION referrals_after_write();
CREATE TRIGGER referrals_derive_update AFTER UPDATE ON referrals
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION referrals_after_write();

-- ---------------------------------------------------------------------------------------------
-- Units: status follows the assignments; people only take a unit out of service and back.

CREATE FUNCTION units_before_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    operational_change boolean;
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    NEW.id := OLD.id;
    IF NEW.status IS DISTINCT FROM OLD.status
       OR NEW.current_assignment_id IS DISTINCT FROM OLD.current_assignment_id THEN
        -- pg_trigger_depth() >= 2: derived from an assignment (pela_refresh_unit).
        IF pg_trigger_depth() < 2 AND NOT (
               NEW.current_assignment_id IS NOT DISTINCT FROM OLD.current_assignment_id
               AND ((OLD.status = 'available' AND NEW.status = 'out_of_service')
                    OR (OLD.status = 'out_of_service' AND NEW.status = 'available'))) THEN
            PERFORM pela_fail('PL422', 'unit_status_derived',
                              format('the status of %s follows its assignment; a unit is only '
                                     'taken out of service (when free) and back',
                                     OLD.call_sign),
                              jsonb_build_object('unit', OLD.call_sign, 'status', OLD.status));
        END IF;
        IF NEW.status = 'out_of_service' AND btrim(NEW.status_reason) = '' THEN
            PERFORM pela_fail('PL422', 'out_of_service_reason',
                              format('say why %s is out of service', OLD.call_sign),
                              jsonb_build_object('unit', OLD.call_sign));
        END IF;
        NEW.status_changed_at := now();
        NEW.status_changed_by := session_user;
    ELSE
        NEW.status_changed_at := OLD.status_changed_at;
        NEW.status_changed_by := OLD.status_changed_by;
        NEW.status_reason := OLD.status_reason;
    END IF;
    IF NEW.status <> 'out_of_service' THEN
        NEW.status_reason := '';
    END IF;
    operational_change := (NEW.call_sign, NEW.kind, NEW.owner_hospital_id, NEW.base_lat,
                           NEW.base_lon, NEW.status, NEW.status_reason,
                           NEW.current_assignment_id)
                          IS DISTINCT FROM
                          (OLD.call_sign, OLD.kind, OLD.owner_hospital_id, OLD.base_lat,
                           OLD.base_lon, OLD.status, OLD.status_reason,
                           OLD.current_assignment_id);
    -- A position alone does not make the dispatcher's picture of the unit stale.
    NEW.version := CASE WHEN operational_change THEN OLD.version + 1 ELSE OLD.version END;
    RETURN NEW;
END
$$;
CREATE TRIGGER units_before_update BEFORE UPDATE ON units
    FOR EACH ROW EXECUTE FUNCTION units_before_update();

-- ---------------------------------------------------------------------------------------------
-- Hospitals: who changed the status and when is the server's.

CREATE FUNCTION hospitals_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'hospitals' THEN
        IF TG_OP = 'UPDATE' THEN
            NEW.id := OLD.id;
            NEW.version := OLD.version + 1;
        END IF;
        IF NEW.er_status = 'open' THEN
            NEW.er_status_reason := '';
        END IF;
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER hospitals_stamp BEFORE INSERT OR UPDATE ON hospitals
    FOR EACH ROW EXECUTE FUNCTION hospitals_stamp();
CREATE TRIGGER hospital_beds_stamp BEFORE INSERT OR UPDATE ON hospital_beds
    FOR EACH ROW EXECUTE FUNCTION hospitals_stamp();

-- ---------------------------------------------------------------------------------------------
-- Commands that cross rows a login may not write directly. Each checks who calls, locks in the
-- one order (case, unit, assignment) and writes its event row.

-- Accept (the unit goes) or decline (with a reason) a request for a partner's unit: the
-- owner hospital's liaison for its own units, or the centre's dispatchers.
CREATE FUNCTION pela_answer_request(unit_call_sign text, accept boolean, reason text DEFAULT '')
RETURNS TABLE (case_id bigint, case_number text, assignment_id bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    unit record;
    request record;
    locked_state text;
BEGIN
    SELECT u.id, u.call_sign, u.owner_hospital_id, coalesce(h.name, '') AS owner_name
    INTO unit FROM units u LEFT JOIN hospitals h ON h.id = u.owner_hospital_id
    WHERE upper(u.call_sign) = upper(btrim(unit_call_sign));
    IF NOT FOUND THEN
        PERFORM pela_fail('PL404', 'no_unit', format('there is no unit %s', unit_call_sign),
                          jsonb_build_object('unit', unit_call_sign));
    END IF;
    IF NOT pg_has_role(session_user, 'pela_dispatcher', 'MEMBER')
       AND (pela_my_hospital() IS NULL
            OR unit.owner_hospital_id IS DISTINCT FROM pela_my_hospital()) THEN
        PERFORM pela_fail('PL403', 'not_your_unit',
                          format('%s belongs to %s; only its own liaison or a dispatcher answers '
                                 'its requests', unit.call_sign, unit.owner_name),
                          jsonb_build_object('unit', unit.call_sign, 'owner', unit.owner_name));
    END IF;
    IF NOT accept AND btrim(coalesce(reason, '')) = '' THEN
        PERFORM pela_fail('PL422', 'decline_reason', 'say why the request is declined',
                          jsonb_build_object('unit', unit.call_sign));
    END IF;
    SELECT a.id, a.case_id, c.number INTO request
    FROM assignments a JOIN cases c ON c.id = a.case_id
    WHERE a.unit_id = unit.id AND a.state = 'requested';
    IF FOUND THEN
        PERFORM 1 FROM cases WHERE id = request.case_id FOR UPDATE;
        PERFORM 1 FROM units WHERE id = unit.id FOR UPDATE;
        SELECT state INTO locked_state FROM assignments WHERE id = request.id FOR UPDATE;
    END IF;
    IF request.id IS NULL OR locked_state IS DISTINCT FROM 'requested' THEN
        PERFORM pela_fail('PL409', 'no_open_request',
                          format('there is no open request for %s (it may have expired)',
                                 unit.call_sign),
                          jsonb_build_object('unit', unit.call_sign));
    END IF;
    IF accept THEN
        UPDATE assignments SET state = 'dispatched' WHERE id = request.id;
        INSERT INTO case_events (case_id, unit_id, kind, payload)
        VALUES (request.case_id, unit.id, 'request_accepted',
                jsonb_build_object('unit', unit.call_sign));
    ELSE
        UPDATE assignments SET state = 'declined', ended_reason = btrim(reason)
        WHERE id = request.id;
        UPDATE cases SET waiting_reason = jsonb_build_object(
                   'kind', 'declined', 'unit', unit.call_sign, 'by', unit.owner_name,
                   'reason', btrim(reason))::text
        WHERE id = request.case_id AND state = 'waiting';
        INSERT INTO case_events (case_id, unit_id, kind, payload)
        VALUES (request.case_id, unit.id, 'request_declined',
                jsonb_build_object('unit', unit.call_sign, 'reason', btrim(reason)));
    END IF;
    RETURN QUERY SELECT request.case_id, request.number, request.id;
END
$$;

-- Expires due requests; any console calls it (a call-taker's too). Returns how many.
CREATE FUNCTION pela_expire_due_requests() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    due record;
    locked record;
    expired integer := 0;
BEGIN
    FOR due IN SELECT a.id, a.case_id, a.unit_id FROM assignments a
               WHERE a.state = 'requested' AND a.request_expires_at <= now() ORDER BY a.id LOOP
        -- Case first, as everywhere; a case another console holds is left to the next sweep.
        PERFORM 1 FROM cases WHERE id = due.case_id FOR UPDATE SKIP LOCKED;
        CONTINUE WHEN NOT FOUND;
        PERFORM 1 FROM units WHERE id = due.unit_id FOR UPDATE;
        SELECT a.state, a.request_expires_at, a.requested_at, u.call_sign INTO locked
        FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.id = due.id FOR UPDATE OF a;
        CONTINUE WHEN locked.state <> 'requested' OR locked.request_expires_at > now();
        UPDATE assignments SET state = 'expired', ended_reason = 'no answer' WHERE id = due.id;
        UPDATE cases SET waiting_reason = jsonb_build_object(
                   'kind', 'expired', 'unit', locked.call_sign,
                   'seconds', round(extract(epoch FROM locked.request_expires_at
                                                        - locked.requested_at)))::text
        WHERE id = due.case_id AND state = 'waiting';
        INSERT INTO case_events (case_id, unit_id, kind, payload)
        VALUES (due.case_id, due.unit_id, 'request_expired',
                jsonb_build_object('unit', locked.call_sign));
        expired := expired + 1;
    END LOOP;
    RETURN expired;
END
$$;

-- Takes a unit out of service (with a reason) or back: a dispatcher for any unit, a hospital's
-- liaison for its own.
CREATE FUNCTION pela_set_unit_service(unit_call_sign text, in_service boolean,
                                      reason text DEFAULT '')
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    unit record;
    busy record;
BEGIN
    SELECT u.id, u.call_sign, u.status, u.owner_hospital_id, coalesce(h.name, '') AS owner_name
    INTO unit FROM units u LEFT JOIN hospitals h ON h.id = u.owner_hospital_id
    WHERE upper(u.call_sign) = upper(btrim(unit_call_sign));
    IF NOT FOUND THEN
        PERFORM pela_fail('PL404', 'no_unit', format('there is no unit %s', unit_call_sign),
                          jsonb_build_object('unit', unit_call_sign));
    END IF;
    IF NOT pg_has_role(session_user, 'pela_dispatcher', 'MEMBER')
       AND (pela_my_hospital() IS NULL
            OR unit.owner_hospital_id IS DISTINCT FROM pela_my_hospital()) THEN
        PERFORM pela_fail('PL403', 'not_your_unit',
                          format('%s belongs to %s; only its own liaison or a dispatcher takes '
                                 'it out of service', unit.call_sign,
                                 coalesce(nullif(unit.owner_name, ''), 'the city')),
                          jsonb_build_object('unit', unit.call_sign, 'owner', unit.owner_name));
    END IF;
    -- Lock order: the case of a live assignment first, then the unit.
    SELECT a.id, c.id AS case_id, c.number INTO busy
    FROM assignments a JOIN cases c ON c.id = a.case_id
    WHERE a.unit_id = unit.id AND a.state IN ('requested', 'dispatched', 'en_route', 'on_scene',
                                              'transporting', 'at_hospital');
    IF FOUND THEN
        PERFORM 1 FROM cases WHERE id = busy.case_id FOR UPDATE;
    END IF;
    SELECT status INTO unit.status FROM units WHERE id = unit.id FOR UPDATE;
    IF in_service THEN
        IF unit.status <> 'out_of_service' THEN
            RETURN false; -- already in service: nothing to do
        END IF;
        UPDATE units SET status = 'available' WHERE id = unit.id;
        INSERT INTO case_events (unit_id, kind, payload)
        VALUES (unit.id, 'unit_in_service', jsonb_build_object('unit', unit.call_sign));
        RETURN true;
    END IF;
    IF btrim(coalesce(reason, '')) = '' THEN
        PERFORM pela_fail('PL422', 'out_of_service_reason',
                          format('say why %s is out of service', unit.call_sign),
                          jsonb_build_object('unit', unit.call_sign));
    END IF;
    IF busy.id IS NOT NULL THEN
        PERFORM pela_fail('PL409', 'unit_busy',
                          format('%s is on %s; clear or cancel that first', unit.call_sign,
                                 busy.number),
                          jsonb_build_object('unit', unit.call_sign, 'case', busy.number));
    END IF;
    IF unit.status = 'out_of_service' THEN
        UPDATE units SET status_reason = btrim(reason) WHERE id = unit.id;
    ELSE
        UPDATE units SET status = 'out_of_service', status_reason = btrim(reason)
        WHERE id = unit.id;
    END IF;
    INSERT INTO case_events (unit_id, kind, payload)
    VALUES (unit.id, 'unit_out_of_service',
            jsonb_build_object('unit', unit.call_sign, 'reason', btrim(reason)));
    RETURN true;
END
$$;

-- The receiving hospital (or a dispatcher) marks a patient on the way as arrived.
CREATE FUNCTION pela_mark_patient_arrived(unit_call_sign text)
RETURNS TABLE (case_id bigint, case_number text, assignment_id bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    unit record;
    trip record;
    locked_state text;
BEGIN
    SELECT u.id, u.call_sign INTO unit FROM units u
    WHERE upper(u.call_sign) = upper(btrim(unit_call_sign));
    IF NOT FOUND THEN
        PERFORM pela_fail('PL404', 'no_unit', format('there is no unit %s', unit_call_sign),
                          jsonb_build_object('unit', unit_call_sign));
    END IF;
    SELECT a.id, a.case_id, c.number, coalesce(a.destination_hospital_id,
                                               c.destination_hospital_id) AS hospital
    INTO trip FROM assignments a JOIN cases c ON c.id = a.case_id
    WHERE a.unit_id = unit.id AND a.state = 'transporting';
    IF NOT FOUND THEN
        PERFORM pela_fail('PL409', 'not_transporting',
                          format('%s is not transporting a patient', unit.call_sign),
                          jsonb_build_object('unit', unit.call_sign));
    END IF;
    IF NOT pg_has_role(session_user, 'pela_dispatcher', 'MEMBER')
       AND (pela_my_hospital() IS NULL OR trip.hospital IS DISTINCT FROM pela_my_hospital())
    THEN
        PERFORM pela_fail('PL403', 'not_your_patient',
                          format('%s is not bringing its patient to your hospital',
                                 unit.call_sign),
                          jsonb_build_object('unit', unit.call_sign));
    END IF;
    PERFORM 1 FROM cases WHERE id = trip.case_id FOR UPDATE;
    PERFORM 1 FROM units WHERE id = unit.id FOR UPDATE;
    SELECT state INTO locked_state FROM assignments WHERE id = trip.id FOR UPDATE;
    IF locked_state IS DISTINCT FROM 'transporting' THEN
        PERFORM pela_fail('PL409', 'not_transporting',
                          format('%s is not transporting a patient', unit.call_sign),
                          jsonb_build_object('unit', unit.call_sign));
    END IF;
    UPDATE assignments SET state = 'at_hospital' WHERE id = trip.id;
    INSERT INTO case_events (case_id, unit_id, hospital_id, kind, payload)
    VALUES (trip.case_id, unit.id, trip.hospital, 'patient_arrived',
            jsonb_build_object('unit', unit.call_sign));
    RETURN QUERY SELECT trip.case_id, trip.number, trip.id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- What a hospital's login reads: its own world, never a caller's name, phone or notes.

-- Event payload keys a hospital may see (a whitelist: a new key stays hidden until added).
CREATE FUNCTION pela_public_payload(payload jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_object_agg(key, value), '{}')
    FROM jsonb_each(payload)
    WHERE key IN ('unit', 'from', 'to', 'hospital', 'status', 'reason', 'category', 'priority',
                  'location', 'number', 'disposition', 'agency', 'state', 'assignment',
                  'available', 'to_case', 'reassigned_from', 'of', 'from_case', 'with')
$$;

CREATE VIEW hospital_cases WITH (security_barrier) AS
SELECT c.id, c.number, c.category, c.priority, c.state, c.location_text, c.kelurahan_code,
       c.lat, c.lon, c.location_source, c.location_uncertainty_m,
       ''::text AS caller_name, ''::text AS caller_phone, c.patients_count, c.triage,
       ''::text AS notes, c.destination_hospital_id, c.disposition, c.duplicate_of,
       c.waiting_reason, c.opened_at, c.opened_by, c.closed_at, c.closed_by, c.version,
       c.updated_at
FROM cases c
WHERE c.destination_hospital_id = pela_my_hospital()
   OR EXISTS (SELECT 1 FROM assignments a JOIN units u ON u.id = a.unit_id
              WHERE a.case_id = c.id
                AND (u.owner_hospital_id = pela_my_hospital()
                     OR a.destination_hospital_id = pela_my_hospital()));

CREATE VIEW hospital_assignments WITH (security_barrier) AS
SELECT a.*
FROM assignments a
JOIN units u ON u.id = a.unit_id
JOIN cases c ON c.id = a.case_id
WHERE u.owner_hospital_id = pela_my_hospital()
   OR a.destination_hospital_id = pela_my_hospital()
   OR c.destination_hospital_id = pela_my_hospital();

-- Its own units, and any unit bringing a patient to it (city ambulances included).
CREATE VIEW hospital_units WITH (security_barrier) AS
SELECT u.*
FROM units u
WHERE u.owner_hospital_id = pela_my_hospital()
   OR EXISTS (SELECT 1 FROM assignments a JOIN cases c ON c.id = a.case_id
              WHERE a.unit_id = u.id
                AND a.state IN ('dispatched', 'en_route', 'on_scene', 'transporting',
                                'at_hospital')
                AND (a.destination_hospital_id = pela_my_hospital()
                     OR c.destination_hospital_id = pela_my_hospital()));

CREATE VIEW hospital_unit_positions WITH (security_barrier) AS
SELECT p.*
FROM unit_positions p JOIN units u ON u.id = p.unit_id
WHERE u.owner_hospital_id = pela_my_hospital();

CREATE VIEW hospital_case_events WITH (security_barrier) AS
SELECT e.id, e.case_id, e.unit_id, e.hospital_id, e.kind, pela_public_payload(e.payload)
       AS payload, e.actor, e.workstation, e.occurred_at
FROM case_events e
WHERE e.hospital_id = pela_my_hospital()
   OR e.case_id IN (SELECT id FROM hospital_cases)
   OR e.unit_id IN (SELECT id FROM units WHERE owner_hospital_id = pela_my_hospital());

-- ---------------------------------------------------------------------------------------------
-- Row-level security where a login writes only its own rows.

ALTER TABLE hospitals ENABLE ROW LEVEL SECURITY;
CREATE POLICY hospitals_centre ON hospitals FOR ALL
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin, pela_avl
    USING (true) WITH CHECK (true);
CREATE POLICY hospitals_read ON hospitals FOR SELECT TO pela_hospital USING (true);
CREATE POLICY hospitals_own ON hospitals FOR UPDATE TO pela_hospital
    USING (id = pela_my_hospital()) WITH CHECK (id = pela_my_hospital());

ALTER TABLE hospital_beds ENABLE ROW LEVEL SECURITY;
CREATE POLICY hospital_beds_centre ON hospital_beds FOR ALL
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin
    USING (true) WITH CHECK (true);
CREATE POLICY hospital_beds_read ON hospital_beds FOR SELECT TO pela_hospital USING (true);
CREATE POLICY hospital_beds_own_insert ON hospital_beds FOR INSERT TO pela_hospital
    WITH CHECK (hospital_id = pela_my_hospital());
CREATE POLICY hospital_beds_own_update ON hospital_beds FOR UPDATE TO pela_hospital
    USING (hospital_id = pela_my_hospital()) WITH CHECK (hospital_id = pela_my_hospital());

ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_events_centre ON case_events FOR ALL
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin
    USING (true) WITH CHECK (true);
-- A liaison's own events (ER status, beds, its units); others go through the functions.
CREATE POLICY case_events_hospital ON case_events FOR INSERT TO pela_hospital
    WITH CHECK (case_id IS NULL
                AND (hospital_id = pela_my_hospital()
                     OR (hospital_id IS NULL AND pela_unit_is_mine(unit_id))));

-- ---------------------------------------------------------------------------------------------
-- Grants, rewritten by job. Column lists say exactly what each job may set; the triggers above
-- decide the rest.

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM pela_call_taker, pela_dispatcher,
    pela_shift_lead, pela_hospital, pela_avl;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM pela_call_taker, pela_dispatcher,
    pela_shift_lead, pela_hospital, pela_avl;

-- Reading: the centre reads its work; hospitals and the gateway read only their part.
GRANT SELECT ON settings, hospitals, hospital_beds, places, map_layers, map_features, units,
    unit_positions, cases, calls, assignments, case_links, referrals, case_events,
    case_intervals, assignment_transitions, schema_migrations
    TO pela_call_taker, pela_dispatcher, pela_shift_lead;
GRANT SELECT ON settings, hospitals, hospital_beds, places, map_layers, map_features,
    schema_migrations, hospital_cases, hospital_assignments, hospital_units,
    hospital_unit_positions, hospital_case_events
    TO pela_hospital;
GRANT SELECT ON hospital_logins, assignment_transitions TO pela_admin;
GRANT SELECT ON settings, schema_migrations TO pela_avl;
GRANT SELECT (id, call_sign, kind, owner_hospital_id, status, lat, lon, heading, speed_kmh,
              position_at) ON units TO pela_avl;

-- Call-taker: opens cases and records calls; edits a case's details, never its state.
GRANT INSERT (category, priority, location_text, kelurahan_code, lat, lon, location_source,
              location_uncertainty_m, caller_name, caller_phone, patients_count, triage, notes,
              client_key) ON cases TO pela_call_taker;
GRANT UPDATE (category, priority, location_text, kelurahan_code, lat, lon, location_source,
              location_uncertainty_m, caller_name, caller_phone, patients_count, triage, notes)
    ON cases TO pela_call_taker;
GRANT INSERT (case_id, caller_phone, caller_name, ring_at, answered_at_claimed, aml_lat, aml_lon,
              aml_accuracy_m) ON calls TO pela_call_taker;
GRANT UPDATE (ended_at) ON calls TO pela_call_taker;
GRANT INSERT (case_id, unit_id, hospital_id, kind, payload) ON case_events TO pela_call_taker;
GRANT INSERT (case_id, other_case_id, kind) ON case_links TO pela_call_taker;
GRANT USAGE ON SEQUENCE cases_id_seq, calls_id_seq, case_events_id_seq TO pela_call_taker;

-- Dispatcher: assigns units and moves them on; refers to agencies.
GRANT INSERT (case_id, unit_id, state, destination_hospital_id) ON assignments
    TO pela_dispatcher;
GRANT UPDATE (state, destination_hospital_id, ended_reason) ON assignments TO pela_dispatcher;
GRANT UPDATE (destination_hospital_id, waiting_reason) ON cases TO pela_dispatcher;
-- Only so that a dispatcher may lock a unit row (FOR UPDATE needs an UPDATE grant): the
-- trigger keeps the version, and the status follows the assignments.
GRANT UPDATE (version) ON units TO pela_dispatcher;
GRANT INSERT (case_id, agency, state, note) ON referrals TO pela_dispatcher;
GRANT UPDATE (state, note) ON referrals TO pela_dispatcher;
GRANT USAGE ON SEQUENCE assignments_id_seq, referrals_id_seq TO pela_dispatcher;

-- Shift lead: closes, reopens and merges cases; hospital ER status and beds.
GRANT UPDATE (state, disposition, duplicate_of) ON cases TO pela_shift_lead;
GRANT UPDATE (case_id, moved_from_case_id) ON calls TO pela_shift_lead;
GRANT UPDATE (er_status, er_status_reason) ON hospitals TO pela_shift_lead;
GRANT INSERT (hospital_id, category, available, total), UPDATE (available, total)
    ON hospital_beds TO pela_shift_lead;

-- A hospital's liaison: its own ER status and beds, and its own events (RLS keeps it there).
GRANT UPDATE (er_status, er_status_reason) ON hospitals TO pela_hospital;
GRANT INSERT (hospital_id, category, available, total), UPDATE (available, total)
    ON hospital_beds TO pela_hospital;
GRANT INSERT (case_id, unit_id, hospital_id, kind, payload) ON case_events TO pela_hospital;
GRANT USAGE ON SEQUENCE case_events_id_seq TO pela_hospital;

-- Position gateway: positions only.
GRANT INSERT (unit_id, lat, lon, heading, speed_kmh, accuracy_m, fix_at) ON unit_positions
    TO pela_avl;
GRANT UPDATE (lat, lon, heading, speed_kmh, position_at) ON units TO pela_avl;
GRANT USAGE ON SEQUENCE unit_positions_id_seq TO pela_avl;

-- Admin: everything but history, counters and the transition rules.
GRANT INSERT, UPDATE, DELETE ON hospital_logins TO pela_admin;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON assignment_transitions FROM pela_admin;
REVOKE UPDATE, DELETE, TRUNCATE ON case_events FROM pela_admin;

-- Functions: none for PUBLIC; each job gets the commands it needs.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pela_my_hospital(), pela_in_maintenance(),
    pela_running_as_owner(), pela_unit_is_mine(integer), pela_public_payload(jsonb),
    pela_derived_case_state(bigint), pela_fail(text, text, text, jsonb),
    pela_check_fix_time(), case_events_stamp(), case_events_reject_change(),
    cases_before_insert(), cases_before_update(), calls_before_write(), case_links_stamp(),
    assignments_before_write(), referrals_before_write(), units_before_update(),
    hospitals_stamp(), notify_changed_rows(), notify_hospital_beds()
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin, pela_hospital, pela_avl;
GRANT EXECUTE ON FUNCTION pela_expire_due_requests()
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin, pela_hospital;
GRANT EXECUTE ON FUNCTION pela_answer_request(text, boolean, text),
    pela_set_unit_service(text, boolean, text), pela_mark_patient_arrived(text)
    TO pela_dispatcher, pela_shift_lead, pela_admin, pela_hospital;
