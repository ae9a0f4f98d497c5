// Road ETAs and coverage where the shift lead looks, on a real console and cluster with Ambon's
// real roads and kelurahan imported: the board's ETA column and the map's label time the unit
// on its way along the roads and follow it as it comes closer, and the coverage line above the
// board names the kelurahan that loses its only nearby ambulance to a dispatch.
#include "ambondata.h"
#include "board/boardsession.h"
#include "board/caseboardpanel.h"
#include "board/caseboardview.h"
#include "commands/incidentcommands.h"
#include "databaseconnector.h"
#include "dispatch/dispatchadvisor.h"
#include "geo/coverageareas.h"
#include "languageswitcher.h"
#include "live/caseboardmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/roles.h"
#include "livesession.h"
#include "mainwindow.h"
#include "map/mappanel.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "signedinconsole.h"
#include "sqlprobes.h"
#include "testcluster.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>

using namespace pela;
using core::CaseBoardModel;

using pela::test::placeUnit;

namespace {

void isolateSettings()
{
    pela::test::isolateSettings("test_board_eta");
}

struct Console : test::SignedInConsole
{
    using SignedInConsole::SignedInConsole;

    const QAbstractItemModel *board() const { return window.caseBoard()->view()->model(); }
    QModelIndex cell(const QString &number, int column) const
    {
        for (int row = 0; row < board()->rowCount(); ++row)
            if (board()->index(row, 0).data(core::CaseNumberRole).toString() == number)
                return board()->index(row, column);
        return {};
    }
    QString etaOf(const QString &number) const
    {
        return cell(number, CaseBoardModel::EtaColumn).data().toString();
    }
    qint64 unitId(const QString &callSign) const
    {
        for (const core::UnitRecord &unit : window.liveSession()->state()->units())
            if (unit.callSign == callSign)
                return unit.id;
        return 0;
    }
};

QString openCaseAt(core::PgConnection &connection, const QGeoCoordinate &where)
{
    core::OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 2;
    request.call.callerPhone = QStringLiteral("081234567890");
    request.locationText = QStringLiteral("Jalan Jenderal Sudirman");
    request.lat = where.latitude();
    request.lon = where.longitude();
    const core::CommandResult result = core::IncidentCommands(connection).openCase(request);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return result.caseNumber;
}

} // namespace

