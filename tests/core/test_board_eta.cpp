// The case board's ETA column: the units on their way to each case with their time to it, fed
// by the dispatch advisor (on a real database's road network) and re-timed as units move, under a
// Fatal QAbstractItemModelTester; a changed ETA repaints its own cell and nothing else.
#include "dispatch/dispatchadvisor.h"
#include "live/caseboardmodel.h"
#include "live/livestate.h"
#include "live/roles.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace pela::core;

namespace {

const QGeoCoordinate incidentAt(-3.6960, 128.1830);

struct Board
{
    LiveState state;
    CaseBoardModel model{&state, nullptr};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    Board()
    {
        LiveSnapshot snapshot;
        for (int i = 1; i <= 3; ++i) {
            UnitRecord unit;
            unit.id = i;
            unit.callSign = QStringLiteral("AMB-KOTA-%1").arg(i);
            unit.kind = QStringLiteral("ambulance_als");
            unit.status = QStringLiteral("available");
            unit.position = incidentAt.atDistanceAndAzimuth(1000.0 * i, 90);
            unit.positionAt = QDateTime::currentDateTimeUtc();
            snapshot.units.insert(unit.id, unit);
        }
        for (int id = 1; id <= 2; ++id) {
            CaseRecord record;
            record.id = id;
            record.number = QStringLiteral("2026-%1").arg(id, 6, 10, QLatin1Char('0'));
            record.category = QStringLiteral("medical");
            record.priority = 2;
            record.state = QStringLiteral("waiting");
            record.location = incidentAt;
            record.openedAt = QDateTime::currentDateTimeUtc();
            record.version = 1;
            snapshot.cases.insert(id, record);
        }
        state.resetTo(snapshot);
    }

    void assign(qint64 assignmentId, qint64 caseId, qint64 unitId, const QString &assignmentState)
    {
        AssignmentRecord assignment;
        assignment.id = assignmentId;
        assignment.caseId = caseId;
        assignment.unitId = unitId;
        assignment.state = assignmentState;
        assignment.dispatchedAt = QDateTime::currentDateTimeUtc();
        state.applyAssignments({assignment}, {});
        UnitRecord unit = *state.findUnit(unitId);
        unit.status = assignmentState;
        unit.version += 1;
        state.applyUnits({unit}, {});
    }

    void moveUnit(qint64 unitId, const QGeoCoordinate &to)
    {
        UnitRecord unit = *state.findUnit(unitId);
        unit.position = to;
        unit.positionAt = QDateTime::currentDateTimeUtc();
        unit.version += 1;
        state.applyUnits({unit}, {});
    }

    QModelIndex eta(qint64 caseId) const
    {
        return model.index(model.rowOf(caseId), CaseBoardModel::EtaColumn);
    }
    QString etaText(qint64 caseId) const { return eta(caseId).data().toString(); }
};

UnitEta road(qint64 unitId, double seconds)
{
    return {unitId, seconds, false};
}

} // namespace

TEST_CASE("the ETA column lists the units on their way, nearest first; straight-line estimates "
          "carry ≈ and a unit without a position a ?")
{
    Board board;
    board.assign(1, 1, 1, QStringLiteral("en_route"));
    board.assign(2, 1, 2, QStringLiteral("dispatched"));
    board.assign(3, 1, 3, QStringLiteral("dispatched"));
    CHECK(board.etaText(1).isEmpty()); // nothing timed yet
    board.model.setUnitEtas(
        {{1, {road(2, 181), UnitEta{1, 300, true}, UnitEta{3, UnitEta().seconds, false}}}});
    CHECK(board.etaText(1) == QStringLiteral("AMB-KOTA-2 4 min, AMB-KOTA-1 ≈5 min, AMB-KOTA-3 ?"));
    CHECK(board.eta(1).data(CaseBoardModel::EtaMinutesRole).toInt() == 4);
    CHECK(board.eta(1)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("AMB-KOTA-1: about 5 min in a straight line")));
    // The other case has no unit on its way: empty, and no minutes to sort by.
    CHECK(board.etaText(2).isEmpty());
    CHECK(board.eta(2).data(CaseBoardModel::EtaMinutesRole).isNull());
}

