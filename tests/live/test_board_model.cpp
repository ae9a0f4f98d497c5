// The board's model, timers and detail models on a LiveState fed by hand and a clock the test
// holds: thresholds, order, alerts and acknowledgement, the hearse's booked time, and every
// model under a Fatal QAbstractItemModelTester while cases change.
#include "live/caseboardmodel.h"
#include "live/casetimelinemodel.h"
#include "live/casetimers.h"
#include "live/hospitalstatusmodel.h"
#include "live/livestate.h"
#include "live/roles.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace pela::core;
using std::chrono::seconds;

namespace {

const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC); // 10:00 WIT

struct Board
{
    LiveState state;
    CaseFactsStore facts{&state};
    CaseBoardModel model{&state, &facts};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QDateTime now = start;

    Board()
    {
        state.clock().setWorkstationClock([this] { return now; });
        LiveSnapshot snapshot;
        for (int i = 1; i <= 3; ++i) {
            UnitRecord unit;
            unit.id = i;
            unit.callSign = QStringLiteral("AMB-KOTA-%1").arg(i);
            unit.kind = QStringLiteral("ambulance_als");
            unit.status = QStringLiteral("available");
            snapshot.units.insert(unit.id, unit);
        }
        HospitalRecord hospital;
        hospital.id = 1;
        hospital.code = QStringLiteral("HLS");
        snapshot.hospitals.insert(hospital.id, hospital);
        state.resetTo(snapshot);
    }

    // Advances the clock and lets the model see it, as the board's one-second timer does.
    void after(int secs)
    {
        now = now.addSecs(secs);
        model.tick();
    }

    CaseRecord add(qint64 id, int priority, int openedSecondsAgo,
                   const QString &category = QStringLiteral("medical"))
    {
        CaseRecord record;
        record.id = id;
        record.number = QStringLiteral("2026-%1").arg(id, 6, 10, QLatin1Char('0'));
        record.category = category;
        record.priority = priority;
        record.state = QStringLiteral("waiting");
        record.openedAt = now.addSecs(-openedSecondsAgo);
        record.openedBy = QStringLiteral("siti");
        record.version = 1;
        state.applyCases({record}, {});
        return record;
    }

    void assign(qint64 assignmentId, qint64 caseId, qint64 unitId, const QString &assignmentState,
                const QDateTime &since)
    {
        AssignmentRecord assignment;
        assignment.id = assignmentId;
        assignment.caseId = caseId;
        assignment.unitId = unitId;
        assignment.state = assignmentState;
        assignment.requestedAt = since;
        assignment.dispatchedAt = since;
        assignment.enRouteAt = since;
        assignment.onSceneAt = since;
        assignment.atHospitalAt = since;
        state.applyAssignments({assignment}, {});
        CaseRecord record = *state.findCase(caseId);
        record.state = assignmentState;
        record.version += 1;
        state.applyCases({record}, {});
    }

    QStringList order() const
    {
        // The board's order is the order role's; the proxy sorts by it.
        QList<std::pair<qlonglong, QString>> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            rows.append({index.data(CaseBoardModel::BoardOrderRole).toLongLong(),
                         index.data(CaseNumberRole).toString()});
        }
        std::sort(rows.begin(), rows.end());
        QStringList numbers;
        for (const auto &row : rows)
            numbers << row.second;
        return numbers;
    }

    QModelIndex indexOf(qint64 id, int column = 0) const
    {
        return model.index(model.rowOf(id), column);
    }
    QString timerText(qint64 id) const
    {
        return indexOf(id, CaseBoardModel::TimerColumn).data().toString();
    }
    bool overdue(qint64 id) const
    {
        return indexOf(id).data(CaseBoardModel::TimerOverdueRole).toBool();
    }
};

} // namespace

