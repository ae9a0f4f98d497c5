// Commit-to-model latency of live sync with K listening consoles (K = 1, 10, 50), against two
// floors from the same transactions: plain libpq LISTEN processes receiving a NOTIFY (floor),
// and plain libpq processes that, like every console must (notifications carry ids only), run
// one prepared fetch by id per notification (floor_fetch). Goal: sync p99 <= 1.5 x floor_fetch
// p99 and <= 50 ms.
//
//   bench_sync_latency [--changes N (300)] [--k 1,10,50] [--rate PER_SECOND (20)]
//   (PELA_BENCH_CHANGES=N also sets it.) Listeners are this program re-executed with
//   --listener sync|floor|fetch CONNINFO CASE_ID COUNT; they print "seq nanoseconds" lines at
//   the end.
// Each change is written as the server allows it, with its case_events row in the same
// transaction (COMMIT refuses it otherwise), so consoles also fetch the event, as they do for
// every real command. A refused change, a listener that does not start or a change never seen
// fails the run (exit 1) after the figures: it used to print zeros instead.
// Times are std::chrono::steady_clock (CLOCK_MONOTONIC), comparable across processes here.
#include "live/caselistmodel.h"
#include "live/hospitallistmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/roles.h"
#include "live/unitlistmodel.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <libpq-fe.h>
#include <memory>
#include <sys/select.h>
#include <thread>
#include <vector>

using namespace pela::core;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void printReceipts(const std::vector<qint64> &receivedAt)
{
    std::string out;
    for (size_t seq = 0; seq < receivedAt.size(); ++seq)
        if (receivedAt[seq])
            out += std::to_string(seq) + ' ' + std::to_string(receivedAt[seq]) + '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
}

// A change superseded before it was seen counts as applied when the newer value arrives.
void markReceived(std::vector<qint64> &receivedAt, int &lastSeen, int seq, qint64 at)
{
    if (seq < 0 || seq >= int(receivedAt.size()))
        return;
    for (int s = lastSeen + 1; s <= seq; ++s)
        receivedAt[s] = at;
    lastSeen = std::max(lastSeen, seq);
}

int runSyncListener(const QString &conninfo, qint64 caseId, int count)
{
    LiveState state;
    LiveSync sync(&state);
    CaseListModel cases(&state);
    UnitListModel units(&state);
    HospitalListModel hospitals(&state);
    std::vector<qint64> receivedAt(count, 0);
    int lastSeen = -1;

    QTimer idle; // ends a listener whose last changes never came
    idle.setSingleShot(true);
    idle.setInterval(15000);
    QObject::connect(&idle, &QTimer::timeout, qApp, &QCoreApplication::quit);
    QObject::connect(
        &cases, &QAbstractItemModel::dataChanged,
        [&](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            const qint64 at = nowNs();
            if (!roles.isEmpty() && !roles.contains(NotesRole))
                return;
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                if (cases.caseIdAt(row) != caseId)
                    continue;
                bool ok = false;
                const int seq = cases.data(cases.index(row, 0), NotesRole).toString().toInt(&ok);
                if (ok)
                    markReceived(receivedAt, lastSeen, seq, at);
            }
            idle.start();
            if (lastSeen == count - 1)
                QCoreApplication::quit();
        });
    // Connecting does not block: wait for online(), or for the first failure.
    if (sync.start(conninfo)) {
        QEventLoop connecting;
        QObject::connect(&sync, &LiveSync::online, &connecting, &QEventLoop::quit);
        QObject::connect(&sync, &LiveSync::offline, &connecting, &QEventLoop::quit);
        QTimer::singleShot(15000, &connecting, &QEventLoop::quit);
        connecting.exec();
    }
    if (!sync.isOnline() || cases.rowOf(caseId) < 0) {
        std::fprintf(stderr, "listener: not online or case missing\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    idle.start(60000 + count * 100);
    QCoreApplication::exec();
    printReceipts(receivedAt);
    return 0;
}

int runFloorListener(const QString &conninfo, int count)
{
    PGconn *connection = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        std::fprintf(stderr, "floor listener: %s", PQerrorMessage(connection));
        return 1;
    }
    PQclear(PQexec(connection, "LISTEN bench"));
    std::printf("ready\n");
    std::fflush(stdout);
    std::vector<qint64> receivedAt(count, 0);
    int lastSeen = -1;
    const int socket = PQsocket(connection);
    while (lastSeen < count - 1) {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(socket, &readable);
        timeval timeout{lastSeen < 0 ? 60 + count / 10 : 15, 0};
        if (::select(socket + 1, &readable, nullptr, nullptr, &timeout) <= 0)
            break;
        const qint64 at = nowNs();
        if (!PQconsumeInput(connection))
            break;
        while (PGnotify *notification = PQnotifies(connection)) {
            markReceived(receivedAt, lastSeen, std::atoi(notification->extra), at);
            PQfreemem(notification);
        }
    }
    PQfinish(connection);
    printReceipts(receivedAt);
    return 0;
}