TEST_CASE("a changed ETA is announced on its own cell only; a few seconds' drift that keeps the "
          "minutes is not announced at all")
{
    Board board;
    board.assign(1, 1, 1, QStringLiteral("en_route"));
    board.assign(2, 2, 2, QStringLiteral("en_route"));
    board.model.setUnitEtas({{1, {road(1, 600)}}, {2, {road(2, 420)}}});
    QSignalSpy changed(&board.model, &QAbstractItemModel::dataChanged);

    board.model.setUnitEtas({{1, {road(1, 590)}}, {2, {road(2, 420)}}}); // still "10 min"
    CHECK(changed.isEmpty());

    board.model.setUnitEtas({{1, {road(1, 240)}}, {2, {road(2, 420)}}});
    REQUIRE(changed.size() == 1);
    const QModelIndex from = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex to = changed.at(0).at(1).value<QModelIndex>();
    CHECK(from == board.eta(1));
    CHECK(to == board.eta(1));
    // Not the order: the board is not re-sorted for a moving ambulance.
    CHECK_FALSE(changed.at(0).at(2).value<QList<int>>().contains(CaseBoardModel::BoardOrderRole));
    CHECK(board.etaText(1) == QStringLiteral("AMB-KOTA-1 4 min"));
    CHECK(board.etaText(2) == QStringLiteral("AMB-KOTA-2 7 min"));

    // The unit arrives: gone from the list at once, before the next ETAs come.
    changed.clear();
    board.assign(1, 1, 1, QStringLiteral("on_scene"));
    CHECK(board.etaText(1).isEmpty());
    bool announced = false;
    for (const QList<QVariant> &signal : changed)
        announced =
            announced || (signal.at(0).value<QModelIndex>().column() <= CaseBoardModel::EtaColumn &&
                          signal.at(1).value<QModelIndex>().column() >= CaseBoardModel::EtaColumn &&
                          signal.at(0).value<QModelIndex>().row() == board.eta(1).row());
    CHECK(announced);
    // A case that goes away takes its ETAs with it.
    board.state.applyCases({}, {2});
    board.model.setUnitEtas({});
    CHECK(board.model.rowOf(2) < 0);
}

TEST_CASE("the advisor times every unit on its way to its case and again as it moves; without "
          "roads imported the times are straight-line estimates")
{
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Board board;
    DispatchAdvisor advisor(&board.state);
    QObject::connect(&advisor, &DispatchAdvisor::enRouteEtasChanged, &board.model,
                     [&] { board.model.setUnitEtas(advisor.enRouteEtas()); });
    advisor.setConninfo(conninfo);
    REQUIRE(QTest::qWaitFor([&] { return advisor.hasNetwork(); }, 30'000));

    board.assign(1, 1, 3, QStringLiteral("en_route")); // 3 km east of the case
    const QRegularExpression shown(QStringLiteral("^AMB-KOTA-3 ≈(\\d+) min$"));
    REQUIRE(QTest::qWaitFor([&] { return shown.match(board.etaText(1)).hasMatch(); }, 10'000));
    const int far = shown.match(board.etaText(1)).captured(1).toInt();
    CHECK(far >= 3);

    board.moveUnit(3, incidentAt.atDistanceAndAzimuth(200, 90));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QRegularExpressionMatch match = shown.match(board.etaText(1));
            return match.hasMatch() && match.captured(1).toInt() < far;
        },
        10'000));
    CHECK(shown.match(board.etaText(1)).captured(1).toInt() == 1);

    // Arrived: no longer on its way, nothing timed.
    board.assign(1, 1, 3, QStringLiteral("on_scene"));
    REQUIRE(QTest::qWaitFor([&] { return advisor.enRouteEtas().isEmpty(); }, 10'000));
    CHECK(board.etaText(1).isEmpty());
}
