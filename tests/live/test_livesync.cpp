// Live sync: what one console sees of changes made at another, through LISTEN and fetch by id.
#include "live/caseeventmodel.h"
#include "live/labels.h"
#include "live/roles.h"
#include "livetestsupport.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTcpServer>

using namespace pela::core;
using pela::test::LiveConsole;
using pela::test::TestCluster;
using pela::test::waitUntil;

namespace {

struct RowSignals
{
    int inserted = 0;
    int removed = 0;
    int reset = 0;
    QList<QList<int>> changedRoles;

    explicit RowSignals(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, [this] { ++inserted; });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, [this] { ++removed; });
        QObject::connect(model, &QAbstractItemModel::modelReset, [this] { ++reset; });
        QObject::connect(model, &QAbstractItemModel::dataChanged,
                         [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                             changedRoles.append(roles);
                         });
    }
};

QVariant roleOf(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

} // namespace

TEST_CASE("the initial load holds every hospital and unit and no cases")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    QSignalSpy online(&console.sync, &LiveSync::online);
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    CHECK(console.sync.isOnline());
    CHECK(online.count() == 1);
    CHECK(console.state.hospitals().size() == 11);
    CHECK(console.state.units().size() == 23);
    CHECK(console.state.cases().isEmpty());
    CHECK(console.hospitals.rowCount() == 11);
    CHECK(console.units.rowCount() == 23);
    CHECK(console.cases.rowCount() == 0);
    CHECK(console.state.settings().recentlyClosedHours == 12);
    CHECK(console.state.settings().positionStaleSeconds == 120);

    // Hospitals carry their beds and location quality; BKR has no location at all.
    int withBeds = 0;
    for (const HospitalRecord &hospital : console.state.hospitals()) {
        if (!hospital.beds.isEmpty())
            ++withBeds;
        if (hospital.code == QLatin1String("BKR"))
            CHECK_FALSE(hospital.location.isValid());
        if (hospital.code == QLatin1String("LMN")) {
            CHECK(hospital.location.isValid());
            CHECK_FALSE(hospital.locationApproximate);
        }
    }
    CHECK(withBeds > 0);
    const UnitRecord &unit = *console.state.units().cbegin();
    CHECK(unit.position.isValid());
    CHECK(unit.positionAt.isValid());
    CHECK(unit.status == QLatin1String("available"));
    CHECK(console.units.headerData(0, Qt::Horizontal).toString() == QLatin1String("Call sign"));
}

TEST_CASE("a case opened at another workstation appears in the case list within a second")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    RowSignals rows(&console.cases);
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);

    QElapsedTimer clock;
    clock.start();
    const qint64 id = pela::test::openCase(writer, QStringLiteral("2026-000001"),
                                           QStringLiteral("Pasar Mardika"));
    REQUIRE(waitUntil([&] { return console.cases.rowCount() == 1; }, 1000));
    INFO("arrived after " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 1000);
    CHECK(rows.inserted == 1);
    CHECK(rows.reset == 0);
    CHECK(roleOf(console.cases, 0, IdRole).toLongLong() == id);
    CHECK(roleOf(console.cases, 0, CaseNumberRole).toString() == QLatin1String("2026-000001"));
    CHECK(roleOf(console.cases, 0, PriorityRole).toInt() == 1);
    CHECK(roleOf(console.cases, 0, StateRole).toString() == QLatin1String("waiting"));
    CHECK(console.cases.data(console.cases.index(0, CaseListModel::LocationColumn)).toString() ==
          QLatin1String("Pasar Mardika"));
    CHECK(roleOf(console.cases, 0, OpenedAtRole).toDateTime().isValid());
    const CaseRecord record = roleOf(console.cases, 0, RecordRole).value<CaseRecord>();
    CHECK(record.id == id);
    CHECK(record.openedAt.isValid());

    // An edit is a change of the row, not a new row.
    pela::test::execOrFail(writer,
                           "UPDATE cases SET priority = 2, waiting_reason = 'no unit free' "
                           "WHERE id = $1",
                           {id});
    REQUIRE(waitUntil([&] { return roleOf(console.cases, 0, PriorityRole).toInt() == 2; }));
    CHECK(roleOf(console.cases, 0, WaitingReasonRole).toString() == QLatin1String("no unit free"));
    CHECK(rows.inserted == 1);
    CHECK(rows.removed == 0);
}