// The honest floor: LISTEN on the schema's channel and, per notification, one prepared fetch of
// the changed row by id; received once the row is read.
int runFetchFloorListener(const QString &conninfo, int count)
{
    PGconn *connection = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        std::fprintf(stderr, "fetch listener: %s", PQerrorMessage(connection));
        return 1;
    }
    PQclear(PQexec(connection, "LISTEN pela"));
    PQclear(PQprepare(connection, "fetch_case", "SELECT * FROM cases WHERE id = ANY($1::bigint[])",
                      1, nullptr));
    std::printf("ready\n");
    std::fflush(stdout);
    std::vector<qint64> receivedAt(count, 0);
    int lastSeen = -1;
    const int socket = PQsocket(connection);
    while (lastSeen < count - 1) {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(socket, &readable);
        timeval timeout{lastSeen < 0 ? 60 + count / 10 : 15, 0};
        if (::select(socket + 1, &readable, nullptr, nullptr, &timeout) <= 0)
            break;
        if (!PQconsumeInput(connection))
            break;
        while (PGnotify *notification = PQnotifies(connection)) {
            // cases:UPDATE:<id>
            const QByteArray payload(notification->extra);
            PQfreemem(notification);
            if (!payload.startsWith("cases:"))
                continue;
            const QByteArray ids = '{' + payload.mid(payload.lastIndexOf(':') + 1) + '}';
            const char *values[1] = {ids.constData()};
            PGresult *row =
                PQexecPrepared(connection, "fetch_case", 1, values, nullptr, nullptr, 0);
            const qint64 at = nowNs();
            const int notes = PQfnumber(row, "notes");
            if (PQresultStatus(row) == PGRES_TUPLES_OK && PQntuples(row) == 1 && notes >= 0)
                markReceived(receivedAt, lastSeen, std::atoi(PQgetvalue(row, 0, notes)), at);
            PQclear(row);
        }
    }
    PQfinish(connection);
    printReceipts(receivedAt);
    return 0;
}

struct Figures
{
    double p50 = 0, p99 = 0, max = 0;
    qint64 samples = 0, missing = 0;
    bool failed = false; // a listener did not start or a change was refused
};

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

class Benchmark
{
public:
    Benchmark(QString conninfo, qint64 caseId, int changes, int rate)
        : m_conninfo(std::move(conninfo)), m_caseId(caseId), m_changes(changes), m_rate(rate),
          m_writer(PgConnection::open(m_conninfo, ConnectionPurpose::Interactive,
                                      QStringLiteral("bench-writer")))
    {
    }

    // One phase: K listeners of a kind, the paced changes, their receipt times.
    Figures run(const QString &kind, int listeners)
    {
        Figures figures;
        if (!change(QString(), QString())) {
            figures.failed = true;
            return figures;
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("pela.live.sync.info=false"));
        for (int i = 0; i < listeners; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment);
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(QCoreApplication::applicationFilePath(),
                           {QStringLiteral("--listener"), kind, m_conninfo,
                            QString::number(m_caseId), QString::number(m_changes)});
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) {
            while (!process->canReadLine())
                if (!process->waitForReadyRead(60000)) {
                    std::fprintf(stderr, "a %s listener did not start\n", qPrintable(kind));
                    figures.failed = true;
                    break;
                }
            process->readLine();
        }

