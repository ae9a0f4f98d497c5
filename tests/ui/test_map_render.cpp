// The map's renderer painting into a QImage, checked pixel by pixel at known places: sea and
// land, a trunk road, hospitals by ER status (an approximate location drawn as such, an unknown
// one left off), units by status (out of service greyed, stale faded), a P1 waiting too long
// ringed in red, the selected case's lines, the OSM attribution; and a moving ambulance
// repainting its own pixels only, to the same image a full repaint gives.
#include "ambondata.h"
#include "geo/hittest.h"
#include "geo/mapdataloader.h"
#include "livetableproxymodel.h"
#include "map/maprenderer.h"
#include "map/mapstyle.h"
#include "mapfixture.h"
#include "testcluster.h"

#include <QRegion>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace pela;
using namespace pela::test;
using Kind = ui::OverlayKey::Kind;

namespace {

bool reddish(const QColor &c)
{
    return c.red() > 170 && c.green() < 90 && c.blue() < 90;
}

} // namespace

TEST_CASE("the map paints sea, land and a trunk road where they are")
{
    MapFixture fixture;
    fixture.view.setLayers({true, true, true, false, false, false, false});
    const QImage image = fixture.render();
    if (qEnvironmentVariableIsSet("MAP_TEST_DUMP"))
        image.save(QStringLiteral("/tmp/map-fixture.png"));
    // West of the coast the sea, east of it the land (away from the road and the boundary).
    CHECK(near(pixel(image, fixture.screenOf({-3.6880, 128.1660})), ui::mapstyle::Sea));
    CHECK(near(pixel(image, fixture.screenOf({-3.6880, 128.1950})), ui::mapstyle::Land));
    // The trunk road's middle has its fill colour at this zoom (outlined from zoom 15 on).
    const QPointF road = fixture.screenOf({RoadLatitude, 128.1800});
    CHECK(near(pixel(image, road), ui::mapstyle::roadStyle(QStringLiteral("trunk")).fill));
    // Its outline is darker, a few pixels to the side.
    const double width =
        ui::mapstyle::roadWidth(ui::mapstyle::roadStyle(QStringLiteral("trunk")), 15);
    int darkest = 255;
    for (int dy = int(width / 2); dy <= int(width / 2) + 3; ++dy)
        darkest = std::min(darkest, pixel(image, road + QPointF(0, dy)).lightness());
    CHECK(darkest < ui::mapstyle::roadStyle(QStringLiteral("trunk")).fill.lightness() - 30);
    // Nothing is left unpainted.
    CHECK(image.pixelColor(0, 0) != QColor(Qt::magenta));
    CHECK(image.pixelColor(799, 599) != QColor(Qt::magenta));
}

TEST_CASE("hospitals show their ER status; an approximate one its area, an unknown one nothing")
{
    MapFixture fixture;
    const QImage image = fixture.render();
    const QPointF open = fixture.itemCentre(Kind::Hospital, MapFixture::OpenHospital);
    REQUIRE(open.x() > 0);
    // Corner of the marker, clear of the "H".
    CHECK(near(pixel(image, open + QPointF(-7, -7)),
               ui::LiveTableProxyModel::erStatusColours(QStringLiteral("open")).background));
    const QPointF diverting = fixture.itemCentre(Kind::Hospital, MapFixture::DivertingHospital);
    CHECK(near(pixel(image, diverting + QPointF(-7, -7)),
               ui::LiveTableProxyModel::erStatusColours(QStringLiteral("diverting")).background));
    // ±300 m at zoom 15 is a disc of about 63 px, tinted with the status colour.
    const ui::OverlayItem *approximate =
        fixture.view.layout().find({Kind::Hospital, MapFixture::DivertingHospital});
    REQUIRE(approximate);
    CHECK(approximate->has(ui::OverlayItem::Approximate));
    CHECK(approximate->uncertainty == Approx(300 / fixture.view.viewport().metresPerPixel()));
    CHECK(approximate->label.startsWith(QStringLiteral("≈")));
    const QColor insideDisc = pixel(image, diverting + QPointF(0, 40));
    const QColor plainLand = ui::mapstyle::Land;
    CHECK_FALSE(near(insideDisc, plainLand, 3));
    CHECK(insideDisc.red() >= insideDisc.green()); // towards the diverting red
    // The hospital whose location is unknown is not invented somewhere on the map.
    CHECK(fixture.view.layout().find({Kind::Hospital, MapFixture::UnknownHospital}) == nullptr);
}