TEST_CASE("a moving unit is a dataChanged on its position role, never a remove and insert")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    RowSignals rows(&console.units);
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 id = pela::test::unitId(writer, QStringLiteral("AMB-KOTA-1"));
    const int row = console.units.rowOf(id);
    REQUIRE(row >= 0);

    for (int step = 1; step <= 5; ++step) {
        const double lat = -3.6958 + step * 0.001;
        const double lon = 128.1815 + step * 0.001;
        pela::test::execOrFail(writer, "UPDATE units SET lat = $1, lon = $2 WHERE id = $3",
                               {lat, lon, id});
        REQUIRE(waitUntil([&] {
            const auto position = roleOf(console.units, row, PositionRole).value<QGeoCoordinate>();
            return qAbs(position.latitude() - lat) < 1e-9 &&
                   qAbs(position.longitude() - lon) < 1e-9;
        }));
    }
    CHECK(console.units.rowOf(id) == row);
    CHECK(rows.inserted == 0);
    CHECK(rows.removed == 0);
    CHECK(rows.reset == 0);
    REQUIRE(rows.changedRoles.size() == 5);
    for (const QList<int> &roles : std::as_const(rows.changedRoles)) {
        CHECK(roles.contains(PositionRole));
        CHECK_FALSE(roles.contains(UnitStatusRole));
        CHECK_FALSE(roles.contains(CallSignRole));
        CHECK_FALSE(roles.contains(PositionAtRole));
    }
    CHECK(roleOf(console.units, row, UnitStatusRole).toString() == QLatin1String("available"));
}

TEST_CASE("a hospital's ER status and bed changes arrive in the hospital list")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    RowSignals rows(&console.hospitals);
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 id = pela::test::hospitalId(writer, QStringLiteral("LMN"));
    const int row = console.hospitals.rowOf(id);
    REQUIRE(row >= 0);

    pela::test::execOrFail(writer,
                           "UPDATE hospitals SET er_status = 'diverting', "
                           "er_status_reason = 'CT scanner down', version = version + 1 "
                           "WHERE id = $1",
                           {id});
    REQUIRE(waitUntil([&] {
        return roleOf(console.hospitals, row, ErStatusRole).toString() ==
               QLatin1String("diverting");
    }));
    CHECK(roleOf(console.hospitals, row, ErStatusReasonRole).toString() ==
          QLatin1String("CT scanner down"));
    CHECK(console.hospitals.data(console.hospitals.index(row, HospitalListModel::ErStatusColumn))
              .toString() == QLatin1String("Diverting"));

    pela::test::execOrFail(writer,
                           "UPDATE hospital_beds SET available = 0 "
                           "WHERE hospital_id = $1 AND category = 'icu'",
                           {id});
    REQUIRE(waitUntil([&] {
        for (const BedRecord &bed : console.state.findHospital(id)->beds)
            if (bed.category == QLatin1String("icu"))
                return bed.available == 0;
        return false;
    }));
    CHECK(rows.changedRoles.last().contains(BedsRole));
    CHECK(console.hospitals.data(console.hospitals.index(row, HospitalListModel::BedsColumn))
              .toString()
              .contains(QLatin1String("ICU 0/6")));
    CHECK(rows.inserted == 0);
    CHECK(rows.removed == 0);
    CHECK(rows.reset == 0);
}

