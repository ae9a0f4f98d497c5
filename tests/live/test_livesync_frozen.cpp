// Live sync against a backend that stops answering (SIGSTOP, as a hung server or a frozen VM):
// the console's event loop keeps answering, live sync goes offline within its deadline and the
// banner says so, and once a backend answers again the state equals a fresh load.
#include "connectionbanner.h"
#include "databaseconnector.h"
#include "languageswitcher.h"
#include "livesession.h"
#include "livetestsupport.h"
#include "mainwindow.h"
#include "testcluster.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace pela::core;
using pela::test::AnsweringGapMs;
using pela::test::FrozenBackend;
using pela::test::Heartbeat;
using pela::test::LiveConsole;
using pela::test::TestCluster;
using pela::test::waitUntil;

namespace {

constexpr std::chrono::milliseconds Deadline{1500};
// A loaded test machine may start a timer late; more than this is a real wait.
constexpr qint64 Slack = 1000;

// Waits until exactly one live sync backend is inside a statement, held by a lock; its pid.
qint64 liveBackendInStatement(PgConnection &observer)
{
    QList<qint64> pids;
    REQUIRE(waitUntil(
        [&] {
            pids = pela::test::liveBackendsWaitingForLock(observer);
            return !pids.isEmpty();
        },
        10000));
    REQUIRE(pids.size() == 1);
    return pids.first();
}

void checkSameAsFreshLoad(const LiveState &state, const QString &conninfo)
{
    LiveState fresh;
    LiveSync freshSync(&fresh);
    REQUIRE(pela::test::startOnline(freshSync, conninfo));
    CHECK(waitUntil([&] { return state.sameContent(fresh); }));
}

} // namespace

TEST_CASE("a backend frozen while a change is fetched: the event loop keeps answering, live sync "
          "goes offline at its deadline and comes back equal to a fresh load")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    console.sync.setDeadline(Deadline);
    console.sync.setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 caseId = pela::test::openCase(writer, QStringLiteral("2026-000200"));
    REQUIRE(waitUntil([&] { return console.state.findCase(caseId) != nullptr; }));
    const qint64 frozenPid = console.sync.backendPid();
    REQUIRE(frozenPid > 0);

    // The fetch of the notified case waits for a lock, so the backend is caught in the middle
    // of it; the notification itself is only a hint, as any login may send one.
    PgConnection observer = pela::test::connect(conninfo);
    PgConnection locker = pela::test::connect(conninfo);
    pela::test::execOrFail(locker, "BEGIN");
    pela::test::execOrFail(locker, "LOCK TABLE cases IN ACCESS EXCLUSIVE MODE");
    pela::test::execOrFail(observer, "SELECT pg_notify('pela', $1)",
                           {QStringLiteral("cases:UPDATE:%1").arg(caseId)});
    REQUIRE(liveBackendInStatement(observer) == frozenPid);

    QSignalSpy offline(&console.sync, &LiveSync::offline);
    QSignalSpy online(&console.sync, &LiveSync::online);
    FrozenBackend frozen(frozenPid);
    QElapsedTimer clock;
    clock.start();
    pela::test::execOrFail(locker, "ROLLBACK"); // it holds the lock now, and answers nothing
    pela::test::execOrFail(writer, "UPDATE cases SET priority = 3 WHERE id = $1", {caseId});
    // From here on only the console's own work runs on this thread.
    Heartbeat heartbeat;

    REQUIRE(waitUntil([&] { return offline.count() == 1; }, 10000));
    const qint64 offlineAfter = clock.elapsed();
    INFO("offline after " << offlineAfter << " ms; longest event-loop gap "
                          << heartbeat.longestGapMs() << " ms over " << heartbeat.ticks()
                          << " ticks");
    CHECK(offlineAfter < Deadline.count() + Slack);
    CHECK(console.sync.lastError().kind() == DbError::Kind::ConnectionLost);
    CHECK(console.sync.lastError().message() == QLatin1String("The database stopped answering."));
    // What was known stays shown.
    CHECK(console.state.findCase(caseId) != nullptr);

    // A fresh connection (a backend that answers) while the frozen one is still stopped.
    REQUIRE(waitUntil([&] { return console.sync.isOnline(); }, 10000));
    CHECK(heartbeat.ticks() > 50);
    CHECK(heartbeat.longestGapMs() < AnsweringGapMs);
    CHECK(online.count() == 1);
    CHECK(console.sync.backendPid() != frozenPid);
    CHECK(console.state.findCase(caseId)->priority == 3);
    frozen.thaw();
    checkSameAsFreshLoad(console.state, conninfo);

    // And it follows changes again.
    const qint64 after = pela::test::openCase(writer, QStringLiteral("2026-000201"));
    CHECK(waitUntil([&] { return console.cases.rowOf(after) >= 0; }));
}