TEST_CASE("the board and the map show the road ETA of the unit on its way and follow it as it "
          "comes closer; the coverage line names the kelurahan its only nearby ambulance left")
{
    isolateSettings();
    const QString conninfo = test::TestCluster::instance().freshDatabase();
    REQUIRE(test::importAmbonMap(conninfo).isEmpty());
    core::PgConnection elsewhere = test::connect(conninfo);
    Console console(conninfo);
    core::DispatchAdvisor *advisor = console.window.dispatchAdvisor();
    ui::CaseBoardPanel *panel = console.window.caseBoard();
    REQUIRE(QTest::qWaitFor([&] { return advisor->hasRoads(); }, 60'000));

    // --- ETA: the city ambulance at Balai Kota sent to a case some kilometres east.
    const QGeoCoordinate balaiKota(-3.69580, 128.18150);
    const QGeoCoordinate incident(-3.6700, 128.2050);
    const QString number = openCaseAt(elsewhere, incident);
    REQUIRE(QTest::qWaitFor([&] { return console.cell(number, 0).isValid(); }, 5000));
    CHECK(console.etaOf(number).isEmpty()); // no unit on its way yet
    core::IncidentCommands commands(elsewhere);
    placeUnit(elsewhere, QStringLiteral("AMB-KOTA-1"), balaiKota);
    REQUIRE(commands.assignUnit(number, QStringLiteral("AMB-KOTA-1")).ok());

    // Along the roads: no "≈".
    const QRegularExpression road(QStringLiteral("^AMB-KOTA-1 (\\d+) min$"));
    REQUIRE(QTest::qWaitFor([&] { return road.match(console.etaOf(number)).hasMatch(); }, 10'000));
    const int far = road.match(console.etaOf(number)).captured(1).toInt();
    INFO("from Balai Kota: " << console.etaOf(number).toStdString());
    CHECK(far >= 3);
    CHECK(console.cell(number, CaseBoardModel::EtaColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("along the roads")));
    // The map: its label says the same minutes beside the marker.
    const qint64 unitId = console.unitId(QStringLiteral("AMB-KOTA-1"));
    ui::MapView *map = console.window.mapPanel()->view();
    const QString mapEta = QStringLiteral("%1 min").arg(far);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const ui::UnitMarker *marker = map->scene()->unit(unitId);
            return marker && marker->eta == mapEta;
        },
        5000));
    map->centreOn(map->scene()->unit(unitId)->world);
    map->refreshOverlay();
    const ui::OverlayItem *item = map->layout().find({ui::OverlayKey::Kind::Unit, unitId});
    REQUIRE(item);
    CHECK(item->label == QStringLiteral("AMB-KOTA-1 · ") + mapEta);

    // En route and closer: the board follows the position.
    REQUIRE(commands.advanceAssignment(QStringLiteral("AMB-KOTA-1"), core::AssignmentState::EnRoute)
                .ok());
    placeUnit(elsewhere, QStringLiteral("AMB-KOTA-1"), incident.atDistanceAndAzimuth(300, 270));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QRegularExpressionMatch match = road.match(console.etaOf(number));
            return match.hasMatch() && match.captured(1).toInt() < far;
        },
        10'000));
    CHECK(road.match(console.etaOf(number)).captured(1).toInt() <= 2);
    // On scene: nothing left to time.
    REQUIRE(commands.advanceAssignment(QStringLiteral("AMB-KOTA-1"), core::AssignmentState::OnScene)
                .ok());
    CHECK(QTest::qWaitFor([&] { return console.etaOf(number).isEmpty(); }, 5000));

    // --- Coverage: a kelurahan no free ambulance reaches in time (the slowest) gets one.
    REQUIRE(QTest::qWaitFor([&] { return !advisor->uncoveredAreas().isEmpty(); }, 10'000));
    CHECK(panel->coverageText().startsWith(
        QStringLiteral("No free ambulance within %1 min:").arg(advisor->coverageMinutes())));
    const core::CoverageAreas &areas = *advisor->network()->coverage;
    QString farAway;
    QGeoCoordinate centre;
    // One whose name no other area has (two desa may share a name), whose centre is by a road:
    // an ambulance parked where its centre meets the road.
    for (const QString &name : advisor->uncoveredAreas()) {
        QList<int> named;
        for (int index = 0; index < areas.areas().size(); ++index)
            if (areas.areas()[index].name == name)
                named.append(index);
        if (farAway.isEmpty() && named.size() == 1 && areas.centroidOnRoad(named[0]).ok()) {
            farAway = name;
            centre = areas.centroidOnRoad(named[0]).position.point;
        }
    }
    REQUIRE_FALSE(farAway.isEmpty());
    INFO("kelurahan: " << farAway.toStdString());
    // The tooltip: the lead, then every kelurahan on a line of its own.
    auto listed = [&] { return panel->coverageToolTip().split(QLatin1Char('\n')).mid(1); };
    CHECK(listed() == advisor->uncoveredAreas());
    placeUnit(elsewhere, QStringLiteral("AMB-KOTA-2"), centre);
    REQUIRE(QTest::qWaitFor([&] { return !listed().contains(farAway); }, 10'000));

    // Its only nearby ambulance is sent elsewhere: uncovered again, and the line says so.
    const QString other = openCaseAt(elsewhere, balaiKota);
    REQUIRE(commands.assignUnit(other, QStringLiteral("AMB-KOTA-2")).ok());
    REQUIRE(QTest::qWaitFor([&] { return listed().contains(farAway); }, 10'000));
    CHECK(panel->coverageText().contains(farAway));
    // One line, whatever the number of kelurahan.
    CHECK_FALSE(panel->coverageText().contains(QLatin1Char('\n')));
}