TEST_CASE("a closed case stays as recently closed, and leaves when the window is zero hours")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);

    const qint64 first = pela::test::openCase(writer, QStringLiteral("2026-000010"));
    REQUIRE(waitUntil([&] { return console.cases.rowOf(first) >= 0; }));
    pela::test::closeCase(writer, first);
    REQUIRE(waitUntil([&] {
        const CaseRecord *record = console.state.findCase(first);
        return record && record->isClosed();
    }));
    const int row = console.cases.rowOf(first);
    REQUIRE(row >= 0);
    CHECK(roleOf(console.cases, row, ClosedAtRole).toDateTime().isValid());
    CHECK(roleOf(console.cases, row, StateRole).toString() == QLatin1String("closed"));
    // A closed case shows when it closed, not an age that keeps growing.
    const QString opened =
        console.cases.data(console.cases.index(row, CaseListModel::OpenedColumn)).toString();
    CHECK(opened == labels::caseState(QStringLiteral("closed")) + QLatin1Char(' ') +
                        labels::clockTime(roleOf(console.cases, row, ClosedAtRole).toDateTime()));

    pela::test::execOrFail(writer,
                           "UPDATE settings SET value = '0' WHERE key = 'recently_closed_hours'");
    const qint64 second = pela::test::openCase(writer, QStringLiteral("2026-000011"));
    REQUIRE(waitUntil([&] { return console.cases.rowOf(second) >= 0; }));
    CHECK(console.state.settings().recentlyClosedHours == 0);
    pela::test::closeCase(writer, second);
    REQUIRE(waitUntil([&] { return console.cases.rowOf(second) < 0; }));
    CHECK(console.state.findCase(second) == nullptr);

    // The earlier case ages out of the window without a change of its own.
    console.state.pruneClosedCases();
    CHECK(console.cases.rowOf(first) < 0);
    CHECK(console.cases.rowCount() == 0);
}

TEST_CASE("a case's event list follows new events of that case and of no other")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 watched = pela::test::openCase(writer, QStringLiteral("2026-000020"));
    const qint64 other = pela::test::openCase(writer, QStringLiteral("2026-000021"));
    REQUIRE(waitUntil([&] { return console.cases.rowCount() == 2; }));

    CaseEventModel events(&console.sync);
    QAbstractItemModelTester tester(&events, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QElapsedTimer asked;
    asked.start();
    events.setCaseId(watched);
    CHECK(asked.elapsed() < 50); // asking never waits for the server
    CHECK(events.isLoading());
    REQUIRE(waitUntil([&] { return !events.isLoading(); }));
    REQUIRE(events.rowCount() == 1);
    CHECK(events.data(events.index(0, 0), EventKindRole).toString() ==
          QLatin1String("case_opened"));

    pela::test::execOrFail(writer,
                           "INSERT INTO case_events (case_id, kind, payload) VALUES "
                           "($1, 'note_added', '{\"text\": \"caller calm\"}'), "
                           "($2, 'note_added', '{}'), ($1, 'priority_changed', '{\"to\": 2}')",
                           {watched, other});
    REQUIRE(waitUntil([&] { return events.rowCount() == 3; }));
    CHECK(events.data(events.index(1, 0), EventKindRole).toString() == QLatin1String("note_added"));
    CHECK(
        events.data(events.index(1, 0), PayloadRole).toJsonObject().value(QLatin1String("text")) ==
        QLatin1String("caller calm"));
    CHECK(events.data(events.index(2, CaseEventModel::KindColumn)).toString() ==
          QLatin1String("priority_changed"));
    for (int row = 0; row < events.rowCount(); ++row)
        CHECK(events.eventAt(row).caseId == watched);

    pela::test::execOrFail(writer, "INSERT INTO case_events (case_id, kind) VALUES ($1, 'x')",
                           {other});
    pela::test::execOrFail(
        writer, "INSERT INTO case_events (case_id, kind) VALUES ($1, 'dispatched')", {watched});
    REQUIRE(waitUntil([&] { return events.rowCount() == 4; }));
    CHECK(events.eventAt(3).kind == QLatin1String("dispatched"));
    QTest::qWait(100);
    CHECK(events.rowCount() == 4);
}

