// The map widget driven as an operator drives it, with QTest: drag to pan, wheel and +/- to
// zoom around the pointer, arrows to pan, click to select (shared with the case board), hover
// for tooltips, and a unit dragged onto a case reported as an intent (nothing dispatched yet).
// Then the console itself: the map is in its Map tab with the database's hospitals, lists what
// it cannot place, and takes in a newly imported layer without a restart.
#include "commands/mapcommands.h"
#include "consolelayout.h"
#include "databaseconnector.h"
#include "geo/maplayerstore.h"
#include "languageswitcher.h"
#include "live/livesync.h"
#include "live/roles.h"
#include "livesession.h"
#include "mainwindow.h"
#include "map/mapinputhandler.h"
#include "map/mappanel.h"
#include "map/mapwidget.h"
#include "map/rastertilelayer.h"
#include "mapfixture.h"
#include "testcluster.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <catch2/catch.hpp>

using namespace pela;
using namespace pela::test;
using Kind = ui::OverlayKey::Kind;

namespace {

struct MapOnScreen : MapFixture
{
    ui::MapWidget widget{&view};
    ui::MapInputHandler input{&widget, &view};

    MapOnScreen()
    {
        widget.resize(800, 600);
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
        REQUIRE(view.viewport().size() == QSizeF(800, 600));
    }

    QPoint at(Kind kind, qint64 id) const { return itemCentre(kind, id).toPoint(); }

    // A drag with the left button, in small steps as a hand makes it.
    void drag(const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(&widget, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 5; ++step) {
            const QPoint point = from + (to - from) * step / 5;
            QMouseEvent move(QEvent::MouseMove, point, widget.mapToGlobal(point), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&widget, &move);
        }
        QTest::mouseRelease(&widget, Qt::LeftButton, Qt::NoModifier, to);
    }

    void wheel(const QPoint &point, int notches)
    {
        QWheelEvent event(point, widget.mapToGlobal(point), QPoint(), QPoint(0, 120 * notches),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&widget, &event);
    }
};

void checkSamePlace(const QPointF &a, const QPointF &b)
{
    CHECK(a.x() == Approx(b.x()).margin(1.0));
    CHECK(a.y() == Approx(b.y()).margin(1.0));
}

} // namespace

TEST_CASE("dragging the map moves it with the pointer")
{
    MapOnScreen map;
    const QPoint from(300, 120); // open land, no marker
    REQUIRE_FALSE(map.view.itemAt(from));
    const QGeoCoordinate grabbed = map.view.viewport().toCoordinate(from);
    map.drag(from, from + QPoint(140, 90));
    checkSamePlace(map.view.viewport().toScreen(grabbed), from + QPoint(140, 90));
    CHECK(map.selection.isEmpty()); // a drag is not a click
}

TEST_CASE("the wheel zooms around the pointer; + and - around the middle")
{
    MapOnScreen map;
    const QPoint pointer(200, 450);
    const QGeoCoordinate under = map.view.viewport().toCoordinate(pointer);
    map.wheel(pointer, 1);
    CHECK(map.view.viewport().zoom() == 15.5);
    checkSamePlace(map.view.viewport().toScreen(under), pointer);
    map.wheel(pointer, -2);
    CHECK(map.view.viewport().zoom() == 14.5);
    checkSamePlace(map.view.viewport().toScreen(under), pointer);

    const QGeoCoordinate middle = map.view.viewport().toCoordinate(QPointF(400, 300));
    QTest::keyClick(&map.widget, Qt::Key_Plus);
    CHECK(map.view.viewport().zoom() == 15);
    checkSamePlace(map.view.viewport().toScreen(middle), QPointF(400, 300));
    QTest::keyClick(&map.widget, Qt::Key_Minus);
    QTest::keyClick(&map.widget, Qt::Key_Minus);
    CHECK(map.view.viewport().zoom() == 14);
}

TEST_CASE("arrow keys move the map a step, further with Shift")
{
    MapOnScreen map;
    const QGeoCoordinate middle = map.view.viewport().toCoordinate(QPointF(400, 300));
    QTest::keyClick(&map.widget, Qt::Key_Right);
    checkSamePlace(map.view.viewport().toScreen(middle),
                   QPointF(400 - ui::MapInputHandler::KeyPanPixels, 300));
    QTest::keyClick(&map.widget, Qt::Key_Down, Qt::ShiftModifier);
    checkSamePlace(map.view.viewport().toScreen(middle),
                   QPointF(400 - ui::MapInputHandler::KeyPanPixels,
                           300 - 4 * ui::MapInputHandler::KeyPanPixels));
}

