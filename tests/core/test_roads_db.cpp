// Routing loaded from the database: the newest roads layer from map_features, the road settings,
// the kelurahan/desa with their boundaries.
#include "db/pgconnection.h"
#include "geo/roadnetwork.h"
#include "test_roads_support.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace pela::core;
using pela::test::SmallNetwork;
using pela::test::TestCluster;

namespace {

QJsonArray position(const QGeoCoordinate &point)
{
    return {point.longitude(), point.latitude()};
}

QJsonArray line(const QList<QGeoCoordinate> &points)
{
    QJsonArray coordinates;
    for (const QGeoCoordinate &point : points)
        coordinates.append(position(point));
    return coordinates;
}

int addLayer(PgConnection &db, const QString &name, const QString &kind)
{
    const PgResult result =
        db.exec("INSERT INTO map_layers (name, kind, source, attribution) VALUES ($1, $2, 'test', "
                "'© OpenStreetMap contributors') RETURNING id",
                {name, kind});
    REQUIRE(result.ok());
    return int(result.toInt(0, "id"));
}

// A feature row as the map importer writes it: class, name, original properties, geometry, box.
void addFeature(PgConnection &db, int layer, const QString &featureClass, const QString &name,
                const QJsonObject &properties, const QJsonObject &geometry,
                const QList<QGeoCoordinate> &points)
{
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (const QGeoCoordinate &point : points) {
        minLat = std::min(minLat, point.latitude());
        maxLat = std::max(maxLat, point.latitude());
        minLon = std::min(minLon, point.longitude());
        maxLon = std::max(maxLon, point.longitude());
    }
    const PgResult result =
        db.exec("INSERT INTO map_features (layer_id, class, name, properties, geometry, min_lat, "
                "min_lon, max_lat, max_lon) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                {layer, featureClass, name, QJsonDocument(properties), QJsonDocument(geometry),
                 minLat, minLon, maxLat, maxLon});
    REQUIRE(result.ok());
}

void addRoads(PgConnection &db, int layer, const QList<RoadFeature> &roads)
{
    for (const RoadFeature &road : roads)
        addFeature(db, layer, road.highway, road.name, road.properties,
                   {{QStringLiteral("type"), QStringLiteral("LineString")},
                    {QStringLiteral("coordinates"), line(road.points)}},
                   road.points);
}

void setSetting(PgConnection &db, const QString &key, const QByteArray &json)
{
    REQUIRE(db.exec("INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) "
                    "DO UPDATE SET value = excluded.value",
                    {key, QString::fromUtf8(json)})
                .ok());
}

} // namespace

TEST_CASE("the roads are the newest roads layer, even when a newer layer of another kind exists")
{
    PgConnection db =
        pela::test::connect(TestCluster::instance().freshDatabase(TestCluster::Fleet::None));
    const SmallNetwork network;
    const int older = addLayer(db, QStringLiteral("roads-2024"), QStringLiteral("roads"));
    addRoads(db, older, {pela::test::road(QStringLiteral("trunk"), {network.a, network.b})});
    const int newer = addLayer(db, QStringLiteral("roads-2025"), QStringLiteral("roads"));
    addRoads(db, newer, network.features());
    // A MultiLineString becomes one road per line; a point is not a road.
    const QList<QGeoCoordinate> pair = {network.at(0, -300), network.at(0, -100)};
    addFeature(
        db, newer, QStringLiteral("service"), QStringLiteral("Dua Jalur"),
        {{QStringLiteral("highway"), QStringLiteral("service")}},
        {{QStringLiteral("type"), QStringLiteral("MultiLineString")},
         {QStringLiteral("coordinates"), QJsonArray{line({network.a, pair[0]}), line(pair)}}},
        pair);
    addFeature(db, newer, QStringLiteral("residential"), {}, {},
               {{QStringLiteral("type"), QStringLiteral("Point")},
                {QStringLiteral("coordinates"), position(network.a)}},
               {network.a});
    // The newest layer of all is land: polygons, not roads.
    const int land = addLayer(db, QStringLiteral("land"), QStringLiteral("land"));
    addFeature(db, land, QStringLiteral("land"), {}, {},
               {{QStringLiteral("type"), QStringLiteral("Polygon")},
                {QStringLiteral("coordinates"),
                 QJsonArray{line({network.a, network.b, network.d, network.a})}}},
               {network.a, network.b, network.d});

    const RoadLayerLoad load = RoadNetwork::loadRoads(db);
    REQUIRE_FALSE(load.error.isError());
    CHECK(load.layerId == newer);
    CHECK(load.layerName == QLatin1String("roads-2025"));
    CHECK(load.importedAt.isValid());
    CHECK(load.features.size() == network.features().size() + 2);
    CHECK(load.skippedFeatures == 1);
    // Properties stay readable: the one-way Lorong Dua is still one-way.
    const RoadSettings settings = pela::test::smallNetworkSettings();
    const RoadRouter router(RoadGraph::build(load.features, settings), settings);
    const RoadRouter fromList(RoadGraph::build(network.features(), settings), settings);
    CHECK(router.graph()->statistics().featuresExcluded == 2);
    const EtaBatch eToD = router.etasTo(network.d, {{1, network.e, {}}});
    CHECK(eToD.etas[0].seconds == Approx(500).margin(0.01));
    CHECK(eToD.etas[0].seconds ==
          Approx(fromList.etasTo(network.d, {{1, network.e, {}}}).etas[0].seconds));

    // The kind decides, not the age or the geometry: relabelled, the newer layer is not roads.
    REQUIRE(db.exec("UPDATE map_layers SET kind = 'land' WHERE name = 'roads-2025'").ok());
    const RoadLayerLoad byKind = RoadNetwork::loadRoads(db);
    CHECK(byKind.layerId == older);
    CHECK(byKind.features.size() == 1);
    CHECK(RoadNetwork::loadRoads(db, QStringLiteral("nothing")).found() == false);
    CHECK(RoadNetwork::loadRoadLayer(db, QStringLiteral("roads-2025")).layerId == newer);
}

