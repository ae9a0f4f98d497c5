// pela-admin import-map as an admin uses it: Ambon's real files go in whole, a re-import
// replaces its layer, and every kind of bad file is refused with its reason while the layer
// already there stays as it was.
#include "ambondata.h"
#include "commands/mapcommands.h"
#include "db/pgconnection.h"
#include "geo/mapimport.h"
#include "processrunner.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pela::core;
using namespace pela::test;

namespace {

// A small, valid land layer: one square around Ambon city.
const char *const SmallLand =
    R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Test"},
    "geometry":{"type":"Polygon","coordinates":[[[128.1,-3.75],[128.3,-3.75],[128.3,-3.6],
    [128.1,-3.6],[128.1,-3.75]]]}}]})";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

ProcessOutput importMap(const QString &conninfo, const QStringList &arguments)
{
    return runProgram(pelaAdminPath(),
                      QStringList{QStringLiteral("--db"), conninfo, QStringLiteral("import-map")} +
                          arguments);
}

QString scalar(PgConnection &db, const char *sql, const SqlParams &params = {})
{
    const PgResult result = db.exec(sql, params);
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.rowCount() == 1);
    return result.text(0, 0);
}

QByteArray collectionOf(const QByteArray &features)
{
    return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}

QByteArray feature(const QByteArray &geometry, const QByteArray &properties = "{}")
{
    return R"({"type":"Feature","properties":)" + properties + R"(,"geometry":)" + geometry + "}";
}

const QByteArray Line = R"({"type":"LineString","coordinates":[[128.18,-3.69],[128.19,-3.70]]})";
const QByteArray Square =
    R"({"type":"Polygon","coordinates":[[[128.1,-3.7],[128.2,-3.7],[128.2,-3.6],[128.1,-3.7]]]})";

} // namespace

TEST_CASE("Ambon's four real map files import whole, with classes, names and properties kept")
{
    const QString directory = ambonDataDirectory();
    if (directory.isEmpty()) {
        WARN("skipped: Ambon's map data is not in PELA_SHARED_DATA (../shared/data/ambon)");
        return;
    }
    const AmbonMapFiles files = ambonMapFiles(directory);
    const QString conninfo = TestCluster::instance().freshDatabase();
    for (const QString &path : files.all()) {
        const ProcessOutput result = importMap(conninfo, {path});
        INFO(path.toStdString() << "\n" << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.startsWith(QStringLiteral("Imported map layer")));
        CHECK(result.err.isEmpty());
    }
    PgConnection db = connect(conninfo);
    const PgResult layers = db.exec("SELECT name, kind, feature_count, version, attribution,"
                                    " (SELECT count(*) FROM map_features f WHERE f.layer_id = l.id)"
                                    " AS stored FROM map_layers l ORDER BY name");
    REQUIRE(layers.rowCount() == 4);
    QHash<QString, int> row;
    for (int i = 0; i < layers.rowCount(); ++i)
        row.insert(layers.text(i, "name"), i);
    const int roads = row.value(QStringLiteral("roads-osm-2025-09-17"), -1);
    const int land = row.value(QStringLiteral("island-land"), -1);
    const int kelurahan = row.value(QStringLiteral("kelurahan-boundaries"), -1);
    const int kecamatan = row.value(QStringLiteral("kecamatan-boundaries"), -1);
    REQUIRE((roads >= 0 && land >= 0 && kelurahan >= 0 && kecamatan >= 0));
    CHECK(layers.text(roads, "kind") == QStringLiteral("roads"));
    CHECK(layers.toInt(roads, "stored") == 5848);
    CHECK(layers.toInt(roads, "feature_count") == 5848);
    CHECK(layers.text(roads, "attribution") == QStringLiteral("© OpenStreetMap contributors"));
    CHECK(layers.text(land, "kind") == QStringLiteral("land"));
    CHECK(layers.toInt(land, "stored") == 1);
    CHECK(layers.text(kelurahan, "kind") == QStringLiteral("boundaries"));
    CHECK(layers.toInt(kelurahan, "stored") == 50);
    CHECK(layers.text(kecamatan, "kind") == QStringLiteral("boundaries"));
    CHECK(layers.toInt(kecamatan, "stored") == 5);

    // Roads: class is the OSM highway value, the properties stay readable for routing.
    CHECK(scalar(db, "SELECT count(*) FROM map_features WHERE class = 'trunk'") ==
          QStringLiteral("222"));
    CHECK(scalar(db, "SELECT count(*) FROM map_features WHERE class = 'residential'") ==
          QStringLiteral("3728"));
    CHECK(scalar(db,
                 "SELECT count(*) FROM map_features f JOIN map_layers l ON l.id = f.layer_id"
                 " WHERE l.kind = 'roads' AND f.properties ? 'oneway'") == QStringLiteral("324"));
    CHECK(scalar(db, "SELECT count(*) FROM map_features WHERE name = 'Jalan Slamet Riyadi'"
                     " AND class = 'primary' AND geometry ->> 'type' = 'LineString'") !=
          QStringLiteral("0"));
    CHECK(scalar(db, "SELECT properties ->> '@id' FROM map_features WHERE class = 'secondary'"
                     " ORDER BY id LIMIT 1") == QStringLiteral("way/44131948"));
    // Every bounding box lies on Ambon and holds its geometry's first point.
    CHECK(scalar(db, "SELECT count(*) FROM map_features WHERE min_lat < -3.9 OR max_lat > -3.4"
                     " OR min_lon < 127.9 OR max_lon > 128.4 OR min_lat > max_lat"
                     " OR min_lon > max_lon") == QStringLiteral("0"));
    CHECK(scalar(db, "SELECT count(*) FROM map_features WHERE class <> 'land'"
                     " AND geometry ->> 'type' = 'LineString' AND NOT ("
                     " (geometry #>> '{coordinates,0,0}')::float8 BETWEEN min_lon AND max_lon AND"
                     " (geometry #>> '{coordinates,0,1}')::float8 BETWEEN min_lat AND max_lat)") ==
          QStringLiteral("0"));
    // Boundaries: kelurahan and kecamatan told apart, named by nama.
    CHECK(scalar(db, "SELECT count(*) FROM map_features WHERE class = 'kelurahan'") ==
          QStringLiteral("50"));
    CHECK(scalar(db, "SELECT string_agg(name, ',' ORDER BY name) FROM map_features"
                     " WHERE class = 'kecamatan'") ==
          QStringLiteral("Baguala,Leitimur Selatan,Nusaniwe,Sirimau,Teluk Ambon"));
    CHECK(scalar(db, "SELECT properties ->> 'kode' FROM map_features WHERE class = 'kelurahan'"
                     " AND name = 'Benteng'") == QStringLiteral("81.71.01.1008"));
    // One event per import, belonging to no case.
    CHECK(scalar(db, "SELECT count(*) FROM case_events WHERE kind = 'map_layer_imported'"
                     " AND case_id IS NULL") == QStringLiteral("4"));
    CHECK(scalar(db,
                 "SELECT payload ->> 'features' FROM case_events"
                 " WHERE kind = 'map_layer_imported' AND payload ->> 'layer' = $1",
                 {QStringLiteral("roads-osm-2025-09-17")}) == QStringLiteral("5848"));
}

