// Dispatching from the map on real consoles and a real cluster, driven with QTest through the
// map's own input handler: a unit dragged onto a case is assigned through the shared drop
// controller (and undone from the map), two consoles racing for one unit are told who won, a
// dispatcher's login gets map and board side by side, and "pick on map" fills the intake form.
#include "board/boardsession.h"
#include "board/caseboardpanel.h"
#include "board/hospitalpanel.h"
#include "commands/incidentcommands.h"
#include "consolelayout.h"
#include "databaseconnector.h"
#include "dispatch/dropcontroller.h"
#include "geo/maplayerstore.h"
#include "geo/projection.h"
#include "intake/intakeform.h"
#include "intake/locationsearch.h"
#include "languageswitcher.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "livesession.h"
#include "livetableview.h"
#include "mainwindow.h"
#include "map/mapinputhandler.h"
#include "map/mappanel.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/mapwidget.h"
#include "sqlprobes.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace pela;
using Kind = ui::OverlayKey::Kind;

using pela::test::placeUnit;
using pela::test::scalar;

namespace {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("pela-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_map_dispatch"));
    QSettings().clear();
}

// Where the test puts things, away from the demo's stations and hospitals: a unit in the
// middle, one case east of it and one west.
const QGeoCoordinate Middle(-3.6200, 128.3000);
const QGeoCoordinate East(-3.6200, 128.3060);
const QGeoCoordinate West(-3.6200, 128.2940);

