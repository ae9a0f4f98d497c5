// The map's geometry in core: Web Mercator and the viewport (round trips, zoom around the
// pointer), hit testing, the spatial index, and the shared map data that every console loads
// and reloads when an admin imports a layer.
#include "ambondata.h"
#include "commands/mapcommands.h"
#include "geo/hittest.h"
#include "geo/mapdata.h"
#include "geo/mapdataloader.h"
#include "geo/maplayerstore.h"
#include "geo/projection.h"
#include "geo/spatialgrid.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "testcluster.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace pela::core;
using namespace pela::test;

namespace {

// Balai Kota Ambon, the city's 112 post.
const QGeoCoordinate CityHall(-3.69580, 128.18150);

MapLayerImport layerOf(const QByteArray &json, const QString &name)
{
    const MapImportRead read = MapImport::read(json, name + QStringLiteral(".geojson"));
    INFO(read.error.toStdString());
    REQUIRE(read.ok());
    return *read.layer;
}

QByteArray roadsJson(const QString &name)
{
    return QStringLiteral(
               R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
               R"("properties":{"highway":"trunk","name":"%1"},"geometry":)"
               R"({"type":"LineString","coordinates":[[128.18,-3.69],[128.19,-3.70]]}}]})")
        .arg(name)
        .toUtf8();
}

} // namespace

TEST_CASE("Web Mercator round trips a coordinate to world and back")
{
    QRandomGenerator generator(8);
    for (int i = 0; i < 2000; ++i) {
        const double lat = generator.bounded(2 * 85.0) - 85.0;
        const double lon = generator.bounded(360.0) - 180.0;
        const QGeoCoordinate back = mercator::toCoordinate(mercator::toWorld(lat, lon));
        INFO(lat << ", " << lon);
        REQUIRE(back.latitude() == Approx(lat).margin(1e-9));
        REQUIRE(back.longitude() == Approx(lon).margin(1e-9));
    }
    // Known points: the null island is the centre; north is up (smaller y).
    CHECK(mercator::toWorld(0, 0).x() == Approx(0.5));
    CHECK(mercator::toWorld(0, 0).y() == Approx(0.5));
    CHECK(mercator::toWorld(10, 0).y() < 0.5);
    CHECK(mercator::toWorld(0, 90).x() == Approx(0.75));
    // Poles clamp to the square's edges instead of running to infinity.
    CHECK(mercator::toWorld(90, 0).y() == Approx(0).margin(1e-9));
    CHECK(mercator::toWorld(-90, 0).y() == Approx(1).margin(1e-9));
}

TEST_CASE("the viewport maps screen pixels to coordinates and back at every zoom")
{
    for (double zoom = MapViewport::MinZoom; zoom <= MapViewport::MaxZoom; zoom += 1.25) {
        MapViewport viewport(mercator::toWorld(CityHall), zoom, QSizeF(1366, 768));
        INFO("zoom " << zoom);
        for (const QPointF screen : {QPointF(0, 0), QPointF(683, 384), QPointF(1365.5, 767.25)}) {
            const QGeoCoordinate coordinate = viewport.toCoordinate(screen);
            const QPointF back = viewport.toScreen(coordinate);
            CHECK(back.x() == Approx(screen.x()).margin(1e-6));
            CHECK(back.y() == Approx(screen.y()).margin(1e-6));
        }
        // The centre is on screen within a pixel (the origin sits on whole pixels).
        const QPointF centre = viewport.toScreen(CityHall);
        CHECK(std::abs(centre.x() - 683) <= 0.5 + 1e-9);
        CHECK(std::abs(centre.y() - 384) <= 0.5 + 1e-9);
        CHECK(viewport.originPixel().x() == std::round(viewport.originPixel().x()));
    }
}

TEST_CASE("zooming keeps the point under the pointer; panning moves the map with it")
{
    MapViewport viewport(mercator::toWorld(CityHall), 14, QSizeF(1920, 1080));
    const QPointF pointer(300, 200);
    const QGeoCoordinate under = viewport.toCoordinate(pointer);
    viewport.zoomAround(pointer, 15.5);
    CHECK(viewport.zoom() == 15.5);
    const QPointF after = viewport.toScreen(under);
    CHECK(after.x() == Approx(pointer.x()).margin(1.0));
    CHECK(after.y() == Approx(pointer.y()).margin(1.0));

    const QPointF before = viewport.toScreen(CityHall);
    viewport.panBy(QPointF(120, -40));
    const QPointF moved = viewport.toScreen(CityHall);
    CHECK(moved.x() - before.x() == Approx(120).margin(1.0));
    CHECK(moved.y() - before.y() == Approx(-40).margin(1.0));

    // Zoom stays within its range and on its steps; a metre per pixel shrinks as one zooms in.
    viewport.setZoom(40);
    CHECK(viewport.zoom() == MapViewport::MaxZoom);
    viewport.setZoom(13.3);
    CHECK(viewport.zoom() == 13.25);
    const double coarse = viewport.metresPerPixel();
    viewport.setZoom(14.25);
    CHECK(viewport.metresPerPixel() == Approx(coarse / 2));
    // At zoom 16 near the equator a pixel is about 2.4 m.
    viewport.setZoom(16);
    CHECK(viewport.metresPerPixel() == Approx(2.38).margin(0.02));
}