TEST_CASE("importing a layer again replaces it whole and bumps its version")
{
    QTemporaryDir dir;
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    const QString first = writeFile(dir, QStringLiteral("streets.geojson"),
                                    collectionOf(feature(Line, R"({"highway":"trunk"})") + "," +
                                                 feature(Line, R"({"highway":"service"})")));
    REQUIRE(importMap(conninfo, {first}).exitCode == 0);
    PgConnection db = connect(conninfo);
    const QString layerId = scalar(db, "SELECT id FROM map_layers WHERE name = 'streets'");

    const QString second = writeFile(
        dir, QStringLiteral("streets-new.geojson"),
        collectionOf(feature(Line, R"({"highway":"primary","name":"Jalan Baru","oneway":"yes"})")));
    const ProcessOutput replaced =
        importMap(conninfo, {second, QStringLiteral("--layer"), QStringLiteral("streets")});
    INFO(replaced.err.toStdString());
    REQUIRE(replaced.exitCode == 0);
    CHECK(replaced.out.contains(QStringLiteral("replacing 2")));
    // The same layer row (consoles and routing keep their id), its features all new.
    CHECK(scalar(db, "SELECT id FROM map_layers WHERE name = 'streets'") == layerId);
    CHECK(scalar(db, "SELECT version FROM map_layers WHERE name = 'streets'") ==
          QStringLiteral("2"));
    CHECK(scalar(db, "SELECT string_agg(class || ':' || name || ':' ||"
                     " (properties ->> 'oneway'), ',') FROM map_features") ==
          QStringLiteral("primary:Jalan Baru:yes"));
    CHECK(scalar(db, "SELECT count(*) FROM map_layers") == QStringLiteral("1"));
}