struct Console
{
    explicit Console(const QString &conninfo) : connector(conninfo), window(&connector, &languages)
    {
        languages.setLanguage(ui::Language::English,
                              ui::LanguageSwitcher::Persistence::ThisSessionOnly);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        connector.connectToDatabase();
        REQUIRE(QTest::qWaitFor(
            [this] { return connector.state() == ui::DatabaseConnector::State::Connected; },
            120'000));
        REQUIRE(
            QTest::qWaitFor([this] { return window.liveSession()->sync()->isOnline(); }, 10'000));
        REQUIRE(QTest::qWaitFor(
            [this] { return !window.liveSession()->loginProfile().login.isEmpty(); }, 5000));
        REQUIRE(QTest::qWaitFor([this] { return panel()->layerStore()->hasLoaded(); }, 10'000));
    }
    ~Console()
    {
        languages.setLanguage(ui::Language::English,
                              ui::LanguageSwitcher::Persistence::ThisSessionOnly);
    }

    ui::MapPanel *panel() const { return window.mapPanel(); }
    ui::MapWidget *map() const { return panel()->mapWidget(); }
    ui::DropController *drop() const { return window.boardSession()->dropController(); }

    // The map looks at the test's corner of Ambon, close enough to tell the markers apart.
    void lookAtMiddle()
    {
        // The side list and strips settle first (they change the map's size).
        QTest::qWait(400);
        panel()->view()->setViewport(
            core::MapViewport(core::mercator::toWorld(Middle), 15.0, QSizeF(map()->size())));
        panel()->view()->refreshOverlay();
    }
    qint64 unitId(const QString &callSign) const
    {
        for (const ui::UnitMarker &unit : panel()->scene()->units())
            if (unit.callSign == callSign)
                return unit.located ? unit.id : 0;
        return 0;
    }
    qint64 caseId(const QString &number) const
    {
        for (const ui::CaseMarker &marker : panel()->scene()->cases())
            if (marker.number == number)
                return marker.located ? marker.id : 0;
        return 0;
    }
    QPoint at(Kind kind, qint64 id) const
    {
        panel()->view()->refreshOverlay();
        const ui::OverlayItem *item = panel()->view()->layout().find({kind, id});
        REQUIRE(item);
        return item->centre.toPoint();
    }

    // Press on from, move in steps as a hand does, and (unless release is false) let go on to.
    void drag(const QPoint &from, const QPoint &to, bool release = true)
    {
        QTest::mousePress(map(), Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 5; ++step) {
            const QPoint point = from + (to - from) * step / 5;
            QMouseEvent move(QEvent::MouseMove, point, map()->mapToGlobal(point), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(map(), &move);
        }
        if (release)
            QTest::mouseRelease(map(), Qt::LeftButton, Qt::NoModifier, to);
    }

    ui::LanguageSwitcher languages;
    ui::DatabaseConnector connector;
    ui::MainWindow window;
};

QString openCaseAt(core::PgConnection &connection, const QGeoCoordinate &where)
{
    core::OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 2;
    request.call.callerPhone = QStringLiteral("081234567890");
    request.locationText = QStringLiteral("Jalan Sultan Hairun");
    request.lat = where.latitude();
    request.lon = where.longitude();
    const core::CommandResult result = core::IncidentCommands(connection).openCase(request);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return result.caseNumber;
}

const char *liveAssignments = "SELECT count(*) FROM assignments a JOIN units u ON u.id = a.unit_id"
                              " WHERE u.call_sign = $1 AND a.undone_at IS NULL";

} // namespace

TEST_CASE("a dispatcher's console shows map and board side by side, the map never behind a tab; "
          "the View menu switches the layout and the workstation remembers it")
{
    isolateSettings();
    const QString conninfo = test::TestCluster::instance().freshDatabase();
    test::TestLogins logins(conninfo);
    const QString dispatcher = logins.create(QStringLiteral("pela_dispatcher"));
    {
        Console console(dispatcher);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return console.window.consoleLayout()->kind() ==
                       ui::ConsoleLayout::Kind::Dispatcher;
            },
            2000));
        auto *tabs = console.window.findChild<QTabWidget *>(QStringLiteral("mapTabs"));
        REQUIRE(tabs);
        CHECK(tabs->indexOf(console.panel()) < 0);
        CHECK(console.panel()->isVisible());
        CHECK(console.window.caseBoard()->isVisible());
        CHECK(console.map()->width() > 300);
        CHECK(console.window.caseBoard()->width() > 300);
        // Side by side: the board is right of the map, not under it.
        const QRect mapArea(console.panel()->mapTo(&console.window, QPoint()),
                            console.panel()->size());
        const QRect boardArea(console.window.caseBoard()->mapTo(&console.window, QPoint()),
                              console.window.caseBoard()->size());
        CHECK(boardArea.left() >= mapArea.right());
        // The intake form folds away and comes back beside them.
        CHECK_FALSE(console.window.consoleLayout()->isIntakeShown());
        console.window.consoleLayout()->setIntakeShown(true);
        QTest::qWait(50);
        CHECK(console.window.intakeForm()->isVisible());
        CHECK(console.window.intakeForm()->width() > 200);
        CHECK(console.panel()->isVisible());

        // The shift lead's layout from the View menu: remembered for this workstation.
        QAction *shiftLead = nullptr;
        for (QAction *menu : console.window.menuBar()->actions())
            if (menu->text() == QStringLiteral("Vie&w"))
                for (QAction *action : menu->menu()->actions())
                    if (action->text().startsWith(QStringLiteral("&Shift lead")))
                        shiftLead = action;
        REQUIRE(shiftLead);
        shiftLead->trigger();
        CHECK(console.window.consoleLayout()->kind() == ui::ConsoleLayout::Kind::ShiftLead);
        CHECK(console.panel()->isVisible());
        CHECK(console.window.hospitalPanel()->isVisible());
        CHECK(console.window.unitTable()->isVisible());
        CHECK_FALSE(console.window.intakeForm()->isVisible());
    }
    Console again(dispatcher);
    REQUIRE(QTest::qWaitFor(
        [&] { return again.window.consoleLayout()->kind() == ui::ConsoleLayout::Kind::ShiftLead; },
        2000));
}

TEST_CASE("a unit dragged on the map onto a case is assigned through the drop controller and "
          "undone from the map; elsewhere, Esc or the case it serves change nothing")
{
    isolateSettings();
    const QString conninfo = test::TestCluster::instance().freshDatabase();
    test::TestLogins logins(conninfo);
    Console console(logins.create(QStringLiteral("pela_dispatcher")));
    core::PgConnection owner = test::connect(conninfo);
    placeUnit(owner, QStringLiteral("AMB-KOTA-1"), Middle);
    const QString number = openCaseAt(owner, East);
    REQUIRE(QTest::qWaitFor(
        [&] { return console.unitId(QStringLiteral("AMB-KOTA-1")) && console.caseId(number); },
        3000));
    console.lookAtMiddle();
    const qint64 unit = console.unitId(QStringLiteral("AMB-KOTA-1"));
    const QPoint from = console.at(Kind::Unit, unit);
    const QPoint onCase = console.at(Kind::Case, console.caseId(number));
    REQUIRE(console.panel()->view()->itemAt(from)->kind == Kind::Unit);
    REQUIRE(console.panel()->view()->itemAt(from)->id == unit);
    REQUIRE(console.panel()->view()->itemAt(onCase)->kind == Kind::Case);

    // Onto the ground: nothing is sent.
    console.drag(from, from + QPoint(0, 120));
    CHECK_FALSE(console.drop()->isDragging());
    // Esc while the unit hangs over the case: nothing either.
    console.drag(from, onCase, false);
    CHECK(console.drop()->isDragging());
    QTest::keyClick(console.map(), Qt::Key_Escape);
    CHECK_FALSE(console.drop()->isDragging());
    QTest::mouseRelease(console.map(), Qt::LeftButton, Qt::NoModifier, onCase);
    QTest::qWait(300);
    CHECK(scalar(owner, liveAssignments, {QStringLiteral("AMB-KOTA-1")}) == QStringLiteral("0"));

    // Onto the case: assigned, in words at the drop point, undoable from the map.
    std::optional<core::CommandResult> answer;
    QObject::connect(console.drop(), &ui::DropController::dropAnswered,
                     [&answer](const core::CommandResult &result) { answer = result; });
    REQUIRE(console.at(Kind::Unit, unit) == from); // the map did not move meanwhile
    console.drag(from, onCase);
    INFO(console.drop()->lastMessage().toStdString());
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
    INFO(answer->message.toStdString());
    CHECK(answer->ok());
    CHECK(scalar(owner, "SELECT c.number FROM assignments a JOIN cases c ON c.id = a.case_id"
                        " JOIN units u ON u.id = a.unit_id WHERE u.call_sign = 'AMB-KOTA-1'"
                        " AND a.undone_at IS NULL") == number);
    CHECK(console.drop()->bubble()->isVisible());
    CHECK(console.drop()->lastMessage().contains(QStringLiteral("AMB-KOTA-1")));
    const QPoint bubbleAt = console.drop()->bubble()->pos() - console.map()->mapToGlobal(onCase);
    CHECK(bubbleAt.manhattanLength() < 60); // at the drop point, not somewhere on the screen
    QPushButton *undo = console.panel()->undoButton();
    REQUIRE(QTest::qWaitFor([&] { return undo->isVisible(); }, 3000));

    // Dropped again on the case it serves (once this console knows it does): nothing changes.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const core::UnitRecord *record = console.window.liveSession()->state()->findUnit(unit);
            return record && record->currentAssignmentId.has_value();
        },
        3000));
    const QPoint unitNow = console.at(Kind::Unit, unit);
    answer.reset();
    console.drag(unitNow, console.at(Kind::Case, console.caseId(number)));
    INFO(console.drop()->lastMessage().toStdString());
    CHECK(console.drop()->lastMessage().contains(QStringLiteral("already")));
    QTest::qWait(300);
    CHECK_FALSE(answer.has_value());
    CHECK(scalar(owner, "SELECT count(*) FROM assignments") == QStringLiteral("1"));

    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(owner, liveAssignments, {QStringLiteral("AMB-KOTA-1")}) ==
                   QStringLiteral("0");
        },
        3000));
    CHECK_FALSE(undo->isVisible());
    CHECK(scalar(owner, "SELECT status FROM units WHERE call_sign = 'AMB-KOTA-1'") ==
          QStringLiteral("available"));
}