TEST_CASE("a dispatched unit shows on its case until its assignment is cleared")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 caseId = pela::test::openCase(writer, QStringLiteral("2026-000030"));
    const qint64 unit = pela::test::unitId(writer, QStringLiteral("AMB-KOTA-2"));
    REQUIRE(waitUntil([&] { return console.cases.rowOf(caseId) >= 0; }));

    const pela::core::PgResult assigned = writer.exec(
        "WITH a AS (INSERT INTO assignments (case_id, unit_id, state, dispatched_at) "
        "VALUES ($1, $2, 'dispatched', now()) RETURNING id), "
        "u AS (UPDATE units SET status = 'dispatched', current_assignment_id = (SELECT id FROM a), "
        "version = version + 1 WHERE id = $2), "
        "c AS (UPDATE cases SET state = 'dispatched' WHERE id = $1) "
        "SELECT id FROM a",
        {caseId, unit});
    REQUIRE(assigned.ok());
    const qint64 assignment = assigned.text(0, 0).toLongLong();
    REQUIRE(waitUntil([&] {
        const int row = console.cases.rowOf(caseId);
        return roleOf(console.cases, row, AssignedUnitsRole).toStringList() ==
                   QStringList{QStringLiteral("AMB-KOTA-2")} &&
               roleOf(console.units, console.units.rowOf(unit), AssignedCaseIdRole).toLongLong() ==
                   caseId;
    }));
    CHECK(roleOf(console.cases, console.cases.rowOf(caseId), StateRole).toString() ==
          QLatin1String("dispatched"));
    CHECK(console.state.assignmentsOfCase(caseId).size() == 1);
    CHECK(console.cases
              .data(console.cases.index(console.cases.rowOf(caseId), CaseListModel::UnitsColumn))
              .toString() == QLatin1String("AMB-KOTA-2"));

    pela::test::execOrFail(writer,
                           "UPDATE assignments SET state = 'cleared', cleared_at = now() "
                           "WHERE id = $1",
                           {assignment});
    pela::test::execOrFail(writer,
                           "UPDATE units SET status = 'available', current_assignment_id = NULL "
                           "WHERE id = $1",
                           {unit});
    REQUIRE(waitUntil([&] {
        return roleOf(console.cases, console.cases.rowOf(caseId), AssignedUnitsRole)
            .toStringList()
            .isEmpty();
    }));
    CHECK(console.state.assignments().isEmpty());
}

TEST_CASE("many changes in one transaction all arrive, and a large batch reloads the table")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    RowSignals rows(&console.cases);
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);

    // 2,000 ids do not fit a payload: the trigger says '*' and the table is read whole.
    pela::test::execOrFail(writer, "INSERT INTO cases (number, category, priority) "
                                   "SELECT '2026-' || lpad(n::text, 6, '0'), 'medical', 3 "
                                   "FROM generate_series(1, 2000) n");
    REQUIRE(waitUntil([&] { return console.cases.rowCount() == 2000; }, 10000));
    CHECK(rows.reset == 0);

    // Several statements committed together, then one burst of single-row updates.
    pela::test::execOrFail(writer, "BEGIN");
    for (int i = 0; i < 50; ++i)
        pela::test::execOrFail(
            writer, "UPDATE cases SET notes = $1 WHERE number = '2026-' || lpad($2, 6, '0')",
            {QStringLiteral("burst"), QString::number(i + 1)});
    pela::test::execOrFail(writer, "COMMIT");
    REQUIRE(waitUntil([&] {
        int burst = 0;
        for (const CaseRecord &record : console.state.cases())
            burst += record.notes == QLatin1String("burst");
        return burst == 50;
    }));

    LiveState fresh;
    LiveSync freshSync(&fresh);
    REQUIRE(pela::test::startOnline(freshSync, conninfo));
    CHECK(fresh.sameContent(console.state));
}

TEST_CASE("a live sync holds exactly one database connection")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    pela::core::PgConnection observer = pela::test::connect(conninfo);
    const pela::core::PgResult count =
        observer.exec("SELECT count(*) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND application_name LIKE 'pela-live@%'");
    REQUIRE(count.ok());
    CHECK(count.text(0, 0).toInt() == 1);
}

