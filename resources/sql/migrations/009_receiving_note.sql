-- Pela 112 schema: what the receiving hospital must know before the ambulance arrives. A
-- dispatcher writes `cases.receiving_note` ("suspected stroke, onset 14:10, on anticoagulants");
-- the hospital's liaison reads it through `hospital_cases`, which still shows no caller's name,
-- phone or the centre's own notes. Hospitals also get their phone numbers, which only an admin
-- sets (`pela-admin hospital set`). docs/database.md, "A hospital's liaison".

ALTER TABLE cases
    ADD COLUMN receiving_note text NOT NULL DEFAULT ''
        CHECK (length(receiving_note) <= 4000);

ALTER TABLE hospitals
    ADD COLUMN phone_numbers text[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(phone_numbers) <= 8);

-- A closed case changes only by reopening: cases_before_update (migration 2) lists the columns
-- it guards, and the note came later, so it is guarded here.
CREATE FUNCTION cases_receiving_note_closed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pela_in_maintenance() THEN
        PERFORM pela_fail('PL409', 'case_closed',
                          format('case %s is closed; reopen it to change it', OLD.number),
                          jsonb_build_object('case', OLD.number));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_receiving_note_closed BEFORE UPDATE OF receiving_note ON cases
    FOR EACH ROW
    WHEN (OLD.state = 'closed' AND NEW.state = 'closed'
          AND NEW.receiving_note IS DISTINCT FROM OLD.receiving_note)
    EXECUTE FUNCTION cases_receiving_note_closed();

-- The hospital's view of cases gains the note as its last column (CREATE OR REPLACE keeps the
-- grants, the security barrier and hospital_case_events, which depends on it); the rows it
-- shows are exactly migration 2's.
CREATE OR REPLACE VIEW hospital_cases WITH (security_barrier) AS
SELECT c.id, c.number, c.category, c.priority, c.state, c.location_text, c.kelurahan_code,
       c.lat, c.lon, c.location_source, c.location_uncertainty_m,
       ''::text AS caller_name, ''::text AS caller_phone, c.patients_count, c.triage,
       ''::text AS notes, c.destination_hospital_id, c.disposition, c.duplicate_of,
       c.waiting_reason, c.opened_at, c.opened_by, c.closed_at, c.closed_by, c.version,
       c.updated_at, c.receiving_note
FROM cases c
WHERE c.destination_hospital_id = pela_my_hospital()
   OR EXISTS (SELECT 1 FROM assignments a JOIN units u ON u.id = a.unit_id
              WHERE a.case_id = c.id
                AND (u.owner_hospital_id = pela_my_hospital()
                     OR a.destination_hospital_id = pela_my_hospital()));

-- Dispatchers (and so shift leads) write the note; call-takers, hospitals and the gateway never.
GRANT UPDATE (receiving_note) ON cases TO pela_dispatcher;

REVOKE EXECUTE ON FUNCTION cases_receiving_note_closed() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cases_receiving_note_closed()
    TO pela_call_taker, pela_dispatcher, pela_shift_lead, pela_admin, pela_hospital;