        std::vector<qint64> committedAt(m_changes, 0);
        const auto start = std::chrono::steady_clock::now() + std::chrono::milliseconds(200);
        const auto interval = std::chrono::nanoseconds(1'000'000'000 / m_rate);
        for (int seq = 0; seq < m_changes; ++seq) {
            std::this_thread::sleep_until(start + seq * interval);
            const QString text = QString::number(seq);
            if (!change(text, text, &committedAt[seq])) {
                figures.failed = true;
                break;
            }
        }

        std::vector<double> latencies;
        for (auto &process : processes) {
            if (!process->waitForFinished(120000))
                process->kill();
            std::vector<bool> seen(m_changes, false);
            const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() != 2)
                    continue;
                const int seq = fields[0].toInt();
                if (seq < 0 || seq >= m_changes)
                    continue;
                seen[seq] = true;
                latencies.push_back(double(fields[1].toLongLong() - committedAt[seq]) / 1e6);
            }
            figures.missing += std::count(seen.begin(), seen.end(), false);
        }
        std::sort(latencies.begin(), latencies.end());
        figures.samples = qint64(latencies.size());
        figures.p50 = percentile(latencies, 0.50);
        figures.p99 = percentile(latencies, 0.99);
        figures.max = latencies.empty() ? 0 : latencies.back();
        return figures;
    }

private:
    // One committed change of the case's notes as the server allows it: with its history row
    // in the same transaction (a change without one is refused at COMMIT), and the floor's
    // NOTIFY. committedAt: just before COMMIT is sent. False, with the reason on stderr, when
    // the server refused it: figures without the change would be meaningless.
    bool change(const QString &notes, const QString &floorPayload, qint64 *committedAt = nullptr)
    {
        const char *statement = "BEGIN";
        PgResult result = m_writer.exec(statement);
        if (result.ok()) {
            statement = "UPDATE cases";
            result = m_writer.exec("UPDATE cases SET notes = $1 WHERE id = $2 RETURNING id",
                                   {notes, m_caseId});
            if (result.ok() && result.rowCount() != 1) {
                std::fprintf(stderr, "bench_sync_latency: case %lld is gone\n", m_caseId);
                m_writer.exec("ROLLBACK");
                return false;
            }
        }
        if (result.ok()) {
            statement = "INSERT INTO case_events";
            result = m_writer.exec("INSERT INTO case_events (case_id, kind, payload) "
                                   "VALUES ($1, 'case_details_changed', "
                                   "jsonb_build_object('notes', $2::text))",
                                   {m_caseId, notes});
        }
        if (result.ok() && !floorPayload.isEmpty()) {
            statement = "pg_notify";
            result = m_writer.exec("SELECT pg_notify('bench', $1)", {floorPayload});
        }
        if (result.ok()) {
            statement = "COMMIT";
            if (committedAt)
                *committedAt = nowNs();
            // Every statement before it succeeded, so a refusal here (the history check runs
            // at COMMIT) is an error, not a silent ROLLBACK.
            result = m_writer.exec(statement);
        }
        if (!result.ok()) {
            std::fprintf(stderr, "bench_sync_latency: %s failed: %s\n", statement,
                         qPrintable(result.error().fullText()));
            m_writer.exec("ROLLBACK");
            return false;
        }
        return true;
    }

    QString m_conninfo;
    qint64 m_caseId;
    int m_changes;
    int m_rate;
    PgConnection m_writer;
};

void printFigure(const char *key, int k, double value)
{
    std::printf("%s_k%d: %.2f\n", key, k, value);
    std::fflush(stdout);
}