TEST_CASE("a P1 waiting for a unit turns overdue at 60 s and the board says why and how long")
{
    Board board;
    board.add(1, 1, 0);
    CHECK(board.timerText(1) == QStringLiteral("P1 waiting for a unit 0:00"));
    CHECK_FALSE(board.overdue(1));
    QSignalSpy changed(&board.model, &QAbstractItemModel::dataChanged);
    board.after(59);
    CHECK_FALSE(board.overdue(1));
    CHECK(board.timerText(1) == QStringLiteral("P1 waiting for a unit 0:59"));
    board.after(1);
    CHECK(board.overdue(1));
    board.after(45);
    CHECK(board.timerText(1) == QStringLiteral("P1 waiting for a unit 1:45"));
    // The row's colour and order were announced on the whole row, from the number column.
    bool announced = false;
    for (const QList<QVariant> &signal : changed)
        if (signal.at(2).value<QList<int>>().contains(CaseBoardModel::TimerOverdueRole))
            announced = signal.at(0).value<QModelIndex>().column() == 0 &&
                        signal.at(1).value<QModelIndex>().column() ==
                            CaseBoardModel::ColumnCount - 1;
    CHECK(announced);
}

TEST_CASE("a case crossing its threshold rises above the cases that are not overdue")
{
    Board board;
    board.add(1, 1, 10);  // P1, fresh
    board.add(2, 2, 200); // P2, waiting 200 s of its 300
    board.add(3, 3, 30);  // P3
    CHECK(board.order() ==
          QStringList{QStringLiteral("2026-000001"), QStringLiteral("2026-000002"),
                      QStringLiteral("2026-000003")});
    QSignalSpy changed(&board.model, &QAbstractItemModel::dataChanged);
    board.after(100); // the P2 reaches 300 s; the P1 is at 110 s: both overdue
    CHECK(board.overdue(1));
    CHECK(board.overdue(2));
    CHECK(board.order().first() == QStringLiteral("2026-000001"));
    // A unit for the P1: it is no longer overdue, and the P2 that waits leads.
    board.assign(11, 1, 1, QStringLiteral("dispatched"), board.now);
    CHECK_FALSE(board.overdue(1));
    CHECK(board.order() ==
          QStringList{QStringLiteral("2026-000002"), QStringLiteral("2026-000001"),
                      QStringLiteral("2026-000003")});
    CHECK(board.timerText(1) == QStringLiteral("AMB-KOTA-1 not en route 0:00"));
}

TEST_CASE("each unit and referral timer has its threshold and names the unit or agency")
{
    Board board;
    const CaseRecord requested = board.add(1, 1, 0);
    board.assign(11, 1, 1, QStringLiteral("requested"), board.now);
    board.add(2, 1, 0);
    board.assign(12, 2, 2, QStringLiteral("dispatched"), board.now);
    board.add(3, 2, 0);
    board.assign(13, 3, 3, QStringLiteral("on_scene"), board.now);
    board.add(4, 3, 0, QStringLiteral("fire"));
    CaseRecord referred = *board.state.findCase(4);
    referred.state = QStringLiteral("referred");
    board.state.applyCases({referred}, {});
    CaseFacts facts;
    facts.referrals = {{QStringLiteral("Damkar"), QStringLiteral("forwarded"), board.now, {}}};
    board.facts.setFacts(4, facts);

    board.after(29);
    CHECK_FALSE(board.overdue(1));
    board.after(1);
    CHECK(board.overdue(1));
    CHECK(board.timerText(1) == QStringLiteral("AMB-KOTA-1 request unanswered 0:30"));
    board.after(90);
    CHECK(board.overdue(2));
    CHECK(board.timerText(2) == QStringLiteral("AMB-KOTA-2 not en route 2:00"));
    CHECK_FALSE(board.overdue(4));
    board.after(180);
    CHECK(board.overdue(4));
    CHECK(board.timerText(4) == QStringLiteral("Damkar not acknowledged 5:00"));
    CHECK_FALSE(board.overdue(3));
    board.after(1500);
    CHECK(board.overdue(3));
    CHECK(board.timerText(3) == QStringLiteral("AMB-KOTA-3 on scene 30:00"));
    // Acknowledged: the referral's timer stops.
    facts.referrals.first().state = QStringLiteral("acknowledged");
    board.facts.setFacts(4, facts);
    CHECK(board.timerText(4).isEmpty());
    CHECK_FALSE(board.overdue(4));
    Q_UNUSED(requested);
}

