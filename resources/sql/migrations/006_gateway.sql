-- Pela 112 schema: the position gateway (pela-gateway). Devices report for units; their fixes
-- land in unit_positions in batches; callers' handsets send their own location (AML), kept
-- apart from the calls until a call-taker uses it. docs/database.md, "The position gateway".

-- ---------------------------------------------------------------------------------------------
-- Devices: a tracker or a crew's phone that reports for one unit. The id is what the device
-- sends (OsmAnd `id`, Traccar Client's identifier, an IMEI); the token, when set, is a shared
-- secret the device must send too, kept only as a salted SHA-256 ("sha256:SALT:HASH").

CREATE TABLE devices (
    device_id  text PRIMARY KEY CHECK (device_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    unit_id    integer NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    token_hash text CHECK (token_hash ~ '^sha256:[0-9a-f]{32}:[0-9a-f]{64}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user
);
CREATE INDEX devices_unit_idx ON devices (unit_id);

-- Who registered a device and when is the server's word.
CREATE FUNCTION devices_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := now();
        NEW.created_by := session_user;
    ELSE
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER devices_stamp BEFORE INSERT OR UPDATE ON devices
    FOR EACH ROW EXECUTE FUNCTION devices_stamp();

-- ---------------------------------------------------------------------------------------------
-- Position history: which device reported, what the gateway noticed, and a fix stored once.

ALTER TABLE unit_positions
    ADD COLUMN device_id text CHECK (device_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    -- 'jump': farther from the device's previous fix than any road vehicle drives in the time
    -- between (kept, but it did not move the unit); 'outside_region': outside the service
    -- region (kept, and it moved the unit: an ambulance may leave the city).
    ADD COLUMN flags text[] NOT NULL DEFAULT '{}'
        CHECK (flags <@ ARRAY['jump', 'outside_region']::text[]),
    ADD COLUMN altitude_m double precision CHECK (altitude_m BETWEEN -1000 AND 20000),
    ADD COLUMN battery_percent real CHECK (battery_percent BETWEEN 0 AND 100);

-- A resent fix (a device that never heard the answer, a gateway restart) is stored once; two
-- devices of one unit (a tracker and a crew's phone) reporting the same second are two fixes.
-- The index also serves a unit's track by time, as the one it replaces did.
DELETE FROM unit_positions a USING unit_positions b
WHERE a.unit_id = b.unit_id AND a.fix_at = b.fix_at AND a.device_id = b.device_id
  AND a.id > b.id;
CREATE UNIQUE INDEX unit_positions_unit_fix_device_key
    ON unit_positions (unit_id, fix_at, device_id);
DROP INDEX unit_positions_unit_time_idx;
-- Pruning by age reads the oldest pages only.
CREATE INDEX unit_positions_fix_brin ON unit_positions USING brin (fix_at);

-- ---------------------------------------------------------------------------------------------
-- Callers' handsets (ETSI TS 103 625 Advanced Mobile Location): every message as received,
-- and the locations read from those that parse, by the caller's normalised number.

CREATE TABLE aml_messages (
    id          bigserial PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now(),
    channel     text NOT NULL CHECK (channel IN ('sms', 'https')),
    -- The number as the SMS gateway or the handset gave it ('' when none was given).
    sender      text NOT NULL DEFAULT '' CHECK (length(sender) <= 64),
    body        text NOT NULL CHECK (length(body) <= 4096),
    outcome     text NOT NULL CHECK (outcome IN ('stored', 'no_location', 'refused')),
    reason      text NOT NULL DEFAULT '' CHECK (length(reason) <= 500)
);
CREATE INDEX aml_messages_received_idx ON aml_messages (received_at);

CREATE TABLE handset_locations (
    id                  bigserial PRIMARY KEY,
    caller_phone        text NOT NULL CHECK (length(caller_phone) BETWEEN 1 AND 64),
    caller_phone_e164   text CHECK (caller_phone_e164 ~ '^\+[1-9][0-9]{2,14}$'),
    lat                 double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon                 double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    -- Radius of the uncertainty circle; NULL when the handset did not say.
    radius_m            double precision CHECK (radius_m >= 0 AND radius_m <= 100000),
    confidence_percent  smallint CHECK (confidence_percent BETWEEN 0 AND 100),
    positioning_method  text NOT NULL DEFAULT 'unknown'
                        CHECK (positioning_method IN ('gnss', 'wifi', 'cell', 'fused', 'unknown')),
    -- When the handset fixed the position (its clock); NULL when it did not say.
    located_at          timestamptz,
    received_at         timestamptz NOT NULL DEFAULT now(),
    source              text NOT NULL CHECK (source IN ('aml_sms', 'aml_https')),
    aml_version         smallint NOT NULL CHECK (aml_version BETWEEN 1 AND 9),
    network_mcc         text CHECK (network_mcc ~ '^[0-9]{3}$'),
    network_mnc         text CHECK (network_mnc ~ '^[0-9]{2,3}$'),
    message_id          bigint REFERENCES aml_messages (id) ON DELETE SET NULL
);
-- The intake form: this number's handset locations, newest first.
CREATE INDEX handset_locations_e164_idx ON handset_locations (caller_phone_e164, received_at)
    WHERE caller_phone_e164 IS NOT NULL;
CREATE INDEX handset_locations_received_idx ON handset_locations (received_at);

-- Consoles see a handset location arrive (and go, when pruned).
CREATE TRIGGER handset_locations_notify_insert AFTER INSERT ON handset_locations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();
CREATE TRIGGER handset_locations_notify_update AFTER UPDATE ON handset_locations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();
CREATE TRIGGER handset_locations_notify_delete AFTER DELETE ON handset_locations
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();

-- ---------------------------------------------------------------------------------------------
-- Retention: position history and handset data are kept this many days (0: kept for ever),
-- then deleted by pela_prune_history(), which the gateway runs every few minutes.

INSERT INTO settings (key, value) VALUES
    ('position_retention_days', '90'),
    ('handset_location_retention_days', '7'),
    -- Fixes outside this box are flagged (Ambon Island with about 10 km around it).
    ('service_region', '{"south": -3.90, "west": 127.80, "north": -3.40, "east": 128.45}')
ON CONFLICT (key) DO NOTHING;

-- The days a retention setting says; NULL (keep) for 0, a negative or an unreadable value.
CREATE FUNCTION pela_retention_days(setting text, fallback numeric) RETURNS numeric
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
    days numeric;
BEGIN
    SELECT CASE WHEN jsonb_typeof(value) = 'number' THEN value::text::numeric END INTO days
    FROM settings WHERE key = setting;
    IF NOT FOUND THEN
        days := fallback;
    END IF;
    RETURN CASE WHEN days > 0 THEN days END;
END
$$;

-- Deletes at most batch rows of each kind older than its retention; returns how many went.
-- A definer: the gateway may prune history, never choose what or how old.
CREATE FUNCTION pela_prune_history(batch integer DEFAULT 10000) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    position_days numeric := pela_retention_days('position_retention_days', 90);
    handset_days numeric := pela_retention_days('handset_location_retention_days', 7);
    limit_rows integer := greatest(1, least(coalesce(batch, 10000), 100000));
    pruned bigint := 0;
    counted bigint;
BEGIN
    IF position_days IS NOT NULL THEN
        DELETE FROM unit_positions WHERE id IN (
            SELECT id FROM unit_positions
            WHERE fix_at < now() - position_days * interval '1 day' LIMIT limit_rows);
        GET DIAGNOSTICS counted = ROW_COUNT;
        pruned := pruned + counted;
    END IF;
    IF handset_days IS NOT NULL THEN
        DELETE FROM handset_locations WHERE id IN (
            SELECT id FROM handset_locations
            WHERE received_at < now() - handset_days * interval '1 day' LIMIT limit_rows);
        GET DIAGNOSTICS counted = ROW_COUNT;
        pruned := pruned + counted;
        DELETE FROM aml_messages WHERE id IN (
            SELECT id FROM aml_messages
            WHERE received_at < now() - handset_days * interval '1 day' LIMIT limit_rows);
        GET DIAGNOSTICS counted = ROW_COUNT;
        pruned := pruned + counted;
    END IF;
    RETURN pruned;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants: the gateway writes positions and handset data and reads only what it needs to.

-- Devices: admins register them; the gateway reads them to know who reports for which unit.
GRANT SELECT, DELETE ON devices TO pela_admin;
GRANT INSERT (device_id, unit_id, token_hash), UPDATE (unit_id, token_hash) ON devices
    TO pela_admin;
GRANT SELECT (device_id, unit_id, token_hash) ON devices TO pela_avl;

-- Positions: the gateway adds which device, its flags, altitude and battery.
GRANT INSERT (unit_id, lat, lon, heading, speed_kmh, accuracy_m, fix_at, device_id, flags,
              altitude_m, battery_percent) ON unit_positions TO pela_avl;

-- Handset locations: the centre's operators read them (the intake form); hospitals never; the
-- gateway only adds them. Raw messages are for an admin looking into one that failed.
GRANT SELECT ON handset_locations TO pela_call_taker, pela_dispatcher, pela_shift_lead,
    pela_admin;
GRANT SELECT ON aml_messages TO pela_admin;
GRANT INSERT (id, channel, sender, body, outcome, reason) ON aml_messages TO pela_avl;
GRANT INSERT (caller_phone, caller_phone_e164, lat, lon, radius_m, confidence_percent,
              positioning_method, located_at, source, aml_version, network_mcc, network_mnc,
              message_id) ON handset_locations TO pela_avl;
GRANT USAGE ON SEQUENCE aml_messages_id_seq, handset_locations_id_seq TO pela_avl;

REVOKE EXECUTE ON FUNCTION devices_stamp(), pela_retention_days(text, numeric),
    pela_prune_history(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION devices_stamp() TO pela_admin;
GRANT EXECUTE ON FUNCTION pela_prune_history(integer) TO pela_avl, pela_admin;