TEST_CASE("reconnectNow does nothing while online; offline, it retries without the backoff wait")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    QSignalSpy offline(&console.sync, &LiveSync::offline);
    QSignalSpy online(&console.sync, &LiveSync::online);
    QSignalSpy reloaded(&console.state, &LiveState::reloaded);
    console.sync.setReconnectDelays(std::chrono::minutes(10), std::chrono::minutes(10));
    REQUIRE(pela::test::startOnline(console.sync, conninfo));

    console.sync.reconnectNow();
    QTest::qWait(200);
    CHECK(console.sync.isOnline());
    CHECK(online.count() == 1);
    CHECK(offline.isEmpty());
    CHECK(reloaded.count() == 1);

    // The server ends the sync's session, as an administrator or a failover would.
    PgConnection admin = pela::test::connect(conninfo);
    pela::test::execOrFail(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database() "
                                  "AND application_name LIKE 'pela-live@%'");
    REQUIRE(waitUntil([&] { return offline.count() == 1; }, 5000));
    CHECK(console.sync.status() == LiveSync::Status::Offline);

    // The next retry is ten minutes away; Retry does not wait for it.
    console.sync.reconnectNow();
    REQUIRE(waitUntil([&] { return console.sync.isOnline(); }, 5000));
    CHECK(online.count() == 2);
    CHECK(reloaded.count() == 1); // the reload after reconnecting is applied as a difference
    CHECK(offline.count() == 1);
}

TEST_CASE("start() against a server that never answers returns at once and goes offline after "
          "the connect timeout")
{
    // Listening without ever accepting: the kernel completes the handshake, nobody answers.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    silent.pauseAccepting();
    const QString conninfo =
        QStringLiteral("host=127.0.0.1 port=%1 dbname=pela user=pela").arg(silent.serverPort());

    LiveConsole console;
    QSignalSpy offline(&console.sync, &LiveSync::offline);
    QSignalSpy online(&console.sync, &LiveSync::online);
    console.sync.setConnectTimeout(std::chrono::milliseconds(300));
    console.sync.setReconnectDelays(std::chrono::minutes(10), std::chrono::minutes(10));

    QElapsedTimer clock;
    clock.start();
    CHECK(console.sync.start(conninfo));
    CHECK(clock.elapsed() < 100);
    CHECK(console.sync.status() == LiveSync::Status::Connecting);

    REQUIRE(waitUntil([&] { return offline.count() == 1; }, 5000));
    CHECK(clock.elapsed() >= 250); // a coarse timer may fire up to 5% early
    CHECK(console.sync.status() == LiveSync::Status::Offline);
    CHECK(console.sync.lastError().kind() == DbError::Kind::Unreachable);

    // Retry makes another attempt, which waits in the background the same way.
    clock.restart();
    console.sync.reconnectNow();
    CHECK(clock.elapsed() < 100);
    QTest::qWait(500);
    CHECK(console.sync.status() == LiveSync::Status::Offline);
    CHECK(offline.count() == 1);
    CHECK(online.isEmpty());
    console.sync.stop();
    CHECK(console.sync.status() == LiveSync::Status::Stopped);
}

namespace {

// A workstation clock that runs `seconds` ahead of the real time (behind when negative).
Clock::Source skewedBy(qint64 seconds)
{
    return [seconds] { return QDateTime::currentDateTimeUtc().addSecs(seconds); };
}

QString unitAge(const LiveConsole &console, qint64 unit)
{
    return console.units
        .data(console.units.index(console.units.rowOf(unit), UnitListModel::PositionAgeColumn))
        .toString();
}

} // namespace

