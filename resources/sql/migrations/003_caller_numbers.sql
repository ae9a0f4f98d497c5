-- Caller numbers checked and normalised (core/domain/phonenumber): caller_phone keeps the text
-- as typed or received; the kind says whether it is a number, an unusual one (short code,
-- foreign, incomplete: accepted but marked) or withheld, and caller_phone_e164 the normalised
-- number (+6281247001122) when there is one, so a repeat caller is found however it was typed.
-- Rows from before this migration keep a NULL kind: nobody checked them.
ALTER TABLE calls
    ADD COLUMN caller_phone_kind text CHECK (caller_phone_kind IN ('number', 'unusual', 'withheld')),
    ADD COLUMN caller_phone_e164 text CHECK (caller_phone_e164 ~ '^\+[1-9][0-9]{2,14}$'),
    ADD CHECK (caller_phone_kind <> 'withheld' OR (caller_phone = '' AND caller_phone_e164 IS NULL)),
    ADD CHECK (caller_phone_kind <> 'number' OR caller_phone_e164 IS NOT NULL);
ALTER TABLE cases
    ADD COLUMN caller_phone_kind text CHECK (caller_phone_kind IN ('number', 'unusual', 'withheld')),
    ADD COLUMN caller_phone_e164 text CHECK (caller_phone_e164 ~ '^\+[1-9][0-9]{2,14}$'),
    ADD CHECK (caller_phone_kind <> 'withheld' OR (caller_phone = '' AND caller_phone_e164 IS NULL)),
    ADD CHECK (caller_phone_kind <> 'number' OR caller_phone_e164 IS NOT NULL);

-- That number's recent calls (repeat callers, pranks), for the intake form.
CREATE INDEX calls_phone_e164_idx ON calls (caller_phone_e164, answered_at)
    WHERE caller_phone_e164 IS NOT NULL;

-- A call-taker records the number with its kind, and corrects a case's.
GRANT INSERT (caller_phone_kind, caller_phone_e164) ON cases, calls TO pela_call_taker;
GRANT UPDATE (caller_phone_kind, caller_phone_e164) ON cases TO pela_call_taker;