TEST_CASE("the thresholds are the settings': a shorter one turns a case red sooner")
{
    Board board;
    board.add(1, 1, 0);
    board.after(40);
    CHECK_FALSE(board.overdue(1));
    BoardSettings settings;
    settings.p1Waiting = seconds(30);
    board.model.setSettings(settings);
    CHECK(board.overdue(1));
}

TEST_CASE("a hearse transport waits for its pickup time, never against the emergency thresholds")
{
    Board board;
    CaseRecord hearse = board.add(1, 4, 0, QStringLiteral("hearse_transport"));
    hearse.triage = QJsonObject{
        {QStringLiteral("answers"),
         QJsonObject{{QStringLiteral("hearse.time"),
                      board.now.addSecs(2 * 3600).toTimeZone(QTimeZone(9 * 3600)).toString(
                          Qt::ISODate)}}}};
    board.state.applyCases({hearse}, {});
    CHECK(board.timerText(1) == QStringLiteral("pickup at 12:00 (in 2:00:00)"));
    board.after(3600);
    CHECK_FALSE(board.overdue(1));
    CHECK(board.model.alertingCases().isEmpty());
    // Even were it raised to P1, the booking decides, not the 60 s.
    hearse.priority = 1;
    board.state.applyCases({hearse}, {});
    board.after(60);
    CHECK_FALSE(board.overdue(1));
    CHECK(board.model.alertingCases().isEmpty());
    board.after(3600);
    CHECK(board.overdue(1));
    CHECK(board.timerText(1) == QStringLiteral("pickup 12:00 passed 1:00 ago, no unit"));
    CHECK(board.model.alertingCases().isEmpty());
}

TEST_CASE("an unassigned P1 past its threshold alerts until acknowledged, and again when it "
          "waits anew")
{
    Board board;
    QSignalSpy alerts(&board.model, &CaseBoardModel::alertsChanged);
    const CaseRecord p1 = board.add(1, 1, 0);
    board.add(2, 2, 0);
    board.after(61);
    CHECK(board.model.alertingCases() == QList<qint64>{1});
    CHECK(alerts.count() == 1);
    CHECK(board.indexOf(1).data(CaseBoardModel::AlertRole).toBool());

    CaseFacts facts;
    facts.stateChangedAt = p1.openedAt;
    facts.alertAcknowledgedAt = board.now;
    board.facts.setFacts(1, facts);
    CHECK(board.model.alertingCases().isEmpty());
    CHECK(alerts.count() == 2);
    // Still red on the board: acknowledged is not solved.
    CHECK(board.overdue(1));

    // A unit came and was cancelled: the case waits again and alerts again.
    board.assign(11, 1, 1, QStringLiteral("dispatched"), board.now);
    board.after(5);
    board.state.applyAssignments({}, {11});
    CaseRecord again = *board.state.findCase(1);
    again.state = QStringLiteral("waiting");
    again.waitingReason =
        QStringLiteral("{\"kind\": \"cancelled\", \"unit\": \"AMB-KOTA-1\", \"reason\": \"x\"}");
    board.state.applyCases({again}, {});
    facts.stateChangedAt = board.now;
    board.facts.setFacts(1, facts);
    board.after(1);
    CHECK(board.model.alertingCases() == QList<qint64>{1});
}

