-- Reference data for Kota Ambon. Applied after every migration run; re-running changes
-- nothing (ON CONFLICT DO NOTHING keeps an admin's later corrections, e.g. a hospital's location).

-- The 11 partner hospitals of Ambon's 112 service. Most locations are approximate: the flag and
-- note say how good each one is, and an admin corrects them later. BKR's location is unknown.
-- Capabilities start at what is certain (an emergency department, or psychiatry for RSKD);
-- an admin records the rest (ICU, obstetrics, ...) as each hospital confirms it.
INSERT INTO hospitals (code, name, hospital_type, lat, lon, location_approximate, location_note,
                       capabilities) VALUES
    ('LMN', 'RSUP Dr. J. Leimena', 'national_general', -3.66149, 128.18420, false, 'published point, Rumah Tiga', '{igd}'),
    ('HLS', 'RSUD dr. M. Haulussy', 'provincial_general', -3.70852, 128.16488, false, 'good (Jl. dr. Kayadoe, Benteng)', '{igd}'),
    ('RSKD', 'RSKD Provinsi Maluku', 'provincial_special_psychiatric', -3.62989, 128.24181, true, 'approximate ±1 km (Negeri Lama)', '{psychiatric}'),
    ('SLM', 'RS Siloam Ambon', 'private_general', -3.66941, 128.19838, true, 'approximate ±300 m (Tantui)', '{igd}'),
    ('LTM', 'RS Tk. II Prof. Dr. J. A. Latumeten', 'army', -3.70264, 128.17714, true, 'rough guess', '{igd}'),
    ('SHJ', 'RSAL dr. F.X. Soehardjo', 'navy', -3.65891, 128.21150, true, 'approximate ±1.5 km (Halong)', '{igd}'),
    ('BHY', 'RS Bhayangkara Ambon', 'police', -3.67005, 128.19678, true, 'approximate ±1 km (Tantui)', '{igd}'),
    ('GPM', 'RS Sumber Hidup GPM', 'church_general', -3.69584, 128.18136, true, 'rough guess', '{igd}'),
    ('ALF', 'RSU Al-Fatah', 'private_islamic_general', -3.69864, 128.17678, true, 'rough guess', '{igd}'),
    ('HTV', 'RS Hative Passo', 'private_catholic_general', -3.64169, 128.26468, true, 'approximate ±3 km (Passo)', '{igd}'),
    ('BKR', 'RS Bhakti Rahayu', 'private_general', NULL, NULL, true, 'not known: must be set by an admin', '{igd}')
ON CONFLICT (code) DO NOTHING;