int runBenchmark(const QStringList &arguments)
{
    int changes = qEnvironmentVariableIntValue("PELA_BENCH_CHANGES");
    if (changes <= 0)
        changes = 300; // 15 s a phase at 20/s: nine phases in about three minutes
    int rate = 20;
    QList<int> ks = {1, 10, 50};
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--changes"))
            changes = arguments[i + 1].toInt();
        else if (arguments[i] == QLatin1String("--rate"))
            rate = std::max(1, arguments[i + 1].toInt());
        else if (arguments[i] == QLatin1String("--k")) {
            ks.clear();
            for (const QString &k : arguments[i + 1].split(QLatin1Char(',')))
                ks.append(k.toInt());
        }
    }

    const QString conninfo =
        pela::test::TestCluster::instance().freshDatabase(pela::test::TestCluster::Fleet::Demo);
    qint64 caseId = 0;
    {
        PgConnection setup = pela::test::connect(conninfo);
        // The server numbers and dates a case, and wants its history row with it.
        const PgResult opened =
            setup.exec("WITH opened AS (INSERT INTO cases (category, priority, location_text)"
                       " VALUES ('medical', 1, 'benchmark') RETURNING id)"
                       " INSERT INTO case_events (case_id, kind) SELECT id, 'case_opened'"
                       " FROM opened RETURNING case_id");
        if (!opened.ok() || opened.rowCount() != 1) {
            std::fprintf(stderr, "bench_sync_latency: the benchmark's case was refused: %s\n",
                         qPrintable(opened.error().fullText()));
            return 1;
        }
        caseId = opened.text(0, 0).toLongLong();
    }
    std::printf("changes: %d\nrate_per_s: %d\n", changes, rate);
    Benchmark benchmark(conninfo, caseId, changes, rate);
    Figures lastSync, lastFloor, lastFetch;
    int lastK = 0;
    bool complete = true; // every listener started, every change committed and seen
    for (int k : std::as_const(ks)) {
        const Figures floor = benchmark.run(QStringLiteral("floor"), k);
        printFigure("floor_p50_ms", k, floor.p50);
        printFigure("floor_p99_ms", k, floor.p99);
        printFigure("floor_max_ms", k, floor.max);
        std::printf("floor_missing_k%d: %lld\n", k, floor.missing);
        const Figures fetch = benchmark.run(QStringLiteral("fetch"), k);
        printFigure("floor_fetch_p50_ms", k, fetch.p50);
        printFigure("floor_fetch_p99_ms", k, fetch.p99);
        printFigure("floor_fetch_max_ms", k, fetch.max);
        std::printf("floor_fetch_missing_k%d: %lld\n", k, fetch.missing);
        const Figures sync = benchmark.run(QStringLiteral("sync"), k);
        printFigure("sync_p50_ms", k, sync.p50);
        printFigure("sync_p99_ms", k, sync.p99);
        printFigure("sync_max_ms", k, sync.max);
        std::printf("sync_missing_k%d: %lld\n", k, sync.missing);
        printFigure("sync_to_floor_p99_ratio", k, floor.p99 > 0 ? sync.p99 / floor.p99 : 0);
        printFigure("sync_to_floor_fetch_p99_ratio", k, fetch.p99 > 0 ? sync.p99 / fetch.p99 : 0);
        for (const Figures *phase : {&floor, &fetch, &sync})
            complete = complete && !phase->failed && phase->missing == 0 && phase->samples > 0;
        lastSync = sync;
        lastFloor = floor;
        lastFetch = fetch;
        lastK = k;
    }
    pela::test::TestCluster::shutdown();
    printFigure("floor_p99_ms", lastK, lastFloor.p99);
    printFigure("floor_fetch_p99_ms", lastK, lastFetch.p99);
    printFigure("sync_p99_ms", lastK, lastSync.p99);
    printFigure("sync_to_floor_fetch_p99_ratio", lastK,
                lastFetch.p99 > 0 ? lastSync.p99 / lastFetch.p99 : 0);
    if (!complete) {
        std::fprintf(stderr, "bench_sync_latency: incomplete run (a listener did not start, a "
                             "change was refused or changes went missing); see above\n");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 6 && arguments[1] == QLatin1String("--listener")) {
        if (arguments[2] == QLatin1String("floor"))
            return runFloorListener(arguments[3], arguments[5].toInt());
        if (arguments[2] == QLatin1String("fetch"))
            return runFetchFloorListener(arguments[3], arguments[5].toInt());
        return runSyncListener(arguments[3], arguments[4].toLongLong(), arguments[5].toInt());
    }
    return runBenchmark(arguments);
}
