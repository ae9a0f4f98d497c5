-- Pela 112 schema, version 8: the shift lead's board and reports (docs/database.md, "The board
-- and the shift report"): timer thresholds as settings, when a case entered its state, an
-- assignment undone within seconds that never counts as a dispatch, acknowledged alerts, and
-- the partner-request figures each hospital may read for itself.

-- ---------------------------------------------------------------------------------------------
-- Settings: one place for the whole centre (jsonb numbers; a console reads them at connect
-- and every few minutes).

INSERT INTO settings (key, value) VALUES
    -- A waiting case (no unit yet) turns red after this long from its opening, by priority.
    ('timer_p1_waiting_seconds', '60'),
    ('timer_p2_waiting_seconds', '300'),
    ('timer_p3_waiting_seconds', '1200'),
    -- A partner's unit was requested and its hospital has not answered (the request itself
    -- expires after request_timeout_seconds).
    ('timer_request_unanswered_seconds', '30'),
    -- Dispatched and not yet en route.
    ('timer_not_en_route_seconds', '120'),
    ('timer_on_scene_seconds', '1800'),
    ('timer_at_hospital_seconds', '1800'),
    -- Forwarded to a partner agency and not acknowledged.
    ('timer_referral_unacknowledged_seconds', '300'),
    -- A hospital's ER status and beds not updated for this long are shown as stale.
    ('hospital_status_stale_minutes', '360'),
    -- How long the one who assigned a unit (or a shift lead) may undo it.
    ('undo_window_seconds', '10')
ON CONFLICT (key) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- When a case entered its current state: the board's "time in state" for the states no
-- assignment dates (waiting again, cleared, referred). NULL for rows from before this migration.

ALTER TABLE cases ADD COLUMN state_changed_at timestamptz;

-- Runs after cases_before_insert/cases_before_update (triggers fire in name order), which
-- decide the state.
CREATE FUNCTION cases_state_since() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pela_in_maintenance() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.state IS DISTINCT FROM OLD.state THEN
        NEW.state_changed_at := now();
    ELSE
        NEW.state_changed_at := OLD.state_changed_at;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_state_since BEFORE INSERT OR UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_state_since();

CREATE INDEX cases_opened_at_idx ON cases (opened_at);

-- ---------------------------------------------------------------------------------------------
-- Undo: a unit dropped on the wrong case is taken back within seconds. The assignment ends as
-- cancelled and is marked undone, so that no interval and no report counts it as a dispatch.

ALTER TABLE assignments
    ADD COLUMN undone_at timestamptz,
    ADD COLUMN undone_by text;
COMMENT ON COLUMN assignments.undone_at IS
    'set by pela_undo_assignment only: the assignment was a mistake taken back at once';

-- Only pela_undo_assignment (a definer) marks an assignment undone; whoever else writes keeps
-- the marks as they are (the admin holds every column grant).
CREATE FUNCTION assignments_undo_marks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pela_in_maintenance() OR pela_running_as_owner() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.undone_at := NULL;
        NEW.undone_by := NULL;
    ELSE
        NEW.undone_at := OLD.undone_at;
        NEW.undone_by := OLD.undone_by;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER assignments_undo_marks BEFORE INSERT OR UPDATE ON assignments
    FOR EACH ROW EXECUTE FUNCTION assignments_undo_marks();