-- Kota Ambon's 5 kecamatan and 50 kelurahan/desa (codes, names and centroids).
INSERT INTO places (kind, code, name, parent_code, lat, lon) VALUES
    ('kecamatan', '81.71.01', 'Nusaniwe', '81.71', -3.741557, 128.157453),
    ('kecamatan', '81.71.02', 'Sirimau', '81.71', -3.694580, 128.215327),
    ('kecamatan', '81.71.03', 'Baguala', '81.71', -3.629192, 128.241315),
    ('kecamatan', '81.71.04', 'Teluk Ambon', '81.71', -3.668440, 128.125917),
    ('kecamatan', '81.71.05', 'Leitimur Selatan', '81.71', -3.698612, 128.257960),
    ('kelurahan', '81.71.01.1006', 'Nusaniwe', '81.71.01', -3.711316, 128.156447),
    ('kelurahan', '81.71.01.1007', 'Wainitu', '81.71.01', -3.703153, 128.171006),
    ('kelurahan', '81.71.01.1008', 'Benteng', '81.71.01', -3.712514, 128.162667),
    ('kelurahan', '81.71.01.1009', 'Kudamati', '81.71.01', -3.707208, 128.171281),
    ('kelurahan', '81.71.01.1010', 'Mangga Dua', '81.71.01', -3.705025, 128.178239),
    ('kelurahan', '81.71.01.1011', 'Urimessing', '81.71.01', -3.703753, 128.180891),
    ('kelurahan', '81.71.01.1012', 'Waihaong', '81.71.01', -3.700558, 128.175385),
    ('kelurahan', '81.71.01.1013', 'Silale', '81.71.01', -3.698818, 128.176683),
    ('desa', '81.71.01.2001', 'Latuhalat', '81.71.01', -3.779305, 128.110448),
    ('desa', '81.71.01.2002', 'Seilale', '81.71.01', -3.771949, 128.109615),
    ('desa', '81.71.01.2003', 'Nusaniwe', '81.71.01', -3.755000, 128.145349),
    ('desa', '81.71.01.2004', 'Amahusu', '81.71.01', -3.730769, 128.152835),
    ('desa', '81.71.01.2005', 'Urimessing', '81.71.01', -3.731133, 128.186650),
    ('kelurahan', '81.71.02.1010', 'Pandan Kasturi', '81.71.02', -3.675828, 128.192938),
    ('kelurahan', '81.71.02.1011', 'Rijali', '81.71.02', -3.690309, 128.186119),
    ('kelurahan', '81.71.02.1012', 'Amantelu', '81.71.02', -3.689673, 128.193705),
    ('kelurahan', '81.71.02.1013', 'Karang Panjang', '81.71.02', -3.695205, 128.191413),
    ('kelurahan', '81.71.02.1014', 'Waihoka', '81.71.02', -3.692677, 128.202016),
    ('kelurahan', '81.71.02.1015', 'Batu Meja', '81.71.02', -3.700556, 128.190058),
    ('kelurahan', '81.71.02.1016', 'Batu Gajah', '81.71.02', -3.707900, 128.187836),
    ('kelurahan', '81.71.02.1017', 'Uritetu', '81.71.02', -3.693460, 128.183769),
    ('kelurahan', '81.71.02.1018', 'Honipopu', '81.71.02', -3.695390, 128.178984),
    ('kelurahan', '81.71.02.1019', 'Ahusen', '81.71.02', -3.699470, 128.182650),
    ('desa', '81.71.02.2001', 'Hative Kecil', '81.71.02', -3.671980, 128.202440),
    ('desa', '81.71.02.2002', 'Galala', '81.71.02', -3.665428, 128.200162),
    ('desa', '81.71.02.2003', 'Batu Merah', '81.71.02', -3.682370, 128.215481),
    ('desa', '81.71.02.2009', 'Soya', '81.71.02', -3.702686, 128.224009),
    ('kelurahan', '81.71.03.1018', 'Lateri', '81.71.03', -3.647346, 128.243193),
    ('desa', '81.71.03.2001', 'Passo', '81.71.03', -3.610585, 128.251225),
    ('desa', '81.71.03.2002', 'Halong', '81.71.03', -3.665317, 128.234574),
    ('desa', '81.71.03.2003', 'Latta', '81.71.03', -3.654743, 128.231150),
    ('desa', '81.71.03.2004', 'Negeri Lama', '81.71.03', -3.612904, 128.235944),
    ('desa', '81.71.03.2005', 'Nania', '81.71.03', -3.617602, 128.229966),
    ('desa', '81.71.03.2006', 'Waiheru', '81.71.03', -3.622862, 128.220601),
    ('kelurahan', '81.71.04.1008', 'Tihu', '81.71.04', -3.651132, 128.188315),
    ('desa', '81.71.04.2001', 'Hunuth/Durian Patah', '81.71.04', -3.632260, 128.201234),
    ('desa', '81.71.04.2002', 'Poka', '81.71.04', -3.644245, 128.193578),
    ('desa', '81.71.04.2003', 'Rumah Tiga', '81.71.04', -3.649732, 128.179095),
    ('desa', '81.71.04.2004', 'Wayame', '81.71.04', -3.656032, 128.164567),
    ('desa', '81.71.04.2005', 'Tawiri', '81.71.04', -3.676920, 128.099229),
    ('desa', '81.71.04.2006', 'Hative Besar', '81.71.04', -3.660792, 128.131675),
    ('desa', '81.71.04.2007', 'Laha', '81.71.04', -3.695264, 128.083164),
    ('desa', '81.71.05.2001', 'Hukurila', '81.71.05', -3.726013, 128.245820),
    ('desa', '81.71.05.2002', 'Ema', '81.71.05', -3.731314, 128.232517),
    ('desa', '81.71.05.2003', 'Kilang', '81.71.05', -3.736722, 128.228166),
    ('desa', '81.71.05.2004', 'Naku', '81.71.05', -3.737135, 128.216077),
    ('desa', '81.71.05.2005', 'Hatalai', '81.71.05', -3.724763, 128.213467),
    ('desa', '81.71.05.2006', 'Hutumury', '81.71.05', -3.674152, 128.276414),
    ('desa', '81.71.05.2007', 'Rutong', '81.71.05', -3.699149, 128.261731),
    ('desa', '81.71.05.2008', 'Leahari', '81.71.05', -3.710928, 128.256995)
ON CONFLICT (code) DO NOTHING;

-- The centre's settings an admin tunes (the programs fall back to the same values when a row
-- is missing). Road speeds: an ambulance's average over a street of each OSM class in Ambon,
-- junctions and traffic included (core/geo/roadsettings.cpp says why).
INSERT INTO settings (key, value) VALUES
    ('road_speeds_kmh', '{"motorway": 60, "motorway_link": 40, "trunk": 40, "trunk_link": 30,
      "primary": 35, "primary_link": 25, "secondary": 30, "secondary_link": 25, "tertiary": 25,
      "tertiary_link": 20, "unclassified": 20, "road": 15, "residential": 18,
      "living_street": 10, "service": 10}'),
    ('road_snap_max_m', '300'),
    ('road_against_oneway_allowed', 'false'),
    ('coverage_threshold_minutes', '10'),
    ('duplicate_radius_m', '300'),
    ('duplicate_window_minutes', '30')
ON CONFLICT (key) DO NOTHING;