TEST_CASE("road settings from the settings table override the defaults; an unusable value is "
          "reported and not used")
{
    PgConnection db =
        pela::test::connect(TestCluster::instance().freshDatabase(TestCluster::Fleet::None));
    const RoadSettingsLoad untouched = RoadSettingsLoader::load(db);
    REQUIRE_FALSE(untouched.error.isError());
    CHECK(untouched.problems.isEmpty());
    const RoadSettings defaults = RoadSettings::defaults();
    CHECK(untouched.settings.speedsKmh == defaults.speedsKmh);
    CHECK(untouched.settings.snapMaxMeters == 300);
    CHECK(untouched.settings.coverageThresholdSeconds == 600);
    CHECK_FALSE(untouched.settings.againstOnewayAllowed);
    CHECK(defaults.speedKmh(QStringLiteral("footway")) == 0);
    CHECK(defaults.speedKmh(QStringLiteral("track")) == 0);

    setSetting(db, QStringLiteral("road_speeds_kmh"),
               R"({"track": 10, "residential": 15, "service": 0, "trunk": "fast"})");
    setSetting(db, QStringLiteral("road_snap_max_m"), "150");
    setSetting(db, QStringLiteral("road_against_oneway_allowed"), "true");
    setSetting(db, QStringLiteral("coverage_threshold_minutes"), "8");
    setSetting(db, QStringLiteral("straight_line_speeds_kmh"), R"({"motorcycle": 40})");
    setSetting(db, QStringLiteral("straight_line_detour_factor"), R"("lots")");
    const RoadSettingsLoad load = RoadSettingsLoader::load(db);
    REQUIRE_FALSE(load.error.isError());
    const RoadSettings &settings = load.settings;
    CHECK(settings.speedKmh(QStringLiteral("track")) == 10); // now routable
    CHECK(settings.speedKmh(QStringLiteral("residential")) == 15);
    CHECK(settings.speedKmh(QStringLiteral("service")) == 0); // removed
    CHECK(settings.speedKmh(QStringLiteral("trunk")) == defaults.speedKmh(QStringLiteral("trunk")));
    CHECK(settings.snapMaxMeters == 150);
    CHECK(settings.againstOnewayAllowed);
    CHECK(settings.coverageThresholdSeconds == 480);
    CHECK(settings.straightLineSpeedsKmh.value(QStringLiteral("motorcycle")) == 40);
    CHECK(settings.straightLineSpeedsKmh.value(QStringLiteral("ambulance_als")) ==
          defaults.straightLineSpeedsKmh.value(QStringLiteral("ambulance_als")));
    CHECK(settings.detourFactor == defaults.detourFactor);
    REQUIRE(load.problems.size() == 2);
    CHECK(load.problems[0].contains(QLatin1String("trunk")));
    CHECK(load.problems[1].contains(QLatin1String("straight_line_detour_factor")));
}