TEST_CASE("a backend frozen while loading: the attempt ends at its deadline, nothing half-loaded "
          "is shown, and the next attempt loads everything")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 before = pela::test::openCase(writer, QStringLiteral("2026-000210"));
    const qint64 unit = pela::test::unitId(writer, QStringLiteral("AMB-KOTA-1"));

    // The load reads assignments last: it waits for this lock with the other tables read.
    PgConnection observer = pela::test::connect(conninfo);
    PgConnection locker = pela::test::connect(conninfo);
    pela::test::execOrFail(locker, "BEGIN");
    pela::test::execOrFail(locker, "LOCK TABLE assignments IN ACCESS EXCLUSIVE MODE");

    LiveConsole console;
    console.sync.setDeadline(Deadline);
    console.sync.setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    QSignalSpy offline(&console.sync, &LiveSync::offline);
    QSignalSpy online(&console.sync, &LiveSync::online);
    REQUIRE(console.sync.start(conninfo));
    const qint64 frozenPid = liveBackendInStatement(observer);
    CHECK(console.sync.status() == LiveSync::Status::Connecting);

    FrozenBackend frozen(frozenPid);
    QElapsedTimer clock;
    clock.start();
    pela::test::execOrFail(locker, "ROLLBACK");
    const qint64 meanwhile = pela::test::openCase(writer, QStringLiteral("2026-000211"));
    pela::test::execOrFail(writer, "UPDATE units SET lat = -3.70, lon = 128.17 WHERE id = $1",
                           {unit});
    Heartbeat heartbeat;

    REQUIRE(waitUntil([&] { return offline.count() == 1; }, 10000));
    const qint64 offlineAfter = clock.elapsed();
    INFO("offline after " << offlineAfter << " ms; longest event-loop gap "
                          << heartbeat.longestGapMs() << " ms");
    CHECK(offlineAfter < Deadline.count() + Slack);
    CHECK(console.sync.status() == LiveSync::Status::Offline);
    CHECK_FALSE(console.state.isLoaded());
    CHECK(console.cases.rowCount() == 0);

    REQUIRE(waitUntil([&] { return console.sync.isOnline(); }, 10000));
    CHECK(heartbeat.longestGapMs() < AnsweringGapMs);
    CHECK(online.count() == 1);
    CHECK(console.sync.backendPid() != frozenPid);
    CHECK(console.state.findCase(before) != nullptr);
    CHECK(console.state.findCase(meanwhile) != nullptr);
    CHECK(console.state.findUnit(unit)->position == QGeoCoordinate(-3.70, 128.17));
    frozen.thaw();
    checkSameAsFreshLoad(console.state, conninfo);
}

TEST_CASE("a backend frozen while nothing happens is found by the idle probe, and live sync "
          "comes back after it is continued")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveConsole console;
    console.sync.setDeadline(Deadline);
    console.sync.setIdleProbeInterval(std::chrono::milliseconds(300));
    console.sync.setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    REQUIRE(pela::test::startOnline(console.sync, conninfo));
    // Idle long enough for a few probes: an answering backend is never taken for a frozen one.
    QSignalSpy offline(&console.sync, &LiveSync::offline);
    QTest::qWait(1000);
    REQUIRE(offline.isEmpty());

    PgConnection writer = pela::test::rawWriter(conninfo);
    const qint64 frozenPid = console.sync.backendPid();
    FrozenBackend frozen(frozenPid);
    QElapsedTimer clock;
    clock.start();
    const qint64 meanwhile = pela::test::openCase(writer, QStringLiteral("2026-000220"));
    Heartbeat heartbeat;

    REQUIRE(waitUntil([&] { return offline.count() == 1; }, 10000));
    const qint64 offlineAfter = clock.elapsed();
    INFO("offline after " << offlineAfter << " ms");
    CHECK(offlineAfter < 300 + Deadline.count() + Slack);
    // Continued, the old backend finds its connection closed; a new one loads.
    frozen.thaw();
    REQUIRE(waitUntil([&] { return console.sync.isOnline(); }, 10000));
    CHECK(heartbeat.longestGapMs() < AnsweringGapMs);
    CHECK(console.state.findCase(meanwhile) != nullptr);
    checkSameAsFreshLoad(console.state, conninfo);
}

TEST_CASE("when the live sync backend stops answering the console's red banner says so within "
          "the deadline, the window keeps answering, and the banner clears when it is back")
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("pela-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_livesync_frozen"));
    QSettings().clear();
    const QString conninfo = TestCluster::instance().freshDatabase();
    pela::ui::LanguageSwitcher languages;
    languages.setLanguage(pela::ui::Language::English,
                          pela::ui::LanguageSwitcher::Persistence::ThisSessionOnly);
    pela::ui::DatabaseConnector connector(conninfo);
    pela::ui::MainWindow window(&connector, &languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    connector.connectToDatabase();
    LiveSync *sync = window.liveSession()->sync();
    REQUIRE(waitUntil([&] { return sync->isOnline(); }, 20000));
    sync->setDeadline(Deadline);
    sync->setIdleProbeInterval(std::chrono::milliseconds(300));
    sync->setReconnectDelays(std::chrono::milliseconds(1000), std::chrono::milliseconds(1000));
    pela::ui::ConnectionBanner *banner = window.connectionBanner();
    CHECK_FALSE(banner->isVisible());

    FrozenBackend frozen(sync->backendPid());
    Heartbeat heartbeat;
    QElapsedTimer clock;
    clock.start();
    REQUIRE(waitUntil([&] { return banner->isVisible(); }, 10000));
    INFO("banner after " << clock.elapsed() << " ms; longest event-loop gap "
                         << heartbeat.longestGapMs() << " ms");
    CHECK(clock.elapsed() < 300 + Deadline.count() + Slack);
    CHECK(banner->mode() == pela::ui::ConnectionBanner::Mode::Interrupted);
    CHECK(banner->headline().startsWith(QStringLiteral("LIVE UPDATES INTERRUPTED")));
    CHECK(banner->reason().startsWith(QStringLiteral("The database stopped answering.")));
    CHECK(heartbeat.longestGapMs() < AnsweringGapMs);
    frozen.thaw();
    REQUIRE(waitUntil([&] { return !banner->isVisible(); }, 10000));
    CHECK(sync->isOnline());
}
