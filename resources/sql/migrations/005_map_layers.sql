-- Map layers for the console's offline map and for road routing: what a layer holds (kind), a
-- version bumped on every re-import, and live-sync notifications so every console reloads a
-- layer when an admin imports it again. Features change only together with their layer (the
-- importer replaces them in the transaction that bumps the layer row), so the layer row is
-- what notifies.

-- A layer imported by hand before this migration gets the kind its name suggests.
ALTER TABLE map_layers ADD COLUMN kind text;
UPDATE map_layers SET kind = CASE
    WHEN name ILIKE '%road%' OR name ILIKE '%jalan%' THEN 'roads'
    WHEN name ILIKE '%bound%' OR name ILIKE '%kelurahan%' OR name ILIKE '%kecamatan%' THEN 'boundaries'
    ELSE 'land' END;
ALTER TABLE map_layers ALTER COLUMN kind SET NOT NULL;
ALTER TABLE map_layers ADD CONSTRAINT map_layers_kind_check
    CHECK (kind IN ('roads', 'land', 'boundaries'));

ALTER TABLE map_layers ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE map_layers ADD COLUMN feature_count integer NOT NULL DEFAULT 0;

-- Roads by class (routing reads one class at a time), boundaries by kind (kelurahan/kecamatan).
CREATE INDEX map_features_layer_class_idx ON map_features (layer_id, class);

CREATE TRIGGER map_layers_notify_insert AFTER INSERT ON map_layers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();
CREATE TRIGGER map_layers_notify_update AFTER UPDATE ON map_layers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();
CREATE TRIGGER map_layers_notify_delete AFTER DELETE ON map_layers
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_rows();

-- Every console draws the map (and the gateway's simulator drives along the roads); only an
-- admin imports.
GRANT SELECT ON map_layers, map_features TO pela_call_taker, pela_dispatcher, pela_shift_lead,
    pela_admin, pela_hospital, pela_avl;
GRANT INSERT, UPDATE, DELETE ON map_layers, map_features TO pela_admin;
GRANT USAGE ON SEQUENCE map_layers_id_seq, map_features_id_seq TO pela_admin;