TEST_CASE("units show their status; out of service greyed, a stale position faded")
{
    MapFixture fixture;
    const QImage image = fixture.render();
    // Above the glyph, inside the circle.
    const QPointF dispatched = fixture.itemCentre(Kind::Unit, MapFixture::DispatchedUnit);
    const QColor busy =
        ui::LiveTableProxyModel::unitStatusColours(QStringLiteral("dispatched")).background;
    CHECK(near(pixel(image, dispatched + QPointF(0, -6)), busy));
    // The marker stands where the unit is.
    const QPointF where = fixture.screenOf({-3.6990, 128.1860});
    CHECK(core::geometry::distanceToSegment(dispatched, where, where) <= 1.0);

    const QColor greyed =
        pixel(image, fixture.itemCentre(Kind::Unit, MapFixture::OutOfServiceUnit) + QPointF(0, -6));
    CHECK(std::abs(greyed.red() - greyed.green()) < 12);
    CHECK(std::abs(greyed.green() - greyed.blue()) < 12);
    CHECK(greyed.lightness() > QColor(0x75, 0x75, 0x75).lightness()); // faded, not solid grey

    const ui::OverlayItem *stale = fixture.view.layout().find({Kind::Unit, MapFixture::StaleUnit});
    REQUIRE(stale);
    CHECK(stale->has(ui::OverlayItem::Stale));
    CHECK(stale->label == QStringLiteral("AMB-S"));
    const QColor faded = pixel(image, stale->centre + QPointF(0, -6));
    const QColor enRoute =
        ui::LiveTableProxyModel::unitStatusColours(QStringLiteral("en_route")).background;
    CHECK_FALSE(near(faded, enRoute, 10));
    CHECK(faded.lightness() > enRoute.lightness());
}

TEST_CASE("a P1 case waiting over a minute without a unit is ringed in red; others are not")
{
    MapFixture fixture;
    const QImage image = fixture.render();
    const ui::OverlayItem *waiting =
        fixture.view.layout().find({Kind::Case, MapFixture::WaitingP1});
    REQUIRE(waiting);
    CHECK(waiting->has(ui::OverlayItem::Alert));
    CHECK(waiting->label.contains(QStringLiteral("no unit for 5 min")));
    CHECK(reddish(pixel(image, waiting->centre + QPointF(0, -15))));
    const ui::OverlayItem *served = fixture.view.layout().find({Kind::Case, MapFixture::ServedP3});
    REQUIRE(served);
    CHECK_FALSE(served->has(ui::OverlayItem::Alert));
    CHECK(near(pixel(image, served->centre + QPointF(0, -9)),
               ui::LiveTableProxyModel::priorityColours(3).background));
    CHECK_FALSE(reddish(pixel(image, served->centre + QPointF(0, -15))));

    // Under a minute it is a plain P1 marker.
    fixture.now = fixture.state.findCase(MapFixture::WaitingP1)->openedAt.addSecs(50);
    fixture.view.refreshOverlay();
    CHECK_FALSE(fixture.view.layout()
                    .find({Kind::Case, MapFixture::WaitingP1})
                    ->has(ui::OverlayItem::Alert));
}

TEST_CASE("a waiting P1 out of sight gets a badge at the edge that points at it")
{
    MapFixture fixture;
    core::MapViewport viewport = fixture.view.viewport();
    viewport.setCentre(QGeoCoordinate(-3.6700, 128.2100)); // the case is south-west, off screen
    fixture.view.setViewport(viewport);
    const ui::OverlayItem *badge =
        fixture.view.layout().find({Kind::EdgeAlert, MapFixture::WaitingP1});
    REQUIRE(badge);
    const QRectF screen(QPointF(0, 0), viewport.size());
    CHECK(screen.contains(badge->centre));
    CHECK(badge->centre.y() > screen.height() / 2); // towards the south
    // Clicking it goes there and selects the case.
    CHECK(fixture.view.selectAt(badge->centre));
    CHECK(fixture.selection.is(ui::MapItemKind::Case, MapFixture::WaitingP1));
    CHECK(QRectF(QPointF(0, 0), viewport.size()).contains(fixture.screenOf({-3.7030, 128.1830})));
}