TEST_CASE("the kelurahan and desa come from places, with their boundaries where a boundaries layer "
          "has them")
{
    PgConnection db =
        pela::test::connect(TestCluster::instance().freshDatabase(TestCluster::Fleet::None));
    const CoverageAreaLoad none = RoadNetwork::loadCoverageAreas(db);
    REQUIRE_FALSE(none.error.isError());
    CHECK(none.areas.size() == 50);
    CHECK(none.withBoundary == 0);

    const QGeoCoordinate hutumury(-3.6800, 128.2900);
    const QList<QGeoCoordinate> square = {
        hutumury.atDistanceAndAzimuth(500, 45), hutumury.atDistanceAndAzimuth(500, 135),
        hutumury.atDistanceAndAzimuth(500, 225), hutumury.atDistanceAndAzimuth(500, 315),
        hutumury.atDistanceAndAzimuth(500, 45)};
    const int layer =
        addLayer(db, QStringLiteral("kelurahan-boundaries"), QStringLiteral("boundaries"));
    addFeature(db, layer, QStringLiteral("kelurahan"), QStringLiteral("Hutumury"),
               {{QStringLiteral("kode"), QStringLiteral("81.71.05.2006")},
                {QStringLiteral("nama"), QStringLiteral("Hutumury")}},
               {{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                {QStringLiteral("coordinates"), QJsonArray{QJsonArray{line(square)}}}},
               square);
    // A kecamatan layer's polygons are not kelurahan boundaries.
    const int kecamatan =
        addLayer(db, QStringLiteral("kecamatan-boundaries"), QStringLiteral("boundaries"));
    addFeature(db, kecamatan, QStringLiteral("kecamatan"), QStringLiteral("Leitimur Selatan"),
               {{QStringLiteral("kode"), QStringLiteral("81.71.05")}},
               {{QStringLiteral("type"), QStringLiteral("Polygon")},
                {QStringLiteral("coordinates"), QJsonArray{line(square)}}},
               square);

    const CoverageAreaLoad load = RoadNetwork::loadCoverageAreas(db);
    REQUIRE_FALSE(load.error.isError());
    CHECK(load.areas.size() == 50);
    CHECK(load.withBoundary == 1);
    const auto found =
        std::find_if(load.areas.begin(), load.areas.end(), [](const CoverageArea &a) {
            return a.code == QLatin1String("81.71.05.2006");
        });
    REQUIRE(found != load.areas.end());
    CHECK(found->name == QLatin1String("Hutumury"));
    CHECK(found->kind == QLatin1String("desa"));
    REQUIRE(found->rings.size() == 1);
    CHECK(found->rings[0].size() == 5);
    CHECK(found->centroid.isValid());
}

TEST_CASE("the road network loads from the database in one call, and falls back to straight lines "
          "without roads")
{
    PgConnection db =
        pela::test::connect(TestCluster::instance().freshDatabase(TestCluster::Fleet::Demo));
    const SmallNetwork network;

    const RoadNetwork empty = RoadNetwork::load(db);
    REQUIRE_FALSE(empty.error.isError());
    CHECK(empty.layerId == 0);
    CHECK_FALSE(empty.router.hasRoads());
    CHECK(empty.coverage->areas().size() == 50);
    CHECK(empty.router.etasTo(network.a, {{1, network.b, QStringLiteral("ambulance_als")}})
              .etas[0]
              .note == EtaNote::NoRoads);

    const int layer = addLayer(db, QStringLiteral("roads"), QStringLiteral("roads"));
    addRoads(db, layer, network.features());
    setSetting(db, QStringLiteral("road_speeds_kmh"), R"({"trunk": 36, "residential": 18})");
    setSetting(db, QStringLiteral("road_snap_max_m"), R"("oops")");
    const RoadNetwork loaded = RoadNetwork::load(db);
    REQUIRE_FALSE(loaded.error.isError());
    CHECK(loaded.layerId == layer);
    CHECK(loaded.layerName == QLatin1String("roads"));
    CHECK(loaded.problems.size() == 1);
    REQUIRE(loaded.router.hasRoads());
    CHECK(loaded.router.settings().snapMaxMeters == 300);
    // A to the middle of B–D at 10 and 5 m/s, as in the database's speeds.
    const EtaBatch batch = loaded.router.etasTo(network.at(500, 1000),
                                                {{1, network.a, QStringLiteral("ambulance_als")}});
    CHECK(batch.etas[0].method == EtaMethod::Road);
    CHECK(batch.etas[0].seconds == Approx(200).margin(0.01));
    CHECK(loaded.coverage->areas().size() == 50);
}
