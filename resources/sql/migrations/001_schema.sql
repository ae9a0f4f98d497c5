-- Pela 112 schema, version 1: the whole domain of docs/architecture.md.
-- Applied by the Migrator inside one transaction under an advisory lock.

-- Group roles: cluster-wide, so they may already exist (another Pela database on the server).
DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['pela_call_taker', 'pela_dispatcher', 'pela_shift_lead',
                                     'pela_admin', 'pela_hospital', 'pela_avl'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created meanwhile by a migration of another database
            END;
        END IF;
    END LOOP;
END
$$;

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value jsonb NOT NULL
);

CREATE TABLE hospitals (
    id                   serial PRIMARY KEY,
    code                 text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{2,8}$'),
    name                 text NOT NULL,
    hospital_type        text NOT NULL,
    address              text NOT NULL DEFAULT '',
    lat                  double precision CHECK (lat BETWEEN -90 AND 90),
    lon                  double precision CHECK (lon BETWEEN -180 AND 180),
    location_approximate boolean NOT NULL DEFAULT true,
    location_note        text NOT NULL DEFAULT '',
    capabilities         text[] NOT NULL DEFAULT '{}',
    er_status            text NOT NULL DEFAULT 'open'
                         CHECK (er_status IN ('open', 'limited', 'diverting')),
    er_status_reason     text NOT NULL DEFAULT '',
    -- Partner-owned units: the owner may require that it accepts each dispatch request.
    requires_acceptance  boolean NOT NULL DEFAULT false,
    version              integer NOT NULL DEFAULT 1,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text NOT NULL DEFAULT current_user,
    CHECK ((lat IS NULL) = (lon IS NULL))
);