TEST_CASE(
    "a click selects what is under it, shared with the case board; a click on the ground clears")
{
    MapOnScreen map;
    QTableView board;
    board.setModel(&map.cases);
    map.selection.bindCaseTable(&board);

    QTest::mouseClick(&map.widget, Qt::LeftButton, Qt::NoModifier,
                      map.at(Kind::Unit, MapFixture::StaleUnit));
    CHECK(map.selection.is(ui::MapItemKind::Unit, MapFixture::StaleUnit));

    QTest::mouseClick(&map.widget, Qt::LeftButton, Qt::NoModifier,
                      map.at(Kind::Case, MapFixture::ServedP3));
    CHECK(map.selection.is(ui::MapItemKind::Case, MapFixture::ServedP3));
    REQUIRE(board.currentIndex().isValid());
    CHECK(board.currentIndex().data(core::IdRole).toLongLong() == MapFixture::ServedP3);
    CHECK(
        map.view.layout().find({Kind::Case, MapFixture::ServedP3})->has(ui::OverlayItem::Selected));

    // The board's choice comes back to the map.
    board.setCurrentIndex(map.cases.index(map.cases.rowOf(MapFixture::WaitingP1), 0));
    CHECK(map.selection.is(ui::MapItemKind::Case, MapFixture::WaitingP1));
    CHECK(map.view.layout()
              .find({Kind::Case, MapFixture::WaitingP1})
              ->has(ui::OverlayItem::Selected));

    QTest::mouseClick(&map.widget, Qt::LeftButton, Qt::NoModifier, QPoint(300, 120));
    CHECK(map.selection.isEmpty());
}

TEST_CASE("following the selection keeps a moving unit in view")
{
    MapOnScreen map;
    map.selection.select(ui::MapItemKind::Unit, MapFixture::DispatchedUnit);
    map.view.setFollowSelection(true);
    checkSamePlace(map.view.viewport().toScreen(QGeoCoordinate(-3.6990, 128.1860)),
                   QPointF(400, 300));
    // A short move stays where it is on screen; a long one brings the view along.
    map.moveUnit(MapFixture::DispatchedUnit, QGeoCoordinate(-3.6990, 128.1870));
    CHECK(map.view.viewport().toScreen(QGeoCoordinate(-3.6990, 128.1870)).x() > 410);
    map.moveUnit(MapFixture::DispatchedUnit, QGeoCoordinate(-3.6990, 128.2100));
    checkSamePlace(map.view.viewport().toScreen(QGeoCoordinate(-3.6990, 128.2100)),
                   QPointF(400, 300));
}

TEST_CASE("hovering shows what a marker stands for")
{
    MapOnScreen map;
    const QPoint hospital = map.at(Kind::Hospital, MapFixture::OpenHospital);
    QHelpEvent help(QEvent::ToolTip, hospital, map.widget.mapToGlobal(hospital));
    QApplication::sendEvent(&map.widget, &help);
    const QString text = QToolTip::text();
    CHECK(text.contains(QStringLiteral("OPN")));
    CHECK(text.contains(QStringLiteral("4 of 10 free")));
    CHECK(text.contains(QStringLiteral("ER")));
    const QString diverting =
        map.view.toolTipAt(map.itemCentre(Kind::Hospital, MapFixture::DivertingHospital));
    CHECK(diverting.contains(QStringLiteral("approximate ±300 m")));
    const QString stale = map.view.toolTipAt(map.itemCentre(Kind::Unit, MapFixture::StaleUnit));
    CHECK(stale.contains(QStringLiteral("Position out of date")));
    const QString waiting = map.view.toolTipAt(map.itemCentre(Kind::Case, MapFixture::WaitingP1));
    CHECK(waiting.contains(QStringLiteral("No unit assigned")));
    // Over the ground: the kelurahan.
    CHECK(
        map.view.toolTipAt(map.screenOf({-3.7150, 128.2100})).contains(QStringLiteral("Benteng")));
    QToolTip::hideText();
}