TEST_CASE("with the workstation's clock two minutes ahead, ages, stale markers and the pruning of "
          "closed cases follow the server's clock")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    console.state.clock().setWorkstationClock(skewedBy(120));
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    // Measured at connect: the server is two minutes behind this workstation.
    CHECK(qAbs(console.state.clock().serverOffset().count() + 120'000) < 2000);
    CHECK(qAbs(console.state.clock().now().msecsTo(QDateTime::currentDateTimeUtc())) < 2000);

    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 unit = pela::test::unitId(writer, QStringLiteral("AMB-KOTA-1"));
    pela::test::execOrFail(writer,
                           "UPDATE units SET position_at = now() - interval '60 seconds' "
                           "WHERE id = $1",
                           {unit});
    const int row = console.units.rowOf(unit);
    REQUIRE(waitUntil([&] { return unitAge(console, unit) == QStringLiteral("1 min"); }));
    // By the workstation's own clock it would be three minutes old, past the 120 s limit.
    CHECK_FALSE(roleOf(console.units, row, PositionStaleRole).toBool());

    const qint64 id = pela::test::openCase(writer, QStringLiteral("2026-000040"));
    REQUIRE(waitUntil([&] { return console.cases.rowOf(id) >= 0; }));
    const QString opened =
        console.cases
            .data(console.cases.index(console.cases.rowOf(id), CaseListModel::OpenedColumn))
            .toString();
    INFO(opened.toStdString());
    CHECK(opened.endsWith(QStringLiteral(" s)")));

    // Closed cases stay for one minute; just closed, this one is not pruned.
    pela::test::execOrFail(writer, "UPDATE settings SET value = '0.0167' "
                                   "WHERE key = 'recently_closed_hours'");
    pela::test::closeCase(writer, id);
    REQUIRE(waitUntil([&] {
        const CaseRecord *record = console.state.findCase(id);
        return record && record->isClosed();
    }));
    console.state.pruneClosedCases();
    CHECK(console.state.findCase(id) != nullptr);
    CHECK(console.cases.rowOf(id) >= 0);
}

TEST_CASE("with the workstation's clock two minutes behind, a fix 150 s old is stale")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    console.state.clock().setWorkstationClock(skewedBy(-120));
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    CHECK(qAbs(console.state.clock().serverOffset().count() - 120'000) < 2000);

    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 unit = pela::test::unitId(writer, QStringLiteral("AMB-KOTA-2"));
    pela::test::execOrFail(writer,
                           "UPDATE units SET position_at = now() - interval '150 seconds' "
                           "WHERE id = $1",
                           {unit});
    REQUIRE(waitUntil([&] { return unitAge(console, unit).startsWith(QStringLiteral("2 min")); }));
    // By the workstation's own clock it would be 30 s old and look fresh.
    CHECK(roleOf(console.units, console.units.rowOf(unit), PositionStaleRole).toBool());
    CHECK(unitAge(console, unit) == QStringLiteral("2 min (stale)"));
}

TEST_CASE("a deleted unit and a deleted bed row disappear from a listening console")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    RowSignals units(&console.units);
    RowSignals hospitals(&console.hospitals);
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);

    const qint64 hearse = pela::test::unitId(writer, QStringLiteral("JNZ-1"));
    REQUIRE(console.units.rowOf(hearse) >= 0);
    pela::test::execOrFail(writer, "DELETE FROM units WHERE id = $1", {hearse});
    REQUIRE(waitUntil([&] { return console.units.rowOf(hearse) < 0; }));
    CHECK(console.state.findUnit(hearse) == nullptr);
    CHECK(console.units.rowCount() == 22);
    CHECK(units.removed == 1);
    CHECK(units.reset == 0);

    const qint64 hospital = pela::test::hospitalId(writer, QStringLiteral("LMN"));
    auto hasIcu = [&] {
        for (const BedRecord &bed : console.state.findHospital(hospital)->beds)
            if (bed.category == QLatin1String("icu"))
                return true;
        return false;
    };
    REQUIRE(hasIcu());
    pela::test::execOrFail(writer,
                           "DELETE FROM hospital_beds WHERE hospital_id = $1 AND category = 'icu'",
                           {hospital});
    REQUIRE(waitUntil([&] { return !hasIcu(); }));
    REQUIRE_FALSE(hospitals.changedRoles.isEmpty());
    CHECK(hospitals.changedRoles.last().contains(BedsRole));
    CHECK(hospitals.removed == 0);
    CHECK(console.hospitals.rowCount() == 11);
}