CREATE TABLE hospital_beds (
    hospital_id integer NOT NULL REFERENCES hospitals (id) ON DELETE CASCADE,
    category    text NOT NULL,
    available   integer NOT NULL CHECK (available >= 0),
    total       integer CHECK (total IS NULL OR total >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT current_user,
    PRIMARY KEY (hospital_id, category)
);

-- Gazetteer: administrative areas and named places, with a point to put on the map.
CREATE TABLE places (
    id          serial PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('kecamatan', 'kelurahan', 'desa', 'landmark',
                                              'street', 'other')),
    code        text UNIQUE,
    name        text NOT NULL,
    parent_code text,
    lat         double precision NOT NULL,
    lon         double precision NOT NULL,
    aliases     text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX places_name_idx ON places (lower(name));

-- Imported map layers (roads, land, boundaries) as GeoJSON geometry with a bounding box.
CREATE TABLE map_layers (
    id          serial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    source      text NOT NULL,
    attribution text NOT NULL DEFAULT '',
    imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE map_features (
    id         bigserial PRIMARY KEY,
    layer_id   integer NOT NULL REFERENCES map_layers (id) ON DELETE CASCADE,
    class      text NOT NULL DEFAULT '',
    name       text NOT NULL DEFAULT '',
    properties jsonb NOT NULL DEFAULT '{}',
    geometry   jsonb NOT NULL,
    min_lat    double precision NOT NULL,
    min_lon    double precision NOT NULL,
    max_lat    double precision NOT NULL,
    max_lon    double precision NOT NULL
);
CREATE INDEX map_features_layer_idx ON map_features (layer_id);

CREATE TABLE units (
    id                 serial PRIMARY KEY,
    call_sign          text NOT NULL UNIQUE,
    kind               text NOT NULL CHECK (kind IN ('ambulance_bls', 'ambulance_als', 'hearse',
                                                     'rescue', 'motorcycle')),
    owner_hospital_id  integer REFERENCES hospitals (id), -- NULL: the city
    base_lat           double precision,
    base_lon           double precision,
    status             text NOT NULL DEFAULT 'available'
                       CHECK (status IN ('available', 'requested', 'dispatched', 'en_route',
                                         'on_scene', 'transporting', 'at_hospital',
                                         'out_of_service')),
    status_reason      text NOT NULL DEFAULT '',
    status_changed_at  timestamptz NOT NULL DEFAULT now(),
    status_changed_by  text NOT NULL DEFAULT current_user,
    lat                double precision,
    lon                double precision,
    heading            double precision,
    speed_kmh          double precision,
    position_at        timestamptz,
    current_assignment_id bigint,
    version            integer NOT NULL DEFAULT 1
);

CREATE TABLE unit_positions (
    id          bigserial PRIMARY KEY,
    unit_id     integer NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    lat         double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon         double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    heading     double precision,
    speed_kmh   double precision,
    accuracy_m  double precision,
    fix_at      timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unit_positions_unit_time_idx ON unit_positions (unit_id, fix_at);

-- Per-year human case numbers (2026-000123) without gaps from rolled-back sequences.
CREATE TABLE case_number_counters (
    year integer PRIMARY KEY,
    last integer NOT NULL
);

CREATE TABLE cases (
    id                      bigserial PRIMARY KEY,
    number                  text NOT NULL UNIQUE,
    category                text NOT NULL CHECK (category IN (
                                'medical', 'traffic_accident', 'fire', 'natural_disaster',
                                'security', 'extreme_weather', 'power_outage', 'fallen_tree',
                                'hearse_transport', 'other_info', 'prank_silent')),
    priority                smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    state                   text NOT NULL DEFAULT 'waiting'
                            CHECK (state IN ('waiting', 'requested', 'dispatched', 'en_route',
                                             'on_scene', 'transporting', 'at_hospital',
                                             'cleared', 'referred', 'closed')),
    location_text           text NOT NULL DEFAULT '',
    kelurahan_code          text,
    lat                     double precision CHECK (lat BETWEEN -90 AND 90),
    lon                     double precision CHECK (lon BETWEEN -180 AND 180),
    location_source         text NOT NULL DEFAULT 'operator'
                            CHECK (location_source IN ('operator', 'map', 'aml', 'gazetteer')),
    location_uncertainty_m  double precision,
    caller_name             text NOT NULL DEFAULT '',
    caller_phone            text NOT NULL DEFAULT '',
    patients_count          integer NOT NULL DEFAULT 1 CHECK (patients_count >= 0),
    triage                  jsonb NOT NULL DEFAULT '{}',
    notes                   text NOT NULL DEFAULT '',
    destination_hospital_id integer REFERENCES hospitals (id),
    disposition             text CHECK (disposition IN (
                                'transported', 'treated_on_scene', 'refused_care',
                                'no_patient_found', 'cancelled_by_caller', 'referred_to_agency',
                                'duplicate', 'prank')),
    duplicate_of            bigint REFERENCES cases (id),
    -- Why the case waits again (a declined or expired request), for board and recommendations.
    waiting_reason          text NOT NULL DEFAULT '',
    opened_at               timestamptz NOT NULL DEFAULT now(),
    opened_by               text NOT NULL DEFAULT current_user,
    closed_at               timestamptz,
    closed_by               text,
    version                 integer NOT NULL DEFAULT 1,
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK ((state = 'closed') = (disposition IS NOT NULL))
);
CREATE INDEX cases_open_idx ON cases (state) WHERE state <> 'closed';
CREATE INDEX cases_closed_at_idx ON cases (closed_at);

CREATE TABLE calls (
    id              bigserial PRIMARY KEY,
    case_id         bigint NOT NULL REFERENCES cases (id),
    caller_phone    text NOT NULL DEFAULT '', -- ANI
    caller_name     text NOT NULL DEFAULT '',
    ring_at         timestamptz,
    answered_at     timestamptz NOT NULL DEFAULT now(),
    ended_at        timestamptz,
    taker           text NOT NULL DEFAULT current_user,
    workstation     text NOT NULL DEFAULT current_setting('application_name'),
    aml_lat         double precision,
    aml_lon         double precision,
    aml_accuracy_m  double precision,
    -- The case the call was first taken on, when it was moved by a duplicate merge.
    moved_from_case_id bigint REFERENCES cases (id),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calls_case_idx ON calls (case_id);

CREATE TABLE assignments (
    id                      bigserial PRIMARY KEY,
    case_id                 bigint NOT NULL REFERENCES cases (id),
    unit_id                 integer NOT NULL REFERENCES units (id),
    state                   text NOT NULL CHECK (state IN (
                                'requested', 'dispatched', 'en_route', 'on_scene', 'transporting',
                                'at_hospital', 'cleared', 'cancelled', 'declined', 'expired')),
    destination_hospital_id integer REFERENCES hospitals (id),
    assigned_by             text NOT NULL DEFAULT current_user,
    requested_at            timestamptz,
    request_expires_at      timestamptz,
    dispatched_at           timestamptz,
    en_route_at             timestamptz,
    on_scene_at             timestamptz,
    transporting_at         timestamptz,
    at_hospital_at          timestamptz,
    cleared_at              timestamptz,
    ended_reason            text NOT NULL DEFAULT '',
    created_at              timestamptz NOT NULL DEFAULT now(),
    version                 integer NOT NULL DEFAULT 1
);
CREATE INDEX assignments_case_idx ON assignments (case_id);
-- A unit is on at most one live assignment: the database itself enforces the race's outcome.
CREATE UNIQUE INDEX assignments_one_live_per_unit ON assignments (unit_id)
    WHERE state IN ('requested', 'dispatched', 'en_route', 'on_scene', 'transporting',
                    'at_hospital');
ALTER TABLE units ADD FOREIGN KEY (current_assignment_id) REFERENCES assignments (id);

CREATE TABLE case_links (
    case_id       bigint NOT NULL REFERENCES cases (id),
    other_case_id bigint NOT NULL REFERENCES cases (id),
    kind          text NOT NULL CHECK (kind IN ('duplicate_of', 'related')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL DEFAULT current_user,
    PRIMARY KEY (case_id, other_case_id, kind),
    CHECK (case_id <> other_case_id)
);

-- Non-medical cases go to partner agencies (Damkar, BPBD, Polresta, PLN, ...).
CREATE TABLE referrals (
    id              bigserial PRIMARY KEY,
    case_id         bigint NOT NULL REFERENCES cases (id),
    agency          text NOT NULL,
    state           text NOT NULL CHECK (state IN ('forwarded', 'acknowledged', 'done')),
    forwarded_at    timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    done_at         timestamptz,
    note            text NOT NULL DEFAULT '',
    version         integer NOT NULL DEFAULT 1,
    UNIQUE (case_id, agency)
);

-- Append-only history of everything that happened, with the server's time.
CREATE TABLE case_events (
    id          bigserial PRIMARY KEY,
    case_id     bigint REFERENCES cases (id),
    unit_id     integer REFERENCES units (id),
    hospital_id integer REFERENCES hospitals (id),
    kind        text NOT NULL,
    payload     jsonb NOT NULL DEFAULT '{}',
    actor       text NOT NULL DEFAULT current_user,
    workstation text NOT NULL DEFAULT current_setting('application_name'),
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case_idx ON case_events (case_id, id);

-- Nobody rewrites history: not the application roles (no grant) and not a superuser by
-- accident. Only the table owner, in a session that says so, may do maintenance.
CREATE FUNCTION case_events_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('pela.maintenance', true) = 'on'
       AND current_user = (SELECT tableowner FROM pg_tables
                           WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'case events are append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_reject_change();
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
    FOR EACH STATEMENT EXECUTE FUNCTION case_events_reject_change();

-- Live sync: one channel, 'pela'; one notification per statement naming the table and ids.
-- Clients fetch rows by id. Far more ids than fit in a payload means "reload the table".
CREATE FUNCTION notify_changed_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT string_agg(DISTINCT id::text, ',') INTO ids FROM old_rows;
    ELSE
        SELECT string_agg(DISTINCT id::text, ',') INTO ids FROM new_rows;
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF length(ids) > 7000 THEN
        ids := '*';
    END IF;
    PERFORM pg_notify('pela', TG_TABLE_NAME || ':' || TG_OP || ':' || ids);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    table_name text;
BEGIN
    FOREACH table_name IN ARRAY ARRAY['cases', 'units', 'hospitals', 'assignments', 'calls',
                                      'case_events', 'referrals'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows()',
                       table_name || '_notify_insert', table_name);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows()',
                       table_name || '_notify_update', table_name);
    END LOOP;
END
$$;

-- Bed changes are announced as a change of their hospital.
CREATE FUNCTION notify_hospital_beds() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids text;
BEGIN
    SELECT string_agg(DISTINCT hospital_id::text, ',') INTO ids FROM new_rows;
    IF ids IS NOT NULL THEN
        PERFORM pg_notify('pela', 'hospitals:UPDATE:' || ids);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER hospital_beds_notify_insert AFTER INSERT ON hospital_beds
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_hospital_beds();
CREATE TRIGGER hospital_beds_notify_update AFTER UPDATE ON hospital_beds
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_hospital_beds();

-- Intervals per case from server timestamps, for the board and reports.
CREATE VIEW case_intervals AS
SELECT c.id AS case_id,
       c.number,
       (SELECT min(coalesce(k.ring_at, k.answered_at)) FROM calls k WHERE k.case_id = c.id)
           AS call_received_at,
       c.opened_at,
       a.first_dispatched_at,
       a.first_en_route_at,
       a.first_on_scene_at,
       a.first_transporting_at,
       a.first_at_hospital_at,
       c.closed_at
FROM cases c
LEFT JOIN LATERAL (
    SELECT min(dispatched_at) AS first_dispatched_at,
           min(en_route_at) AS first_en_route_at,
           min(on_scene_at) AS first_on_scene_at,
           min(transporting_at) AS first_transporting_at,
           min(at_hospital_at) AS first_at_hospital_at
    FROM assignments WHERE case_id = c.id
) a ON true;

-- Grants: each group gets what its job needs, no more.
GRANT USAGE ON SCHEMA public TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin,
    pela_hospital, pela_avl;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pela_call_taker, pela_dispatcher,
    pela_shift_lead, pela_admin, pela_hospital;
GRANT SELECT ON settings, units, hospitals TO pela_avl;

-- Call-taker: opens cases and records calls; may edit a case's details, not its state.
GRANT INSERT ON cases, calls, case_events, case_links TO pela_call_taker;
GRANT UPDATE (category, priority, location_text, kelurahan_code, lat, lon, location_source,
              location_uncertainty_m, caller_name, caller_phone, patients_count, triage, notes,
              version, updated_at) ON cases TO pela_call_taker;
GRANT UPDATE (ended_at) ON calls TO pela_call_taker;
GRANT INSERT, UPDATE ON case_number_counters TO pela_call_taker;
GRANT USAGE ON SEQUENCE cases_id_seq, calls_id_seq, case_events_id_seq TO pela_call_taker;

-- Dispatcher: assigns units and moves them through their statuses; refers to agencies.
GRANT INSERT, UPDATE ON assignments, referrals TO pela_dispatcher;
GRANT UPDATE (state, destination_hospital_id, waiting_reason, duplicate_of) ON cases
    TO pela_dispatcher;
GRANT UPDATE (status, status_reason, status_changed_at, status_changed_by,
              current_assignment_id, version) ON units TO pela_dispatcher;
GRANT UPDATE (case_id, moved_from_case_id) ON calls TO pela_dispatcher;
GRANT USAGE ON SEQUENCE assignments_id_seq, referrals_id_seq TO pela_dispatcher;
-- Call-taker first: a dispatcher can take calls too.
GRANT pela_call_taker TO pela_dispatcher;

-- Shift lead: closes and reopens cases, sets hospital ER status and beds.
GRANT UPDATE (disposition, closed_at, closed_by) ON cases TO pela_shift_lead;
GRANT UPDATE (er_status, er_status_reason, version, updated_at, updated_by) ON hospitals
    TO pela_shift_lead;
GRANT INSERT, UPDATE ON hospital_beds TO pela_shift_lead;
GRANT pela_dispatcher TO pela_shift_lead;

-- A hospital's liaison: its ER status, beds, and answers to dispatch requests.
GRANT UPDATE (er_status, er_status_reason, version, updated_at, updated_by) ON hospitals
    TO pela_hospital;
GRANT INSERT, UPDATE ON hospital_beds TO pela_hospital;
-- Accepting or declining a request moves the assignment, its unit and the case's state.
GRANT UPDATE (state, dispatched_at, ended_reason, version) ON assignments TO pela_hospital;
GRANT UPDATE (status, status_reason, status_changed_at, status_changed_by,
              current_assignment_id, version) ON units TO pela_hospital;
GRANT UPDATE (state, waiting_reason, version, updated_at) ON cases TO pela_hospital;
GRANT INSERT ON case_events TO pela_hospital;
GRANT USAGE ON SEQUENCE case_events_id_seq TO pela_hospital;

-- Position gateway: positions only.
GRANT INSERT ON unit_positions TO pela_avl;
GRANT UPDATE (lat, lon, heading, speed_kmh, position_at) ON units TO pela_avl;
GRANT USAGE ON SEQUENCE unit_positions_id_seq TO pela_avl;

-- Admin: everything but history, which stays append-only.
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pela_admin;
REVOKE UPDATE, DELETE, TRUNCATE ON case_events FROM pela_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO pela_admin;

INSERT INTO settings (key, value) VALUES
    ('request_timeout_seconds', '60'),
    ('recently_closed_hours', '12'),
    ('position_stale_seconds', '120');