TEST_CASE("every group role that reads the map may read the map tables; only an admin imports")
{
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    QTemporaryDir dir;
    REQUIRE(
        importMap(conninfo, {writeFile(dir, QStringLiteral("land.geojson"), SmallLand)}).exitCode ==
        0);
    PgConnection db = connect(conninfo);
    for (const char *role : {"pela_call_taker", "pela_dispatcher", "pela_shift_lead", "pela_admin",
                             "pela_hospital", "pela_avl"}) {
        INFO(role);
        REQUIRE(db.exec(QStringLiteral("SET ROLE %1").arg(QLatin1String(role))).ok());
        const PgResult read =
            db.exec("SELECT count(*) FROM map_features f JOIN map_layers l ON l.id = f.layer_id");
        INFO(read.error().fullText().toStdString());
        CHECK(read.ok());
        REQUIRE(db.exec("RESET ROLE").ok());
    }
    // A dispatcher's import is refused by the database, and says so.
    REQUIRE(db.exec("SET ROLE pela_dispatcher").ok());
    const MapImportRead read = MapImport::read(SmallLand, QStringLiteral("land.geojson"));
    REQUIRE(read.ok());
    const CommandResult refused = MapCommands(db).importLayer(*read.layer);
    CHECK(refused.status == CommandResult::Status::Invalid);
    CHECK(refused.message.contains(QStringLiteral("role does not allow")));
    REQUIRE(db.exec("RESET ROLE").ok());
    CHECK(scalar(db, "SELECT version FROM map_layers WHERE name = 'land'") == QStringLiteral("1"));
}