TEST_CASE("two consoles drop one unit on two cases at once: exactly one wins, the other is told "
          "who won")
{
    isolateSettings();
    const QString conninfo = test::TestCluster::instance().freshDatabase();
    test::TestLogins logins(conninfo);
    const QString firstLogin = logins.create(QStringLiteral("pela_dispatcher"));
    const QString secondLogin = logins.create(QStringLiteral("pela_dispatcher"));
    Console first(firstLogin);
    Console second(secondLogin);
    core::PgConnection owner = test::connect(conninfo);
    placeUnit(owner, QStringLiteral("AMB-KOTA-1"), Middle);
    const QString east = openCaseAt(owner, East);
    const QString west = openCaseAt(owner, West);
    for (Console *console : {&first, &second})
        REQUIRE(QTest::qWaitFor(
            [&] {
                return console->unitId(QStringLiteral("AMB-KOTA-1")) && console->caseId(east) &&
                       console->caseId(west);
            },
            3000));
    first.lookAtMiddle();
    second.lookAtMiddle();
    const qint64 unit = first.unitId(QStringLiteral("AMB-KOTA-1"));
    std::optional<core::CommandResult> firstAnswer, secondAnswer;
    QObject::connect(first.drop(), &ui::DropController::dropAnswered,
                     [&](const core::CommandResult &result) { firstAnswer = result; });
    QObject::connect(second.drop(), &ui::DropController::dropAnswered,
                     [&](const core::CommandResult &result) { secondAnswer = result; });
    // Both drops are posted before either answer can arrive.
    const QPoint firstFrom = first.at(Kind::Unit, unit),
                 firstTo = first.at(Kind::Case, first.caseId(east));
    const QPoint secondFrom = second.at(Kind::Unit, unit),
                 secondTo = second.at(Kind::Case, second.caseId(west));
    first.drag(firstFrom, firstTo);
    second.drag(secondFrom, secondTo);
    REQUIRE(QTest::qWaitFor([&] { return firstAnswer && secondAnswer; }, 10'000));
    INFO(firstAnswer->message.toStdString() << " / " << secondAnswer->message.toStdString());
    REQUIRE(firstAnswer->ok() != secondAnswer->ok());
    CHECK(scalar(owner, liveAssignments, {QStringLiteral("AMB-KOTA-1")}) == QStringLiteral("1"));
    const bool firstWon = firstAnswer->ok();
    Console &loser = firstWon ? second : first;
    const core::CommandResult &lost = firstWon ? *secondAnswer : *firstAnswer;
    const QString winnerLogin = test::TestLogins::loginName(firstWon ? firstLogin : secondLogin);
    const QString winnerCase = firstWon ? east : west;
    CHECK(lost.status == core::CommandResult::Status::Conflict);
    INFO(loser.drop()->lastMessage().toStdString());
    CHECK(loser.drop()->lastMessage().contains(winnerLogin));
    CHECK(loser.drop()->lastMessage().contains(winnerCase));
    CHECK(loser.drop()->bubble()->isVisible());
    CHECK_FALSE(loser.panel()->undoButton()->isVisible());
    CHECK(scalar(owner, "SELECT c.number FROM assignments a JOIN cases c ON c.id = a.case_id"
                        " WHERE a.undone_at IS NULL") == winnerCase);
}

TEST_CASE("pick on map (F4 in the intake form) puts the clicked point into the location; Esc "
          "cancels")
{
    isolateSettings();
    const QString conninfo = test::TestCluster::instance().freshDatabase();
    test::TestLogins logins(conninfo);
    Console console(logins.create(QStringLiteral("pela_call_taker")));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return console.window.consoleLayout()->kind() == ui::ConsoleLayout::Kind::CallTaker;
        },
        2000));
    ui::IntakeForm *form = console.window.intakeForm();
    CHECK(form->pickOnMapButton()->text().contains(QStringLiteral("F4")));
    console.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&console.window));
    QLineEdit *location = form->locationSearch()->edit();
    location->setFocus();

    // F4, then Esc: nothing picked, a click selects again.
    QTest::keyClick(location, Qt::Key_F4);
    CHECK(console.panel()->inputHandler()->isPicking());
    CHECK(console.panel()->isVisible()); // the call-taker's map tab came forward
    QTest::keyClick(location, Qt::Key_Escape);
    CHECK_FALSE(console.panel()->inputHandler()->isPicking());

    QTest::keyClick(location, Qt::Key_F4);
    REQUIRE(console.panel()->inputHandler()->isPicking());
    console.lookAtMiddle();
    const QPoint click = console.map()->rect().center() + QPoint(40, -30);
    const QGeoCoordinate expected = console.panel()->view()->viewport().toCoordinate(click);
    QTest::mouseClick(console.map(), Qt::LeftButton, Qt::NoModifier, click);
    CHECK_FALSE(console.panel()->inputHandler()->isPicking());
    CHECK(form->locationSearch()->source() == ui::LocationSearch::Source::Map);
    CHECK(form->locationSearch()->coordinate().distanceTo(expected) < 5.0);
    CHECK(location->text() == QStringLiteral("%1, %2")
                                  .arg(expected.latitude(), 0, 'f', 5)
                                  .arg(expected.longitude(), 0, 'f', 5));
}