TEST_CASE("the selected case is joined to its units and its destination hospital")
{
    MapFixture fixture;
    const QImage before = fixture.render();
    fixture.selection.select(ui::MapItemKind::Case, MapFixture::ServedP3);
    const QImage image = fixture.render();
    const ui::OverlayItem *unitLine =
        fixture.view.layout().find({Kind::UnitLink, MapFixture::DispatchedUnit});
    const ui::OverlayItem *hospitalLine =
        fixture.view.layout().find({Kind::HospitalLink, MapFixture::OpenHospital});
    REQUIRE(unitLine);
    REQUIRE(hospitalLine);
    const QPointF middle = (unitLine->centre + unitLine->lineEnd) / 2;
    const QColor line = pixel(image, middle);
    CHECK(line.blue() > line.red() + 60); // the link's blue, not the map
    CHECK(pixel(before, middle) != line);
    CHECK(fixture.view.layout()
              .find({Kind::Case, MapFixture::ServedP3})
              ->has(ui::OverlayItem::Selected));
    // Another selection takes the lines away.
    fixture.selection.select(ui::MapItemKind::Unit, MapFixture::StaleUnit);
    CHECK(fixture.view.layout().find({Kind::UnitLink, MapFixture::DispatchedUnit}) == nullptr);
}

TEST_CASE("the OSM attribution is drawn whenever OSM data is on the map")
{
    MapFixture fixture;
    CHECK(fixture.view.renderer().attributions() ==
          QStringList{QStringLiteral("© OpenStreetMap contributors")});
    const QImage image = fixture.render();
    const QRect box = fixture.view.renderer().attributionRect(image.size());
    REQUIRE_FALSE(box.isEmpty());
    CHECK(box.bottomRight() == QPoint(799, 599));
    int dark = 0;
    for (int x = box.left(); x <= box.right(); ++x)
        for (int y = box.top(); y <= box.bottom(); ++y)
            dark += image.pixelColor(x, y).lightness() < 110;
    CHECK(dark > 20); // the text is there
    // Roads off: no OSM data shown, no attribution.
    fixture.view.setLayers({true, false, true, true, true, true, false});
    CHECK(fixture.view.renderer().attributions().isEmpty());
    CHECK(fixture.view.renderer().attributionRect(image.size()).isEmpty());
}

TEST_CASE("a moving ambulance repaints only around its old and new place, to the same picture")
{
    MapFixture fixture;
    QImage image = fixture.render();
    QList<QRect> dirty;
    QObject::connect(&fixture.view, &ui::MapView::updateRequested,
                     [&dirty](const QRect &rect) { dirty.append(rect); });
    QSignalSpy full(&fixture.view, &ui::MapView::fullUpdateRequested);
    const QPointF from = fixture.itemCentre(Kind::Unit, MapFixture::OutOfServiceUnit);
    fixture.moveUnit(MapFixture::OutOfServiceUnit, QGeoCoordinate(-3.7060, 128.1790));
    const QPointF to = fixture.itemCentre(Kind::Unit, MapFixture::OutOfServiceUnit);
    REQUIRE(to != from);
    CHECK(full.isEmpty());
    QRegion region;
    for (const QRect &rect : std::as_const(dirty))
        region += rect;
    CHECK(region.contains(from.toPoint()));
    CHECK(region.contains(to.toPoint()));
    qint64 area = 0;
    for (const QRect &rect : region)
        area += qint64(rect.width()) * rect.height();
    CHECK(area < 800 * 600 / 20); // a small part of the view

    // Painting just those rectangles over the old picture gives the new picture.
    {
        QPainter painter(&image);
        for (const QRect &rect : region)
            fixture.view.render(painter, rect);
    }
    const QImage fresh = fixture.render();
    CHECK(image == fresh);
}

TEST_CASE("layers switch off and on")
{
    MapFixture fixture;
    fixture.view.setLayers({true, true, true, true, true, false, false});
    CHECK(fixture.view.layout().find({Kind::Unit, MapFixture::DispatchedUnit}) == nullptr);
    CHECK(fixture.view.layout().find({Kind::Case, MapFixture::WaitingP1}) != nullptr);
    const QImage noRoads = [&] {
        fixture.view.setLayers({true, false, true, true, true, true, false});
        return fixture.render();
    }();
    CHECK(near(pixel(noRoads, fixture.screenOf({RoadLatitude, 128.1800})), ui::mapstyle::Land));
}