TEST_CASE("bad map files are refused with the reason, exit 2, and the old layer stays")
{
    QTemporaryDir dir;
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    REQUIRE(
        importMap(conninfo, {writeFile(dir, QStringLiteral("land.geojson"), SmallLand)}).exitCode ==
        0);
    PgConnection db = connect(conninfo);
    const QString before =
        scalar(db, "SELECT l.version || ':' || count(f.id) || ':' || min(f.id) FROM map_layers l"
                   " JOIN map_features f ON f.layer_id = l.id GROUP BY l.id");

    // 50 MB of random bytes, and 50 MB of text that starts like JSON and then is not.
    QByteArray random(50 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(112);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    random[0] = 'x';
    const QByteArray braced = "{" + QByteArray(50 * 1024 * 1024, 'x');

    struct BadFile
    {
        const char *name;
        QByteArray content;
        QStringList options;
        const char *reason;
    };
    const QList<BadFile> badFiles = {
        {"garbage.bin", random, {}, "does not start with a JSON object"},
        {"garbage-braced.json", braced, {}, "not GeoJSON"},
        {"empty.geojson", "", {}, "the file is empty"},
        {"not-json.geojson", "{\"type\": \"FeatureCollection\", features: [", {}, "not GeoJSON"},
        {"array.geojson", "[1, 2, 3]", {}, "does not start with a JSON object"},
        {"truncated.geojson",
         collectionOf(feature(Line, R"({"highway":"trunk"})")).chopped(3),
         {},
         "not GeoJSON"},
        {"feature.geojson", feature(Square), {}, "not a FeatureCollection"},
        {"no-features.geojson", R"({"type":"FeatureCollection","features":[]})", {}, "0 features"},
        {"point.geojson",
         collectionOf(feature(R"({"type":"Point","coordinates":[128.1,-3.7]})")),
         {},
         "is a Point"},
        {"no-geometry.geojson",
         collectionOf(R"({"type":"Feature","properties":{}})"),
         {},
         "has no geometry"},
        {"swapped.geojson",
         collectionOf(
             feature(R"({"type":"LineString","coordinates":[[-3.69,128.18],[-3.70,128.19]]})",
                     R"({"highway":"trunk"})")),
         {},
         "outside longitude"},
        {"huge-number.geojson",
         collectionOf(feature(R"({"type":"LineString","coordinates":[[1e999,-3.7],[128.1,-3.7]]})",
                              R"({"highway":"trunk"})")),
         {},
         "not GeoJSON"},
        {"string-coordinate.geojson",
         collectionOf(
             feature(R"({"type":"LineString","coordinates":[["128.1","-3.7"],[128.1,-3.7]]})",
                     R"({"highway":"trunk"})")),
         {},
         "not [longitude, latitude]"},
        {"one-point-line.geojson",
         collectionOf(feature(R"({"type":"LineString","coordinates":[[128.1,-3.7]]})",
                              R"({"highway":"trunk"})")),
         {},
         "at least 2 positions"},
        {"open-ring.geojson",
         collectionOf(feature(R"({"type":"Polygon","coordinates":[[[128.1,-3.7],[128.2,-3.7]]]})")),
         {},
         "at least 4 positions"},
        {"roads-without-class.geojson", collectionOf(feature(Line)), {}, "no \"highway\""},
        {"mixed.geojson",
         collectionOf(feature(Line, R"({"highway":"trunk"})") + "," + feature(Square)),
         {},
         "either lines or polygons"},
        {"polygon-as-roads.geojson",
         collectionOf(feature(Square)),
         {QStringLiteral("--kind"), QStringLiteral("roads")},
         "a roads layer holds LineStrings"},
        {"lines-as-land.geojson",
         collectionOf(feature(Line, R"({"highway":"trunk"})")),
         {QStringLiteral("--kind"), QStringLiteral("land")},
         "a land layer holds Polygons"},
        {"unknown-boundary.geojson",
         collectionOf(feature(Square, R"({"nama":"Somewhere"})")),
         {QStringLiteral("--kind"), QStringLiteral("boundaries")},
         "kelurahan or a kecamatan"},
    };
    for (const BadFile &bad : badFiles) {
        const QString path = writeFile(dir, QString::fromLatin1(bad.name), bad.content);
        // Every bad file aims at the existing layer: none may touch it.
        const ProcessOutput result = importMap(
            conninfo,
            QStringList{path, QStringLiteral("--layer"), QStringLiteral("land")} + bad.options);
        INFO(bad.name << ": " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String(bad.reason)));
        CHECK(result.err.contains(QStringLiteral("no map layer was changed")));
        CHECK(result.err.count(QLatin1Char('\n')) == 1);
    }
    const ProcessOutput missing =
        importMap(conninfo, {dir.filePath(QStringLiteral("nowhere.geojson"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    const ProcessOutput badKind =
        importMap(conninfo, {dir.filePath(QStringLiteral("land.geojson")), QStringLiteral("--kind"),
                             QStringLiteral("sea")});
    CHECK(badKind.exitCode == 2);
    CHECK(badKind.err.contains(QStringLiteral("roads, land or boundaries")));

    CHECK(scalar(db, "SELECT l.version || ':' || count(f.id) || ':' || min(f.id) FROM map_layers l"
                     " JOIN map_features f ON f.layer_id = l.id GROUP BY l.id") == before);
    CHECK(scalar(db, "SELECT count(*) FROM case_events WHERE kind = 'map_layer_imported'") ==
          QStringLiteral("1"));
}

TEST_CASE("the kind is told from geometry and properties; class and attribution follow it")
{
    SECTION("lines with an OSM highway class are roads, drawn with the OSM attribution")
    {
        const MapImportRead read = MapImport::read(
            collectionOf(feature(Line, R"({"highway":"trunk","name":"Jalan Pattimura"})")),
            QStringLiteral("jalan.geojson"));
        REQUIRE(read.ok());
        CHECK(read.layer->kind == MapLayerKind::Roads);
        CHECK(read.layer->name == QStringLiteral("jalan"));
        CHECK(read.layer->features[0].featureClass == QStringLiteral("trunk"));
        CHECK(read.layer->features[0].name == QStringLiteral("Jalan Pattimura"));
        CHECK(read.layer->attribution == openStreetMapAttribution());
    }
    SECTION("polygons with codes are boundaries, classed by level, code depth or layer name")
    {
        const MapImportRead read = MapImport::read(
            collectionOf(feature(Square, R"({"kode":"81.71.01","nama":"Nusaniwe"})") + "," +
                         feature(Square, R"({"kode":"81.71.01.1008","nama":"Benteng"})") + "," +
                         feature(Square, R"({"level":"kecamatan","nama":"Sirimau"})") + "," +
                         feature(Square, R"({"nama":"Hative Besar"})")),
            QStringLiteral("desa-ambon.geojson"));
        REQUIRE(read.ok());
        CHECK(read.layer->kind == MapLayerKind::Boundaries);
        QStringList classes;
        for (const MapFeatureImport &f : read.layer->features)
            classes << f.featureClass + QLatin1Char(':') + f.name;
        CHECK(classes == QStringList{QStringLiteral("kecamatan:Nusaniwe"),
                                     QStringLiteral("kelurahan:Benteng"),
                                     QStringLiteral("kecamatan:Sirimau"),
                                     QStringLiteral("kelurahan:Hative Besar")});
        CHECK(read.layer->attribution.isEmpty());
    }
    SECTION("polygons without administrative properties are land")
    {
        const MapImportRead read = MapImport::read(SmallLand, QStringLiteral("island.geojson"));
        REQUIRE(read.ok());
        CHECK(read.layer->kind == MapLayerKind::Land);
        CHECK(read.layer->features[0].minLat == Approx(-3.75));
        CHECK(read.layer->features[0].maxLon == Approx(128.3));
    }
    SECTION("an OpenStreetMap source is attributed whatever the kind")
    {
        const MapImportRead read =
            MapImport::read(R"({"type":"FeatureCollection","source":"OpenStreetMap coastline",)"
                            R"("features":[)" +
                                feature(Square) + "]}",
                            QStringLiteral("coast.geojson"));
        REQUIRE(read.ok());
        CHECK(read.layer->kind == MapLayerKind::Land);
        CHECK(read.layer->attribution == openStreetMapAttribution());
    }
}
