// The command runner: commands run on a worker thread that owns its connection, results come
// back on the caller's thread in order, and a server that stops answering freezes nothing.
#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"
#include "eventloopprobes.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <numeric>
#include <sys/types.h>

using namespace pela::core;
using pela::test::AnsweringGapMs;
using pela::test::FrozenBackend;
using pela::test::Heartbeat;
using pela::test::TestCluster;

namespace {

// Spins the event loop until the future is answered (or timeoutMs passes).
template <typename T> T await(const QFuture<T> &future, int timeoutMs = 20000)
{
    REQUIRE(QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs));
    REQUIRE(future.resultCount() == 1);
    return future.result();
}

OpenCaseRequest caseAt(const QString &location)
{
    OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 1;
    request.call.callerPhone = QStringLiteral("081234567890");
    request.locationText = location;
    return request;
}

CommandRunner::Command opening(const QString &location)
{
    return [location](IncidentCommands &commands) { return commands.openCase(caseAt(location)); };
}

ReadResult<qint64> backendPid(PgConnection &connection)
{
    const PgResult result = connection.exec("SELECT pg_backend_pid()");
    if (!result.ok())
        return ReadResult<qint64>::failed(result.error());
    return ReadResult<qint64>::of(result.text(0, 0).toLongLong());
}

qint64 count(PgConnection &db, const char *sql, const SqlParams &params = {})
{
    const PgResult result = db.exec(sql, params);
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
    return result.text(0, 0).toLongLong();
}

} // namespace

TEST_CASE("a backend frozen during a command leaves the event loop answering; the command ends "
          "as outcome unknown at its deadline and the next runs on a fresh connection")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    CommandRunner runner(conninfo, QStringLiteral("pela-console"));
    runner.setDeadline(std::chrono::milliseconds(1500));
    const ReadResult<qint64> first = await(runner.read<qint64>(backendPid));
    REQUIRE(first.ok());

    FrozenBackend frozen(*first.value);
    QElapsedTimer clock;
    clock.start();
    const QFuture<CommandResult> stuck = runner.post(opening(QStringLiteral("Jl. Beku")));
    CHECK(clock.elapsed() < 50); // posting never waits
    CHECK(runner.pendingCount() == 1);
    Heartbeat heartbeat;
    const CommandResult result = await(stuck);
    const qint64 elapsed = clock.elapsed();
    INFO("answered after " << elapsed << " ms; longest event-loop gap " << heartbeat.longestGapMs()
                           << " ms");
    CHECK(result.status == CommandResult::Status::OutcomeUnknown);
    CHECK(result.message.contains(QStringLiteral("outcome is unknown")));
    CHECK(result.message.contains(QStringLiteral("1.5 s")));
    CHECK(elapsed >= 1400);
    CHECK(elapsed < 3000);
    CHECK(heartbeat.ticks() > 50);
    CHECK(heartbeat.longestGapMs() < AnsweringGapMs);
    CHECK(runner.pendingCount() == 0);

    // Still frozen: the next command is taken by a fresh worker on a fresh connection.
    const CommandResult next = await(runner.post(opening(QStringLiteral("Jl. Segar"))));
    INFO(next.message.toStdString());
    CHECK(next.ok());
    const ReadResult<qint64> second = await(runner.read<qint64>(backendPid));
    REQUIRE(second.ok());
    CHECK(*second.value != *first.value);

    // Thawed, the abandoned worker's call returns; it goes no further and its connection closes,
    // so the command it was running was never saved and nobody is told twice.
    frozen.thaw();
    PgConnection observer = pela::test::connect(conninfo);
    CHECK(QTest::qWaitFor(
        [&] {
            return count(observer, "SELECT count(*) FROM pg_stat_activity WHERE pid = $1",
                         {*first.value}) == 0;
        },
        10000));
    CHECK(count(observer, "SELECT count(*) FROM cases WHERE location_text = 'Jl. Beku'") == 0);
    CHECK(count(observer, "SELECT count(*) FROM cases WHERE location_text = 'Jl. Segar'") == 1);
    CHECK(stuck.resultCount() == 1);
}

TEST_CASE("results arrive on the caller's thread in the order posted; commands run elsewhere")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    CommandRunner runner(conninfo);
    QObject context;
    QList<int> order;
    QList<QThread *> answeredOn;
    QList<QThread *> ranOn;
    QSignalSpy pending(&runner, &CommandRunner::pendingChanged);
    for (int i = 0; i < 20; ++i) {
        if (i % 2 == 0) {
            runner
                .post([i, &ranOn](IncidentCommands &) {
                    ranOn.append(QThread::currentThread());
                    CommandResult result;
                    result.message = QString::number(i);
                    return result;
                })
                .then(&context, [i, &order, &answeredOn](const CommandResult &result) {
                    CHECK(result.message == QString::number(i));
                    order.append(i);
                    answeredOn.append(QThread::currentThread());
                });
        } else {
            runner
                .read<int>([i](PgConnection &connection) {
                    const PgResult result = connection.exec("SELECT $1::int", {i});
                    return result.ok() ? ReadResult<int>::of(result.text(0, 0).toInt())
                                       : ReadResult<int>::failed(result.error());
                })
                .then(&context, [i, &order, &answeredOn](const ReadResult<int> &result) {
                    CHECK(result.value == i);
                    order.append(i);
                    answeredOn.append(QThread::currentThread());
                });
        }
    }
    CHECK(runner.pendingCount() == 20);
    REQUIRE(QTest::qWaitFor([&] { return order.size() == 20; }, 10000));
    QList<int> expected(20);
    std::iota(expected.begin(), expected.end(), 0);
    CHECK(order == expected);
    for (QThread *thread : std::as_const(answeredOn))
        CHECK(thread == QThread::currentThread());
    for (QThread *thread : std::as_const(ranOn))
        CHECK(thread != QThread::currentThread());
    CHECK(runner.pendingCount() == 0);
    REQUIRE(!pending.isEmpty());
    CHECK(pending.first().first().toInt() == 1);
    CHECK(pending.last().first().toInt() == 0);
}

