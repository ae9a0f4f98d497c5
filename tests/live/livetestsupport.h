// Shared pieces of the live sync suites: a LiveSync with every model under a Fatal tester,
// a writer standing in for another workstation, event-loop waits, and a backend frozen with
// SIGSTOP while a timer measures how long the event loop was kept from answering.
#pragma once

#include "db/pgconnection.h"
#include "eventloopprobes.h"
#include "live/caselistmodel.h"
#include "live/hospitallistmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/unitlistmodel.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <sys/types.h>

namespace pela::test {

// Runs the event loop until condition holds or timeoutMs passes.
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 3000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// Starts sync and waits until it is online: start() returns while it is still connecting.
inline bool startOnline(core::LiveSync &sync, const QString &conninfo, int timeoutMs = 5000)
{
    return sync.start(conninfo) && waitUntil([&] { return sync.isOnline(); }, timeoutMs);
}

struct LiveConsole
{
    using Tester = QAbstractItemModelTester;
    core::LiveState state;
    core::LiveSync sync{&state};
    core::CaseListModel cases{&state};
    core::UnitListModel units{&state};
    core::HospitalListModel hospitals{&state};
    Tester casesTester{&cases, Tester::FailureReportingMode::Fatal};
    Tester unitsTester{&units, Tester::FailureReportingMode::Fatal};
    Tester hospitalsTester{&hospitals, Tester::FailureReportingMode::Fatal};
};

// A writer standing in for other workstations whose raw SQL skips the server's own rules (the
// owner's documented maintenance mode): these suites test what the sync shows, not what the
// rules allow (tests/core/test_server_rules.cpp and test_roles.cpp do that).
inline core::PgConnection rawWriter(const QString &conninfo)
{
    core::PgConnection writer = pela::test::connect(conninfo);
    const core::PgResult maintenance = writer.exec("SET pela.maintenance = on");
    REQUIRE(maintenance.ok());
    return writer;
}

inline void execOrFail(core::PgConnection &db, const char *sql, const core::SqlParams &params = {})
{
    const core::PgResult result = db.exec(sql, params);
    INFO(sql);
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
}

// Opens a case the way the openCase command does (case row plus its event); returns its id.
inline qint64 openCase(core::PgConnection &db, const QString &number,
                       const QString &location = QStringLiteral("Jl. Pattimura"))
{
    const core::PgResult result =
        db.exec("WITH c AS (INSERT INTO cases (number, category, priority, location_text) "
                "VALUES ($1, 'medical', 1, $2) RETURNING id), "
                "e AS (INSERT INTO case_events (case_id, kind) SELECT id, 'case_opened' FROM c) "
                "SELECT id FROM c",
                {number, location});
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
    return result.text(0, 0).toLongLong();
}

inline void closeCase(core::PgConnection &db, qint64 caseId)
{
    execOrFail(db,
               "UPDATE cases SET state = 'closed', disposition = 'transported', "
               "closed_at = now(), closed_by = current_user, version = version + 1, "
               "updated_at = now() WHERE id = $1",
               {caseId});
}

inline qint64 unitId(core::PgConnection &db, const QString &callSign)
{
    const core::PgResult result = db.exec("SELECT id FROM units WHERE call_sign = $1", {callSign});
    REQUIRE(result.rowCount() == 1);
    return result.text(0, 0).toLongLong();
}

inline qint64 hospitalId(core::PgConnection &db, const QString &code)
{
    const core::PgResult result = db.exec("SELECT id FROM hospitals WHERE code = $1", {code});
    REQUIRE(result.rowCount() == 1);
    return result.text(0, 0).toLongLong();
}

// The live sync backends of this database (application_name pela-live@host) that wait for a
// lock, i.e. are in the middle of a statement; empty when there is none.
inline QList<qint64> liveBackendsWaitingForLock(core::PgConnection &observer)
{
    const core::PgResult result =
        observer.exec("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                      "AND application_name LIKE 'pela-live@%' AND wait_event_type = 'Lock'");
    REQUIRE(result.ok());
    QList<qint64> pids;
    for (int row = 0; row < result.rowCount(); ++row)
        pids.append(result.text(row, 0).toLongLong());
    return pids;
}

} // namespace pela::test