TEST_CASE("a flood of 1,000 'reload the table' notifications is coalesced, and real changes still "
          "arrive at once")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    RowSignals rows(&console.cases);
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);
    pela::core::PgConnection flooder = pela::test::connect(conninfo);

    // Any login may send these; each is its own transaction, so none is merged by the server.
    QElapsedTimer clock;
    clock.start();
    qint64 opened = 0;
    for (int i = 0; i < 1000; ++i) {
        pela::test::execOrFail(flooder, "NOTIFY pela, 'cases:UPDATE:*'");
        if (i % 100 == 0)
            QCoreApplication::processEvents(); // the console keeps up while the flood goes on
        if (i == 500)
            opened = pela::test::openCase(writer, QStringLiteral("2026-000050"));
    }
    // The case opened mid-flood is fetched by id as usual, not held back with the reloads.
    REQUIRE(waitUntil([&] { return console.cases.rowOf(opened) >= 0; }, 2000));
    REQUIRE(waitUntil([&] { return console.sync.counters().notifications >= 1002; }, 5000));
    QTest::qWait(1200); // the last deferred reload, if any
    const qint64 elapsedMs = clock.elapsed();
    const LiveSync::Counters counters = console.sync.counters();
    INFO(counters.tableReloads << " reloads for " << counters.notifications << " notifications in "
                               << elapsedMs << " ms");
    CHECK(counters.tableReloads >= 1);
    CHECK(counters.tableReloads <= elapsedMs / 1000 + 2);
    CHECK(rows.reset == 0);
    CHECK(console.cases.rowCount() == 1);
    CHECK(console.sync.isOnline());
}

TEST_CASE("a selection in the case and unit lists survives a reconnect; what changed meanwhile "
          "arrives row by row")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    console.sync.setReconnectDelays(std::chrono::minutes(10), std::chrono::minutes(10));
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    pela::core::PgConnection writer = pela::test::rawWriter(conninfo);
    pela::test::openCase(writer, QStringLiteral("2026-000060"));
    const qint64 selectedCase = pela::test::openCase(writer, QStringLiteral("2026-000061"));
    const qint64 selectedUnit = pela::test::unitId(writer, QStringLiteral("AMB-KOTA-1"));
    const qint64 goneUnit = pela::test::unitId(writer, QStringLiteral("JNZ-1"));
    REQUIRE(waitUntil([&] { return console.cases.rowCount() == 2; }));

    QItemSelectionModel caseSelection(&console.cases);
    QItemSelectionModel unitSelection(&console.units);
    const auto selectRow = [](QItemSelectionModel &selection, int row) {
        selection.setCurrentIndex(selection.model()->index(row, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    selectRow(caseSelection, console.cases.rowOf(selectedCase));
    selectRow(unitSelection, console.units.rowOf(selectedUnit));
    RowSignals cases(&console.cases);
    RowSignals units(&console.units);

    // A network blip: the server ends the sync's session; meanwhile things change.
    QSignalSpy offline(&console.sync, &LiveSync::offline);
    pela::core::PgConnection admin = pela::test::connect(conninfo);
    pela::test::execOrFail(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database() "
                                  "AND application_name LIKE 'pela-live@%'");
    REQUIRE(waitUntil([&] { return offline.count() == 1; }, 5000));
    const qint64 newCase = pela::test::openCase(writer, QStringLiteral("2026-000062"));
    pela::test::execOrFail(writer, "UPDATE units SET lat = -3.70, lon = 128.17 WHERE id = $1",
                           {selectedUnit});
    pela::test::execOrFail(writer, "DELETE FROM units WHERE id = $1", {goneUnit});

    console.sync.reconnectNow();
    REQUIRE(waitUntil([&] { return console.sync.isOnline(); }, 5000));
    CHECK(cases.reset == 0);
    CHECK(units.reset == 0);
    CHECK(cases.inserted == 1);
    CHECK(units.removed == 1);
    CHECK(console.cases.rowOf(newCase) >= 0);
    CHECK(console.units.rowOf(goneUnit) < 0);
    CHECK(console.state.findUnit(selectedUnit)->position == QGeoCoordinate(-3.70, 128.17));

    const QModelIndexList selectedCases = caseSelection.selectedRows();
    REQUIRE(selectedCases.size() == 1);
    CHECK(roleOf(console.cases, selectedCases.first().row(), IdRole).toLongLong() == selectedCase);
    CHECK(caseSelection.currentIndex().row() == console.cases.rowOf(selectedCase));
    const QModelIndexList selectedUnits = unitSelection.selectedRows();
    REQUIRE(selectedUnits.size() == 1);
    CHECK(roleOf(console.units, selectedUnits.first().row(), IdRole).toLongLong() == selectedUnit);
}
