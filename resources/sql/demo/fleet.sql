-- Demo fleet for the embedded/demo database only (never loaded into a configured server
-- unless the admin insists): two ambulances at each located partner hospital, two city
-- ambulances and the city hearse at the city's 112 post. Re-running changes nothing.
INSERT INTO units (call_sign, kind, owner_hospital_id, base_lat, base_lon, lat, lon, position_at)
SELECT 'AMB-' || h.code || '-' || n,
       CASE WHEN n = 1 THEN 'ambulance_als' ELSE 'ambulance_bls' END,
       h.id, h.lat, h.lon, h.lat, h.lon, now()
FROM hospitals h CROSS JOIN generate_series(1, 2) AS n
WHERE h.lat IS NOT NULL
ORDER BY h.code, n
ON CONFLICT (call_sign) DO NOTHING;

-- City units wait near Balai Kota Ambon.
INSERT INTO units (call_sign, kind, owner_hospital_id, base_lat, base_lon, lat, lon, position_at)
VALUES ('AMB-KOTA-1', 'ambulance_als', NULL, -3.69580, 128.18150, -3.69580, 128.18150, now()),
       ('AMB-KOTA-2', 'ambulance_bls', NULL, -3.69580, 128.18150, -3.69580, 128.18150, now()),
       ('JNZ-1', 'hearse', NULL, -3.69580, 128.18150, -3.69580, 128.18150, now())
ON CONFLICT (call_sign) DO NOTHING;

-- Demo bed figures so the map and board have something to show.
INSERT INTO hospital_beds (hospital_id, category, available, total)
SELECT h.id, b.category, b.available, b.total
FROM hospitals h
CROSS JOIN (VALUES ('igd', 4, 10), ('icu', 1, 6), ('general', 12, 80)) AS b (category, available, total)
WHERE 'igd' = ANY (h.capabilities)
ON CONFLICT DO NOTHING;