TEST_CASE("the board model stays consistent through inserts, changes, removals and ticks")
{
    Board board;
    for (int i = 1; i <= 30; ++i)
        board.add(i, 1 + i % 4, i * 7);
    board.after(1);
    for (int i = 1; i <= 30; i += 3)
        board.assign(100 + i, i, 1 + i % 3, QStringLiteral("dispatched"), board.now);
    board.after(200);
    for (int i = 2; i <= 30; i += 5) {
        CaseRecord record = *board.state.findCase(i);
        record.priority = 1;
        record.locationText = QStringLiteral("moved");
        board.state.applyCases({record}, {});
    }
    CaseRecord closed = *board.state.findCase(3);
    closed.state = QStringLiteral("closed");
    closed.disposition = QStringLiteral("prank");
    closed.closedAt = board.now;
    board.state.applyAssignments({}, {});
    board.state.applyCases({closed}, {});
    board.state.applyCases({}, {4, 5, 6});
    board.after(3600);
    CHECK(board.model.rowCount() == 27);
    // Closed cases go last.
    CHECK(board.order().last() == QStringLiteral("2026-000003"));
    CHECK(board.model.index(board.model.rowOf(3), CaseBoardModel::AgeColumn)
              .data()
              .toString() == QStringLiteral("closed 10:03"));
}

TEST_CASE("the board shows the units with their statuses, the kelurahan, hospital and people")
{
    Board board;
    CaseRecord record = board.add(1, 1, 90);
    record.kelurahanCode = QStringLiteral("81.71.02.1004");
    record.locationText = QStringLiteral("depan Gereja Maranatha");
    record.destinationHospitalId = 1;
    board.state.applyCases({record}, {});
    board.model.setPlaces({{QStringLiteral("81.71.02.1004"),
                            {QStringLiteral("Honipopu"), QStringLiteral("81.71.02")}}});
    board.assign(11, 1, 2, QStringLiteral("en_route"), board.now);
    CaseFacts facts;
    facts.dispatcher = QStringLiteral("budi");
    board.facts.setFacts(1, facts);
    auto cell = [&](int column) { return board.indexOf(1, column).data().toString(); };
    CHECK(cell(CaseBoardModel::LocationColumn) ==
          QStringLiteral("Honipopu · depan Gereja Maranatha"));
    CHECK(board.indexOf(1).data(CaseBoardModel::KecamatanCodeRole).toString() ==
          QStringLiteral("81.71.02"));
    CHECK(cell(CaseBoardModel::UnitsColumn) == QStringLiteral("AMB-KOTA-2 (en route)"));
    CHECK(cell(CaseBoardModel::DestinationColumn) == QStringLiteral("HLS"));
    CHECK(cell(CaseBoardModel::CallTakerColumn) == QStringLiteral("siti"));
    CHECK(cell(CaseBoardModel::DispatcherColumn) == QStringLiteral("budi"));
    CHECK(cell(CaseBoardModel::AgeColumn) == QStringLiteral("1 min"));
    CHECK(cell(CaseBoardModel::InStateColumn) == QStringLiteral("0 s"));
    board.after(125);
    CHECK(cell(CaseBoardModel::InStateColumn) == QStringLiteral("2 min"));
}

