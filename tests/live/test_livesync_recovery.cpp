// Live sync after the database server dies: offline, reconnect with backoff, reload, and end
// up equal to a fresh load. Its own executable: it stops the shared test cluster.
#include "livetestsupport.h"
#include "testcluster.h"

#include <QSignalSpy>

using namespace pela::core;
using pela::test::LiveConsole;
using pela::test::TestCluster;
using pela::test::waitUntil;

TEST_CASE("after the server is killed mid-session the console goes offline, comes back and "
          "equals a fresh load")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    QSignalSpy offline(&console.sync, &LiveSync::offline);
    QSignalSpy online(&console.sync, &LiveSync::online);
    QSignalSpy reloaded(&console.state, &LiveState::reloaded);
    QSignalSpy casesReset(&console.cases, &QAbstractItemModel::modelReset);
    REQUIRE(pela::test::startOnline(console.sync, conninfo));

    qint64 closedMeanwhile = 0, keptOpen = 0, unit = 0, hospital = 0;
    {
        PgConnection writer = pela::test::rawWriter(conninfo);
        // The test cluster commits asynchronously; these rows must survive the crash.
        pela::test::execOrFail(writer, "SET synchronous_commit = on");
        closedMeanwhile = pela::test::openCase(writer, QStringLiteral("2026-000100"));
        keptOpen = pela::test::openCase(writer, QStringLiteral("2026-000101"));
        unit = pela::test::unitId(writer, QStringLiteral("AMB-KOTA-1"));
        hospital = pela::test::hospitalId(writer, QStringLiteral("LMN"));
    }
    REQUIRE(waitUntil([&] { return console.cases.rowCount() == 2; }));

    REQUIRE_FALSE(TestCluster::instance().server().stop(QStringLiteral("immediate")).isError());
    REQUIRE(waitUntil([&] { return offline.count() == 1; }, 5000));
    CHECK_FALSE(console.sync.isOnline());
    CHECK(console.sync.lastError().kind() == DbError::Kind::ConnectionLost);
    // What was known stays shown while offline.
    CHECK(console.cases.rowCount() == 2);
    QTest::qWait(700); // a few reconnect attempts against a dead server
    CHECK(offline.count() == 1);
    CHECK(online.count() == 1);

    REQUIRE_FALSE(TestCluster::instance().server().start().isError());
    qint64 openedMeanwhile = 0;
    {
        // Right after the restart, before the console's next attempt (backoff is ≥ 800 ms now).
        PgConnection writer = pela::test::rawWriter(conninfo);
        const bool syncAlreadyBack = console.sync.isOnline();
        openedMeanwhile = pela::test::openCase(writer, QStringLiteral("2026-000102"));
        pela::test::execOrFail(writer, "UPDATE settings SET value = '0' "
                                       "WHERE key = 'recently_closed_hours'");
        pela::test::closeCase(writer, closedMeanwhile);
        pela::test::execOrFail(writer, "UPDATE units SET lat = -3.7, lon = 128.2 WHERE id = $1",
                               {unit});
        pela::test::execOrFail(writer, "UPDATE hospitals SET er_status = 'limited' WHERE id = $1",
                               {hospital});
        pela::test::execOrFail(
            writer, "UPDATE hospital_beds SET available = 1 WHERE hospital_id = $1", {hospital});
        WARN("changes made " << (syncAlreadyBack ? "after" : "before")
                             << " the console reconnected");
    }

    REQUIRE(waitUntil([&] { return online.count() == 2; }, 15000));
    CHECK(console.sync.isOnline());
    // Only the first load resets the views; the recovery is applied row by row.
    CHECK(reloaded.count() == 1);
    CHECK(casesReset.count() == 1);

    LiveState fresh;
    LiveSync freshSync(&fresh);
    REQUIRE(pela::test::startOnline(freshSync, conninfo));
    REQUIRE(waitUntil([&] { return console.state.sameContent(fresh); }));
    CHECK(console.state.findCase(openedMeanwhile) != nullptr);
    CHECK(console.state.findCase(closedMeanwhile) == nullptr);
    CHECK(console.state.findCase(keptOpen) != nullptr);
    CHECK(console.cases.rowCount() == 2);
    CHECK(console.state.findUnit(unit)->position == QGeoCoordinate(-3.7, 128.2));
    CHECK(console.state.findHospital(hospital)->erStatus == QLatin1String("limited"));
    CHECK(console.units.rowCount() == 23);
    CHECK(console.hospitals.rowCount() == 11);

    // And it keeps following changes after the recovery.
    PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 after = pela::test::openCase(writer, QStringLiteral("2026-000103"));
    REQUIRE(waitUntil([&] { return console.cases.rowOf(after) >= 0; }));
}