-- Takes back an assignment within undo_window_seconds (server time) of its making: only the
-- login that made it, or a shift lead; only while the unit has not moved on (requested or
-- dispatched), and not a reassignment (the unit's other case cannot be given back by undoing).
CREATE FUNCTION pela_undo_assignment(assignment bigint)
RETURNS TABLE (case_id bigint, case_number text, unit_call_sign text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    target record;
    locked record;
    undo_seconds double precision;
BEGIN
    SELECT a.id, a.case_id, a.unit_id, a.assigned_by, a.created_at, u.call_sign, c.number
    INTO target
    FROM assignments a JOIN units u ON u.id = a.unit_id JOIN cases c ON c.id = a.case_id
    WHERE a.id = assignment;
    IF NOT FOUND THEN
        PERFORM pela_fail('PL404', 'no_assignment',
                          format('there is no assignment %s', assignment),
                          jsonb_build_object('assignment', assignment));
    END IF;
    IF target.assigned_by IS DISTINCT FROM session_user::text
       AND NOT pg_has_role(session_user, 'pela_shift_lead', 'MEMBER') THEN
        PERFORM pela_fail('PL403', 'undo_not_yours',
                          format('%s was assigned to %s by %s; only %s or a shift lead may undo '
                                 'it', target.call_sign, target.number, target.assigned_by,
                                 target.assigned_by),
                          jsonb_build_object('unit', target.call_sign, 'case', target.number,
                                             'by', target.assigned_by));
    END IF;
    -- The one lock order: case, unit, assignment.
    PERFORM 1 FROM cases WHERE id = target.case_id FOR UPDATE;
    PERFORM 1 FROM units WHERE id = target.unit_id FOR UPDATE;
    SELECT a.state, a.undone_at INTO locked FROM assignments a WHERE a.id = target.id FOR UPDATE;
    IF locked.undone_at IS NOT NULL THEN
        PERFORM pela_fail('PL409', 'undo_done',
                          format('%s on %s was already undone', target.call_sign, target.number),
                          jsonb_build_object('unit', target.call_sign, 'case', target.number));
    END IF;
    undo_seconds := coalesce((SELECT (value #>> '{}')::double precision FROM settings
                              WHERE key = 'undo_window_seconds'
                              AND jsonb_typeof(value) = 'number'), 10);
    IF now() > target.created_at + make_interval(secs => undo_seconds) THEN
        PERFORM pela_fail('PL409', 'undo_window_passed',
                          format('%s was assigned to %s more than %s s ago; cancel it instead',
                                 target.call_sign, target.number, undo_seconds),
                          jsonb_build_object('unit', target.call_sign, 'case', target.number,
                                             'seconds', undo_seconds));
    END IF;
    IF locked.state NOT IN ('requested', 'dispatched') THEN
        PERFORM pela_fail('PL409', 'undo_moved_on',
                          format('%s is already %s on %s; cancel it instead', target.call_sign,
                                 locked.state, target.number),
                          jsonb_build_object('unit', target.call_sign, 'case', target.number,
                                             'state', locked.state));
    END IF;
    -- A reassignment ended the unit's other assignment in the same transaction.
    IF EXISTS (SELECT 1 FROM assignments o
               WHERE o.unit_id = target.unit_id AND o.id <> target.id
                 AND o.state = 'cancelled' AND o.ended_at = target.created_at) THEN
        PERFORM pela_fail('PL409', 'undo_reassignment',
                          format('%s was taken from another case for %s; assign it back there '
                                 'instead', target.call_sign, target.number),
                          jsonb_build_object('unit', target.call_sign, 'case', target.number));
    END IF;
    UPDATE assignments SET state = 'cancelled', ended_reason = 'undone', undone_at = now(),
                           undone_by = session_user
    WHERE id = target.id;
    INSERT INTO case_events (case_id, unit_id, kind, payload)
    VALUES (target.case_id, target.unit_id, 'assignment_undone',
            jsonb_build_object('unit', target.call_sign, 'assignment', target.id));
    RETURN QUERY SELECT target.case_id, target.number, target.call_sign;
END
$$;

-- Intervals leave out undone assignments (a mistake taken back is no dispatch). Same columns
-- as migration 002's view.
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
    FROM assignments WHERE case_id = c.id AND undone_at IS NULL
) a ON true;

-- ---------------------------------------------------------------------------------------------
-- Alerts: an unassigned P1 past its threshold sounds at the dispatchers' consoles until one of
-- them acknowledges it; the acknowledgement is an event only a dispatcher (or more) writes.

CREATE FUNCTION case_events_check_kind() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind = 'alert_acknowledged' AND NOT pela_in_maintenance()
       AND NOT pg_has_role(session_user, 'pela_dispatcher', 'MEMBER')
       AND NOT pg_has_role(session_user, 'pela_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only a dispatcher or shift lead acknowledges an alert'
            USING ERRCODE = '42501', HINT = 'pela:alert_ack_role';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_events_check_kind BEFORE INSERT ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_check_kind();

-- ---------------------------------------------------------------------------------------------
-- Partner requests per hospital for a period: how many were asked, accepted, declined, expired
-- (cancelled by the centre or undone: neither), and the median time to an answer. The centre
-- reads every hospital's row; a hospital's liaison only its own (hospital mode shows it). One
-- computation for the console, the handover report and pela-admin.
CREATE FUNCTION pela_partner_requests(period_from timestamptz, period_to timestamptz,
                                      only_hospital integer DEFAULT NULL)
RETURNS TABLE (hospital_id integer, hospital_code text, hospital_name text, requested bigint,
               accepted bigint, declined bigint, expired bigint,
               median_answer_seconds double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH caller AS (
        SELECT pg_has_role(session_user, 'pela_call_taker', 'MEMBER')
               OR pg_has_role(session_user, 'pela_admin', 'MEMBER') AS centre,
               pela_my_hospital() AS own
    ), asked AS (
        SELECT u.owner_hospital_id AS hospital, a.state, a.requested_at,
               CASE WHEN a.dispatched_at IS NOT NULL THEN 'accepted'
                    WHEN a.state IN ('declined', 'expired') THEN a.state
                    ELSE 'other' END AS answer,
               CASE WHEN a.dispatched_at IS NOT NULL THEN a.dispatched_at
                    WHEN a.state = 'declined' THEN a.ended_at END AS answered_at
        FROM assignments a JOIN units u ON u.id = a.unit_id
        WHERE a.requested_at >= period_from AND a.requested_at < period_to
          AND a.undone_at IS NULL AND u.owner_hospital_id IS NOT NULL
    )
    SELECT h.id, h.code, h.name,
           count(*),
           count(*) FILTER (WHERE q.answer = 'accepted'),
           count(*) FILTER (WHERE q.answer = 'declined'),
           count(*) FILTER (WHERE q.answer = 'expired'),
           percentile_cont(0.5) WITHIN GROUP (
               ORDER BY extract(epoch FROM q.answered_at - q.requested_at)::double precision)
               FILTER (WHERE q.answered_at IS NOT NULL)
    FROM asked q JOIN hospitals h ON h.id = q.hospital CROSS JOIN caller
    WHERE (caller.centre OR h.id = caller.own)
      AND (only_hospital IS NULL OR h.id = only_hospital)
    GROUP BY h.id, h.code, h.name
    ORDER BY h.code
$$;

-- ---------------------------------------------------------------------------------------------
-- Functions: none for PUBLIC (new functions are PUBLIC's by default); each job its own.

REVOKE EXECUTE ON FUNCTION cases_state_since(), assignments_undo_marks(),
    pela_undo_assignment(bigint), case_events_check_kind(),
    pela_partner_requests(timestamptz, timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cases_state_since(), assignments_undo_marks(), case_events_check_kind()
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin, pela_hospital, pela_avl;
GRANT EXECUTE ON FUNCTION pela_undo_assignment(bigint)
    TO pela_dispatcher, pela_shift_lead, pela_admin;
GRANT EXECUTE ON FUNCTION pela_partner_requests(timestamptz, timestamptz, integer)
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin, pela_hospital;