TEST_CASE("dragging a unit onto a case reports the intent; elsewhere or Esc, nothing")
{
    MapOnScreen map;
    QSignalSpy dropped(&map.input, &ui::MapInputHandler::unitDropped);
    QSignalSpy started(&map.input, &ui::MapInputHandler::unitDragStarted);
    QSignalSpy cancelled(&map.input, &ui::MapInputHandler::unitDragCancelled);
    const QPoint unit = map.at(Kind::Unit, MapFixture::StaleUnit);
    const QPoint target = map.at(Kind::Case, MapFixture::WaitingP1);
    const core::MapViewport before = map.view.viewport();
    map.drag(unit, target);
    REQUIRE(dropped.size() == 1);
    CHECK(dropped[0][0].toLongLong() == MapFixture::StaleUnit);
    CHECK(dropped[0][1].toLongLong() == MapFixture::WaitingP1);
    CHECK((dropped[0][2].toPoint() - target).manhattanLength() <= 1);
    CHECK(started.size() == 1);
    CHECK(map.view.viewport() == before); // the map did not move under the drag
    CHECK(map.state.findCase(MapFixture::WaitingP1)->state == QStringLiteral("waiting"));

    map.drag(unit, QPoint(300, 120)); // onto the ground
    CHECK(dropped.size() == 1);
    CHECK(cancelled.size() == 1);

    // Esc while dragging: nothing, also when the button comes up over a case.
    QTest::mousePress(&map.widget, Qt::LeftButton, Qt::NoModifier, unit);
    QMouseEvent move(QEvent::MouseMove, target, map.widget.mapToGlobal(target), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&map.widget, &move);
    CHECK(map.input.isDraggingUnit());
    QTest::keyClick(&map.widget, Qt::Key_Escape);
    CHECK_FALSE(map.input.isDraggingUnit());
    QTest::mouseRelease(&map.widget, Qt::LeftButton, Qt::NoModifier, target);
    CHECK(dropped.size() == 1);
    CHECK(cancelled.size() == 2);
}

TEST_CASE(
    "the console's Map tab shows the database's map, lists what it cannot place, takes in imports")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString conninfo = TestCluster::instance().freshDatabase();
    ui::DatabaseConnector connector(conninfo);
    ui::LanguageSwitcher languages;
    languages.setLanguage(ui::Language::English,
                          ui::LanguageSwitcher::Persistence::ThisSessionOnly);
    // The owner (a superuser) is a shift lead first; the map is a tab in the call-taker's
    // layout, which this workstation chose for it.
    ui::ConsoleLayout::remember(QStringLiteral("shift_lead"), ui::ConsoleLayout::Kind::CallTaker);
    ui::MainWindow window(&connector, &languages);
    window.resize(1366, 768);
    window.show();
    connector.connectToDatabase();
    REQUIRE(QTest::qWaitFor([&] { return window.liveSession()->sync()->isOnline(); }, 60'000));
    REQUIRE(QTest::qWaitFor([&] { return !window.liveSession()->loginProfile().login.isEmpty(); },
                            5000));
    ui::MapPanel *panel = window.mapPanel();
    REQUIRE(panel);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mapTabs"));
    REQUIRE(tabs);
    CHECK(tabs->currentWidget() == panel);
    REQUIRE(QTest::qWaitFor([&] { return panel->layerStore()->hasLoaded(); }, 10'000));
    // The ten located hospitals are on the map; BKR is listed beside it, not invented.
    REQUIRE(QTest::qWaitFor([&] { return panel->scene()->hospitals().size() == 11; }, 5000));
    int located = 0;
    for (const ui::HospitalMarker &hospital : panel->scene()->hospitals())
        located += hospital.located;
    CHECK(located == 10);
    REQUIRE(
        QTest::qWaitFor([&] { return panel->offMapText().contains(QStringLiteral("BKR")); }, 3000));
    CHECK(panel->offMapText().contains(QStringLiteral("location unknown")));
    // Raster tiles are off and offered only when configured: nothing reaches the internet.
    CHECK_FALSE(panel->view()->layers().raster);
    CHECK_FALSE(panel->rasterLayer()->isEnabled());
    auto *rasterButton = panel->findChild<QToolButton *>(QStringLiteral("mapRaster"));
    REQUIRE(rasterButton);
    CHECK(rasterButton->isHidden() == !panel->rasterLayer()->hasSource());

    // An admin imports streets: the console draws them without a restart.
    CHECK(panel->layerStore()->data()->isEmpty());
    core::PgConnection admin = connect(conninfo);
    const core::MapImportRead read = core::MapImport::read(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
        R"({"highway":"trunk","name":"Jalan Pattimura"},"geometry":{"type":"LineString",)"
        R"("coordinates":[[128.17,-3.69],[128.19,-3.70]]}}]})",
        QStringLiteral("jalan.geojson"));
    REQUIRE(read.ok());
    REQUIRE(core::MapCommands(admin).importLayer(*read.layer).ok());
    REQUIRE(QTest::qWaitFor([&] { return !panel->layerStore()->data()->isEmpty(); }, 10'000));
    CHECK(panel->view()->data()->layers.size() == 1);
    CHECK(panel->view()->renderer().attributions().contains(
        QStringLiteral("© OpenStreetMap contributors")));
    CHECK(panel->offMapText().contains(QStringLiteral("BKR")));
}