TEST_CASE("the timeline words each event and takes live events in order, once")
{
    LiveState state;
    CaseTimelineModel timeline(&state);
    QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto event = [](qint64 id, const char *kind, QJsonObject payload) {
        CaseEventRecord record;
        record.id = id;
        record.caseId = 7;
        record.kind = QLatin1String(kind);
        record.payload = payload;
        record.actor = QStringLiteral("siti");
        record.workstation = QStringLiteral("pela-console@ws-07");
        record.occurredAt = start.addSecs(id);
        return record;
    };
    timeline.setEvents(
        7, {event(3, "unit_assigned", {{QStringLiteral("unit"), QStringLiteral("AMB-KOTA-1")}}),
            event(1, "case_opened",
                  {{QStringLiteral("priority"), 1},
                   {QStringLiteral("category"), QStringLiteral("medical")},
                   {QStringLiteral("location"), QStringLiteral("Jl. Pattimura")}})});
    REQUIRE(timeline.rowCount() == 2);
    CHECK(timeline.index(0, CaseTimelineModel::TimeColumn).data().toString() ==
          QStringLiteral("10:00:01"));
    CHECK(timeline.index(0, CaseTimelineModel::WhatColumn).data().toString() ==
          QStringLiteral("Case opened"));
    CHECK(timeline.index(0, CaseTimelineModel::DetailsColumn).data().toString() ==
          QStringLiteral("P1, Medical — Jl. Pattimura"));
    CHECK(timeline.index(0, CaseTimelineModel::WhoColumn).data().toString() ==
          QStringLiteral("siti @ pela-console@ws-07"));
    // Live: one that committed late goes in its place; one already read is not repeated; other
    // cases' events stay out.
    state.addCaseEvents({event(2, "note_added", {{QStringLiteral("note"), QStringLiteral("gate")}}),
                         event(3, "unit_assigned", {})});
    CaseEventRecord elsewhere = event(4, "note_added", {});
    elsewhere.caseId = 8;
    state.addCaseEvents({elsewhere});
    REQUIRE(timeline.rowCount() == 3);
    CHECK(timeline.index(1, CaseTimelineModel::WhatColumn).data().toString() ==
          QStringLiteral("Note"));
    CHECK(timeline.index(1, CaseTimelineModel::DetailsColumn).data().toString() ==
          QStringLiteral("gate"));
    CHECK(timeline.index(2, CaseTimelineModel::DetailsColumn).data().toString() ==
          QStringLiteral("AMB-KOTA-1"));
}

TEST_CASE("a hospital's status goes stale after the setting, by the clock, with who updated it")
{
    LiveState state;
    QDateTime now = start;
    state.clock().setWorkstationClock([&now] { return now; });
    HospitalStatusModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    HospitalRecord hospital;
    hospital.id = 1;
    hospital.code = QStringLiteral("HLS");
    hospital.name = QStringLiteral("RSUD dr. M. Haulussy");
    hospital.erStatus = QStringLiteral("open");
    hospital.capabilities = {QStringLiteral("igd"), QStringLiteral("icu")};
    hospital.updatedAt = start.addSecs(-3600);
    hospital.updatedBy = QStringLiteral("admin");
    hospital.beds = {{QStringLiteral("igd"), 3, 10, start.addSecs(-600), QStringLiteral("siti")}};
    LiveSnapshot snapshot;
    snapshot.hospitals.insert(1, hospital);
    state.resetTo(snapshot);
    model.setStaleAfter(std::chrono::minutes(60));
    const QModelIndex row = model.index(0, HospitalStatusModel::UpdatedColumn);
    CHECK(row.data().toString() == QStringLiteral("09:50 by siti"));
    CHECK_FALSE(row.data(HospitalStatusModel::StaleRole).toBool());
    CHECK(model.index(0, HospitalStatusModel::CapabilitiesColumn).data().toString() ==
          QStringLiteral("emergency department, ICU"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = now.addSecs(50 * 60 + 1);
    model.tick();
    CHECK(row.data(HospitalStatusModel::StaleRole).toBool());
    CHECK(row.data().toString() == QStringLiteral("09:50 by siti (stale: 1 h 00 min ago)"));
    CHECK(changed.count() >= 1);
    // A new ER status is an update: fresh again.
    hospital.erStatus = QStringLiteral("diverting");
    hospital.updatedAt = now;
    hospital.updatedBy = QStringLiteral("lead");
    state.applyHospitals({hospital}, {});
    CHECK_FALSE(row.data(HospitalStatusModel::StaleRole).toBool());
    CHECK(row.data().toString() == QStringLiteral("10:50 by lead"));
}