TEST_CASE("fitting a region shows all of it")
{
    const QRectF ambon(mercator::toWorld(-3.60, 128.05),
                       mercator::toWorld(-3.80, 128.32)); // top-left, bottom-right
    MapViewport viewport({0.5, 0.5}, 3, QSizeF(1366, 768));
    viewport.fit(ambon.normalized(), 0);
    const QRectF visible = viewport.visibleWorld();
    CHECK(visible.contains(ambon.normalized()));
    // Not absurdly far out: one zoom step more would not fit any more.
    MapViewport closer = viewport;
    closer.setZoom(viewport.zoom() + MapViewport::ZoomQuantum);
    CHECK_FALSE(closer.visibleWorld().contains(ambon.normalized()));
}

TEST_CASE("hit testing finds segments, polygons and the nearest marker")
{
    using namespace geometry;
    CHECK(distanceToSegment({5, 5}, {0, 0}, {10, 0}) == Approx(5));
    CHECK(distanceToSegment({-3, 4}, {0, 0}, {10, 0}) == Approx(5)); // beyond an end
    CHECK(distanceToSegment({1, 1}, {0, 0}, {0, 0}) == Approx(std::sqrt(2.0)));
    CHECK(distanceToPolyline({10, 6}, {{0, 0}, {10, 0}, {10, 10}}) == Approx(0));
    CHECK(distanceToPolyline({12, 5}, {{0, 0}, {10, 0}, {10, 10}}) == Approx(2));

    const QList<QList<QPointF>> squareWithHole = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
                                                  {{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}}};
    CHECK(polygonContains(squareWithHole, {2, 2}));
    CHECK_FALSE(polygonContains(squareWithHole, {5, 5})); // in the hole
    CHECK_FALSE(polygonContains(squareWithHole, {11, 5}));

    const QList<Target> markers = {{{100, 100}, 10}, {{108, 100}, 10}, {{300, 300}, 30}};
    CHECK(nearestTarget(markers, {101, 100}) == 0);
    CHECK(nearestTarget(markers, {106, 101}) == 1);
    CHECK(nearestTarget(markers, {104, 100}) == 1); // a tie goes to the one drawn on top
    CHECK(nearestTarget(markers, {320, 310}) == 2);
    CHECK_FALSE(nearestTarget(markers, {200, 200}).has_value());
}

TEST_CASE("the spatial grid returns exactly the items meeting an area")
{
    QRandomGenerator generator(3);
    QList<QRectF> items;
    for (int i = 0; i < 3000; ++i) {
        const QPointF corner(generator.bounded(1000.0), generator.bounded(1000.0));
        // Some are lines along an axis (zero width), as north-south roads are.
        const QSizeF size(i % 7 == 0 ? 0 : generator.bounded(30.0), generator.bounded(30.0));
        items.append(QRectF(corner, size));
    }
    const SpatialGrid grid(QRectF(0, 0, 1030, 1030), items);
    for (int probe = 0; probe < 200; ++probe) {
        const QRectF area(generator.bounded(1000.0), generator.bounded(1000.0),
                          generator.bounded(200.0), generator.bounded(200.0));
        QList<int> expected;
        for (int i = 0; i < items.size(); ++i)
            if (items[i].left() <= area.right() && items[i].right() >= area.left() &&
                items[i].top() <= area.bottom() && items[i].bottom() >= area.top())
                expected.append(i);
        REQUIRE(grid.query(area) == expected);
    }
    // One straight east-west road: a layer without height still finds its road.
    const SpatialGrid line(QRectF(QPointF(0, 5), QPointF(10, 5)),
                           {QRectF(QPointF(0, 5), QPointF(10, 5))});
    CHECK(line.query(QRectF(4, 4, 2, 2)) == QList<int>{0});
    CHECK(line.query(QRectF(4, 6, 2, 2)).isEmpty());
}