TEST_CASE("Ambon's real map: sea where no land is, land away from streets, streets in their colour")
{
    if (ambonDataDirectory().isEmpty()) {
        WARN("skipped: Ambon's map data is not in PELA_SHARED_DATA (../shared/data/ambon)");
        return;
    }
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    REQUIRE(importAmbonMap(conninfo).isEmpty());
    core::PgConnection db = connect(conninfo);
    const core::MapLoad load = core::loadMapData(db, nullptr);
    REQUIRE(load.ok());
    MapFixture fixture;
    fixture.view.setData(load.data);
    fixture.view.setLayers({true, true, true, false, false, false, false});
    const core::MapData &data = *load.data;
    const core::MapLayer *land = data.layersOf(core::MapLayerKind::Land).first();
    const core::MapLayer *roads = data.layersOf(core::MapLayerKind::Roads).first();

    // Where the longest trunk segment is, at zoom 16.
    const core::MapFeature *trunk = nullptr;
    QLineF longest;
    for (const core::MapFeature &feature : roads->features)
        if (feature.featureClass == QLatin1String("trunk"))
            for (const QList<QPointF> &part : feature.parts)
                for (qsizetype i = 1; i < part.size(); ++i)
                    if (QLineF(part[i - 1], part[i]).length() > longest.length()) {
                        longest = QLineF(part[i - 1], part[i]);
                        trunk = &feature;
                    }
    REQUIRE(trunk);
    core::MapViewport viewport = fixture.view.viewport();
    viewport.setZoom(16);
    viewport.setCentre(longest.center());
    fixture.view.setViewport(viewport);
    const QImage image = fixture.render();
    if (qEnvironmentVariableIsSet("MAP_TEST_DUMP"))
        image.save(QStringLiteral("/tmp/map-ambon-trunk.png"));
    // Along every trunk road on screen, most points show the trunk's fill (names and
    // crossings cover the rest).
    int onRoad = 0, samples = 0;
    for (const core::MapFeature &feature : roads->features) {
        if (feature.featureClass != QLatin1String("trunk"))
            continue;
        for (const QList<QPointF> &part : feature.parts)
            for (qsizetype i = 1; i < part.size(); ++i) {
                const QLineF segment(viewport.toScreen(part[i - 1]), viewport.toScreen(part[i]));
                for (double d = 6; d < segment.length() - 6; d += 8) {
                    const QPointF at = segment.pointAt(d / segment.length());
                    if (!QRectF(10, 10, 780, 560).contains(at))
                        continue;
                    ++samples;
                    onRoad += near(pixel(image, at),
                                   ui::mapstyle::roadStyle(QStringLiteral("trunk")).fill);
                }
            }
    }
    INFO(onRoad << " of " << samples);
    CHECK(samples > 30);
    CHECK(onRoad > samples * 6 / 10);

    // Sea and land: points whose side of the coast the data says, far from any line.
    int checkedSea = 0, checkedLand = 0;
    for (int y = 20; y < 600; y += 40)
        for (int x = 20; x < 800; x += 40) {
            const QPointF world = viewport.toWorld(QPointF(x, y));
            bool nearLine = false;
            for (const core::MapLayer &layer : data.layers) {
                if (layer.kind == core::MapLayerKind::Land)
                    continue;
                const double reach = 16 / viewport.scale();
                for (int index :
                     layer.featuresIn(QRectF(world, world).adjusted(-reach, -reach, reach, reach)))
                    for (const QList<QPointF> &part : layer.features[index].parts)
                        if (core::geometry::distanceToPolyline(world, part) * viewport.scale() < 16)
                            nearLine = true;
            }
            bool coast = false;
            for (const core::MapFeature &feature : land->features)
                for (const QList<QPointF> &ring : feature.parts)
                    coast = coast ||
                            core::geometry::distanceToPolyline(world, ring) * viewport.scale() < 4;
            if (nearLine || coast)
                continue;
            const bool onLand =
                core::geometry::polygonContains(land->features.first().parts, world);
            const QColor expected = onLand ? ui::mapstyle::Land : ui::mapstyle::Sea;
            const QColor seen = image.pixelColor(x, y);
            if (seen.lightness() < 60)
                continue; // a name's letter
            INFO(x << "," << y << (onLand ? " land" : " sea"));
            CHECK(near(seen, expected, 8));
            (onLand ? checkedLand : checkedSea)++;
        }
    CHECK(checkedLand > 5);
}