TEST_CASE("a command against a server that is down is unavailable at once, without blocking")
{
    CommandRunner runner(QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela"));
    QElapsedTimer clock;
    clock.start();
    const QFuture<CommandResult> future = runner.post(opening(QStringLiteral("Jl. Mati")));
    CHECK(clock.elapsed() < 50);
    const CommandResult result = await(future, 5000);
    CHECK(result.status == CommandResult::Status::Unavailable);
    CHECK(result.message.contains(QStringLiteral("nothing was saved")));
    CHECK(result.error.kind() == DbError::Kind::Unreachable);
}

TEST_CASE("a server that accepts no connection is unavailable at the deadline: nothing was sent")
{
    // Listening without ever accepting: the kernel completes the handshake, nobody answers.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    silent.pauseAccepting();
    CommandRunner runner(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=pela user=pela").arg(silent.serverPort()));
    runner.setDeadline(std::chrono::milliseconds(800));
    Heartbeat heartbeat;
    const CommandResult result = await(runner.post(opening(QStringLiteral("Jl. Sunyi"))), 5000);
    CHECK(result.status == CommandResult::Status::Unavailable);
    CHECK(result.message.contains(QStringLiteral("nothing was saved")));
    CHECK(heartbeat.longestGapMs() < AnsweringGapMs);
}

TEST_CASE("events written through the runner name the program and the workstation")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    CommandRunner runner(conninfo, QStringLiteral("pela-console"));
    const CommandResult opened = await(runner.post(opening(QStringLiteral("Jl. Sultan Babullah"))));
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    PgConnection observer = pela::test::connect(conninfo);
    const PgResult events = observer.exec(
        "SELECT DISTINCT workstation FROM case_events WHERE case_id = $1", {opened.caseId});
    REQUIRE(events.rowCount() == 1);
    CHECK(events.text(0, 0) ==
          (QStringLiteral("pela-console@") + QSysInfo::machineHostName()).left(63));

    // An administrator's application_name in the conninfo is what the history records.
    CommandRunner named(conninfo + QStringLiteral(" application_name=desk-12"),
                        QStringLiteral("pela-console"));
    const CommandResult second = await(named.post(opening(QStringLiteral("Jl. Rijali"))));
    REQUIRE(second.ok());
    const PgResult namedEvents = observer.exec(
        "SELECT DISTINCT workstation FROM case_events WHERE case_id = $1", {second.caseId});
    REQUIRE(namedEvents.rowCount() == 1);
    CHECK(namedEvents.text(0, 0) == QStringLiteral("desk-12"));
}

TEST_CASE("a connection the server ended is opened again for the next command")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    CommandRunner runner(conninfo);
    const ReadResult<qint64> before = await(runner.read<qint64>(backendPid));
    REQUIRE(before.ok());
    PgConnection admin = pela::test::connect(conninfo);
    REQUIRE(admin.exec("SELECT pg_terminate_backend($1)", {*before.value}).ok());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return count(admin, "SELECT count(*) FROM pg_stat_activity WHERE pid = $1",
                         {*before.value}) == 0;
        },
        5000));

    const CommandResult opened = await(runner.post(opening(QStringLiteral("Jl. Diponegoro"))));
    INFO(opened.message.toStdString());
    CHECK(opened.ok());
    const ReadResult<qint64> after = await(runner.read<qint64>(backendPid));
    REQUIRE(after.ok());
    CHECK(*after.value != *before.value);
}

TEST_CASE("destroying the runner while a command is stuck returns at once")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    auto runner = std::make_unique<CommandRunner>(conninfo);
    const ReadResult<qint64> pid = await(runner->read<qint64>(backendPid));
    REQUIRE(pid.ok());
    FrozenBackend frozen(*pid.value);
    QFuture<CommandResult> stuck = runner->post(opening(QStringLiteral("Jl. Tutup")));
    QTest::qWait(100);
    QElapsedTimer clock;
    clock.start();
    runner.reset();
    CHECK(clock.elapsed() < 100);
    QTest::qWait(50);
    CHECK(stuck.isCanceled());
    frozen.thaw();
    PgConnection observer = pela::test::connect(conninfo);
    CHECK(QTest::qWaitFor(
        [&] {
            return count(observer, "SELECT count(*) FROM pg_stat_activity WHERE pid = $1",
                         {*pid.value}) == 0;
        },
        10000));
    CHECK(count(observer, "SELECT count(*) FROM cases WHERE location_text = 'Jl. Tutup'") == 0);
}