TEST_CASE("the map data of Ambon's real files: every road on the island, kelurahan found by point")
{
    if (ambonDataDirectory().isEmpty()) {
        WARN("skipped: Ambon's map data is not in PELA_SHARED_DATA (../shared/data/ambon)");
        return;
    }
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    REQUIRE(importAmbonMap(conninfo).isEmpty());
    PgConnection db = connect(conninfo);
    const MapLoad load = loadMapData(db, nullptr);
    REQUIRE(load.ok());
    const MapData &data = *load.data;
    REQUIRE(data.layers.size() == 4);
    const QList<const MapLayer *> roads = data.layersOf(MapLayerKind::Roads);
    REQUIRE(roads.size() == 1);
    CHECK(roads.first()->features.size() == 5848);
    CHECK(data.attributions().contains(QStringLiteral("© OpenStreetMap contributors")));
    // The roads lie on the island.
    const MapLayer *land = data.layersOf(MapLayerKind::Land).first();
    CHECK(land->bounds.contains(roads.first()->bounds.center()));
    // Benteng holds its own centroid; the sea off Ambon is in no kelurahan.
    const MapFeature *benteng =
        data.boundaryAt(mercator::toWorld(-3.712514, 128.162667), QStringLiteral("kelurahan"));
    REQUIRE(benteng);
    CHECK(benteng->name == QStringLiteral("Benteng"));
    const MapFeature *sirimau =
        data.boundaryAt(mercator::toWorld(CityHall), QStringLiteral("kecamatan"));
    REQUIRE(sirimau);
    CHECK(sirimau->name == QStringLiteral("Sirimau"));
    CHECK(data.boundaryAt(mercator::toWorld(-3.85, 128.15), QStringLiteral("kelurahan")) ==
          nullptr); // the Banda Sea, south of the island
    // The gazetteer's reference points come along (for names when no boundaries exist).
    CHECK(data.places.size() >= 55);
}

TEST_CASE("each console reloads the map when an admin imports a layer, without a restart")
{
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    LiveState state;
    LiveSync sync(&state);
    MapLayerStore store;
    store.follow(&sync);
    QSignalSpy changed(&store, &MapLayerStore::dataChanged);
    store.setConninfo(conninfo);
    REQUIRE(sync.start(conninfo));
    REQUIRE(QTest::qWaitFor([&] { return sync.isOnline() && store.hasLoaded(); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !store.isLoading(); }, 10000));
    // No layer yet: the reference points only.
    CHECK(store.data()->isEmpty());
    CHECK(store.data()->places.size() >= 55);

    PgConnection admin = connect(conninfo);
    MapCommands commands(admin);
    REQUIRE(
        commands
            .importLayer(layerOf(roadsJson(QStringLiteral("Jalan Lama")), QStringLiteral("roads")))
            .ok());
    REQUIRE(QTest::qWaitFor([&] { return !store.data()->isEmpty() && !store.isLoading(); }, 10000));
    CHECK(store.data()->layers.first().features.first().name == QStringLiteral("Jalan Lama"));
    const MapDataPtr first = store.data();

    // Replacing the layer reaches the console through the layer row's notification.
    REQUIRE(
        commands
            .importLayer(layerOf(roadsJson(QStringLiteral("Jalan Baru")), QStringLiteral("roads")))
            .ok());
    REQUIRE(QTest::qWaitFor([&] { return store.data() != first && !store.isLoading(); }, 10000));
    REQUIRE(store.data()->layers.size() == 1);
    CHECK(store.data()->layers.first().version == 2);
    CHECK(store.data()->layers.first().features.first().name == QStringLiteral("Jalan Baru"));

    // Deleting a layer (an admin in psql) removes it from the map too.
    const int before = int(changed.size());
    REQUIRE(admin.exec("DELETE FROM map_layers").ok());
    REQUIRE(QTest::qWaitFor([&] { return store.data()->isEmpty(); }, 10000));
    CHECK(changed.size() == before + 1);
}

TEST_CASE("a reload with no layer changed keeps the data already projected")
{
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    PgConnection db = connect(conninfo);
    REQUIRE(MapCommands(db)
                .importLayer(layerOf(roadsJson(QStringLiteral("Jalan")), QStringLiteral("roads")))
                .ok());
    const MapLoad first = loadMapData(db, nullptr);
    REQUIRE(first.ok());
    const MapLoad again = loadMapData(db, first.data);
    REQUIRE(again.ok());
    CHECK(again.unchanged);
    CHECK(again.data == first.data);
}
