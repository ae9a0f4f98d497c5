// Positions per second through pela-gateway, against its floors, and how soon a fix shows on a
// console. In one run, in one throwaway cluster, load generator on the same machine:
//   floor_positions_per_s   the same rows COPYed straight into unit_positions
//   http_floor_per_s        pela-gateway --no-store (parses, checks, answers; stores nothing)
//                           flooded over keep-alive connections
//   fix_to_state_p99_ms     500 devices at 1 Hz: from sending a fix to its unit's new
//                           position in a console's LiveState (LiveSync, as every console runs)
//   ingest_positions_per_s  pela-gateway storing, flooded the same way; counted in the table
//
//   bench_gateway_ingest [--devices 500] [--flood-seconds 10] [--paced-seconds 20]
// The load generator is an epoll loop on its own thread: one keep-alive connection per device,
// each sending its next report as soon as the last is answered (flood) or once a second
// (paced). It reads status line and Content-Length only.
#include "live/livestate.h"
#include "live/livesync.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <libpq-fe.h>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

using namespace pela::core;
using pela::test::TestCluster;
using pela::test::TestLogins;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A base latitude/longitude per device in Ambon, moving a metre per report (never a jump).
struct DevicePlace
{
    double latitude, longitude;
};

DevicePlace placeOf(int device, qint64 seq)
{
    return {-3.72 + (device % 25) * 0.002 + (seq % 1000) * 0.00001,
            128.15 + (device / 25) * 0.002};
}

QByteArray report(int device, qint64 fixMs, qint64 seq)
{
    const DevicePlace place = placeOf(device, seq);
    char buffer[320];
    const int length = std::snprintf(
        buffer, sizeof buffer,
        "GET /?id=dev-%d&timestamp=%lld&lat=%.6f&lon=%.6f&speed=12.0&bearing=90.0&accuracy=8.0"
        "&batt=80.0 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Keep-Alive\r\n"
        "User-Agent: okhttp/4.12.0\r\n\r\n",
        device, static_cast<long long>(fixMs), place.latitude, place.longitude);
    return QByteArray(buffer, length);
}

struct LoadResult
{
    qint64 ok = 0;
    qint64 other = 0;  // answered, not 200
    qint64 broken = 0; // connections lost
    double seconds = 0;
};

class LoadGenerator
{
public:
    // Called on the generator's thread just before a report goes out.
    using OnSend = std::function<void(int device, qint64 fixMs, qint64 sentNs)>;

    LoadGenerator(quint16 port, int devices) : m_epoll(epoll_create1(0))
    {
        for (int device = 0; device < devices; ++device) {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
                std::perror("connect");
                ::close(fd);
                continue;
            }
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            epoll_event event{};
            event.events = EPOLLIN;
            event.data.u32 = uint32_t(m_connections.size());
            ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
            Connection connection;
            connection.fd = fd;
            connection.device = device;
            m_connections.push_back(connection);
        }
    }
    ~LoadGenerator()
    {
        for (const Connection &connection : m_connections)
            ::close(connection.fd);
        ::close(m_epoll);
    }
    int connections() const { return int(m_connections.size()); }

    // Each connection sends its next report as soon as its last is answered (ratePerSecond 0),
    // or ratePerSecond times a second, spread over the second; for seconds. Fix times start
    // at firstFixMs and grow by a millisecond per report (flood) or are the wall clock (paced).
    LoadResult run(double seconds, double ratePerSecond, qint64 firstFixMs, const OnSend &onSend)
    {
        LoadResult result;
        const qint64 start = nowNs();
        const qint64 end = start + qint64(seconds * 1e9);
        const qint64 period = ratePerSecond > 0 ? qint64(1e9 / ratePerSecond) : 0;
        for (size_t i = 0; i < m_connections.size(); ++i) {
            Connection &connection = m_connections[i];
            connection.seq = 0;
            connection.waiting = false;
            connection.in.clear();
            connection.nextAt = period ? start + qint64(i) * period / qint64(m_connections.size())
                                       : start;
        }
        std::vector<epoll_event> events(m_connections.size());
        char buffer[65536];
        auto send = [&](Connection &connection, qint64 now) {
            const qint64 fixMs =
                period ? QDateTime::currentMSecsSinceEpoch() : firstFixMs + connection.seq;
            const QByteArray bytes = report(connection.device, fixMs, connection.seq);
            if (onSend)
                onSend(connection.device, fixMs, now);
            if (::write(connection.fd, bytes.constData(), size_t(bytes.size())) != bytes.size()) {
                connection.broken = true;
                ++result.broken;
                return;
            }
            connection.waiting = true;
            ++connection.seq;
            connection.nextAt = period ? connection.nextAt + period : 0;
        };
        // Flood: every connection starts now; each answer sends the next at once. Paced: the
        // connections whose time has come are sent, the loop sleeping until the next one.
        if (!period)
            for (Connection &connection : m_connections)
                send(connection, start);
        for (;;) {
            const qint64 now = nowNs();
            if (now >= end)
                break;
            qint64 wakeAt = end;
            if (period) {
                for (Connection &connection : m_connections) {
                    if (connection.broken || connection.waiting)
                        continue;
                    if (connection.nextAt <= now)
                        send(connection, now);
                    else
                        wakeAt = std::min(wakeAt, connection.nextAt);
                }
            }
            const int timeoutMs = int(std::clamp<qint64>((wakeAt - nowNs()) / 1000000, 0, 50));
            const int ready = ::epoll_wait(m_epoll, events.data(), int(events.size()), timeoutMs);
            for (int e = 0; e < ready; ++e) {
                Connection &connection = m_connections[events[size_t(e)].data.u32];
                for (;;) {
                    const ssize_t got = ::read(connection.fd, buffer, sizeof buffer);
                    if (got > 0) {
                        connection.in.append(buffer, got);
                        continue;
                    }
                    if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                        if (!connection.broken)
                            ++result.broken;
                        connection.broken = true;
                        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection.fd, nullptr);
                    }
                    break;
                }
                // Whole answers: status line, headers, Content-Length bytes of body.
                for (;;) {
                    const qsizetype headEnd = connection.in.indexOf("\r\n\r\n");
                    if (headEnd < 0)
                        break;
                    qsizetype length = 0;
                    const qsizetype field = connection.in.indexOf("Content-Length:");
                    if (field >= 0 && field < headEnd)
                        length = std::atoll(connection.in.constData() + field + 15);
                    if (connection.in.size() < headEnd + 4 + length)
                        break;
                    const bool ok = connection.in.startsWith("HTTP/1.1 200");
                    ++(ok ? result.ok : result.other);
                    connection.in.remove(0, headEnd + 4 + length);
                    connection.waiting = false;
                    if (!period && !connection.broken && nowNs() < end)
                        send(connection, nowNs());
                }
            }
        }
        result.seconds = double(nowNs() - start) / 1e9;
        return result;
    }

private:
    struct Connection
    {
        int fd = -1;
        int device = 0;
        qint64 seq = 0;
        qint64 nextAt = 0;
        bool waiting = false;
        bool broken = false;
        QByteArray in;
    };
    int m_epoll;
    std::vector<Connection> m_connections;
};

// pela-gateway as a process of its own, as in production.
class Gateway
{
public:
    Gateway(const QString &conninfo, bool store)
    {
        QStringList arguments{QStringLiteral("--db"),        conninfo,
                              QStringLiteral("--http-port"), QStringLiteral("0"),
                              QStringLiteral("--nmea-port"), QStringLiteral("off")};
        if (!store)
            arguments << QStringLiteral("--no-store");
        QString program = qEnvironmentVariable("PELA_GATEWAY");
        if (program.isEmpty())
            program = QStringLiteral(PELA_GATEWAY_PATH);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, arguments);
        while (m_process.waitForReadyRead(20000)) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("listening http "))
                    m_port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
                if (line.startsWith("ready"))
                    return;
            }
        }
        std::fprintf(stderr, "pela-gateway did not start\n");
        std::exit(1);
    }
    ~Gateway()
    {
        m_process.terminate();
        m_process.waitForFinished(20000);
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

qint64 count(PgConnection &db, const char *sql)
{
    return db.exec(sql).toInt(0, "n");
}

// The same rows as the gateway writes, COPYed by the owner: what PostgreSQL itself does.
double copyFloor(PgConnection &owner, const QList<qint64> &unitIds, int rows)
{
    QByteArray data;
    data.reserve(rows * 110);
    const qint64 firstMs = QDateTime::currentMSecsSinceEpoch() - 3600000;
    for (int row = 0; row < rows; ++row) {
        const int device = row % int(unitIds.size());
        const DevicePlace place = placeOf(device, row / unitIds.size());
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(firstMs + row / unitIds.size(), Qt::UTC);
        data += QByteArray::number(unitIds[device]) + '\t' + QByteArray::number(place.latitude, 'f', 6) +
                '\t' + QByteArray::number(place.longitude, 'f', 6) + "\t90\t22.22\t8\t" +
                at.toString(Qt::ISODateWithMs).toLatin1() + "\tdev-" + QByteArray::number(device) +
                "\t{}\t\\N\t80\n";
    }
    PGconn *connection = owner.handle();
    const qint64 start = nowNs();
    PQclear(PQexec(connection, "COPY unit_positions (unit_id, lat, lon, heading, speed_kmh,"
                               " accuracy_m, fix_at, device_id, flags, altitude_m,"
                               " battery_percent) FROM STDIN"));
    for (qsizetype at = 0; at < data.size(); at += 1 << 20)
        PQputCopyData(connection, data.constData() + at,
                      int(std::min<qsizetype>(1 << 20, data.size() - at)));
    PQputCopyEnd(connection, nullptr);
    PGresult *result = PQgetResult(connection);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        std::fprintf(stderr, "COPY failed: %s", PQresultErrorMessage(result));
    PQclear(result);
    while ((result = PQgetResult(connection)))
        PQclear(result);
    const double seconds = double(nowNs() - start) / 1e9;
    owner.exec("TRUNCATE unit_positions");
    return ok ? rows / seconds : 0;
}

int option(const QStringList &arguments, const char *name, int fallback)
{
    const qsizetype at = arguments.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int devices = option(arguments, "--devices", 500);
    const int floodSeconds = option(arguments, "--flood-seconds", 10);
    const int pacedSeconds = option(arguments, "--paced-seconds", 20);
    qputenv("QT_LOGGING_RULES", "pela.live.sync.info=false");

    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    PgConnection owner = pela::test::connect(conninfo);
    const PgResult units = owner.exec(
        "WITH made AS (INSERT INTO units (call_sign, kind, lat, lon, position_at)"
        " SELECT 'BENCH-' || n, 'ambulance_bls', -3.7, 128.18, now() - interval '1 day'"
        " FROM generate_series(0, $1 - 1) n RETURNING id, call_sign)"
        " INSERT INTO devices (device_id, unit_id)"
        " SELECT 'dev-' || substr(call_sign, 7), id FROM made RETURNING unit_id, device_id",
        {devices});
    if (units.rowCount() != devices) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(units.error().fullText()));
        return 1;
    }
    QList<qint64> unitOfDevice(devices);
    for (int row = 0; row < units.rowCount(); ++row)
        unitOfDevice[units.text(row, "device_id").mid(4).toInt()] = units.toInt(row, "unit_id");
    const QString gatewayLogin = TestLogins(conninfo).create(QStringLiteral("pela_avl"));
    std::printf("devices: %d\nflood_seconds: %d\npaced_seconds: %d\n", devices, floodSeconds,
                pacedSeconds);

    std::printf("floor_positions_per_s: %.0f\n", copyFloor(owner, unitOfDevice, 200000));
    std::fflush(stdout);

    {
        Gateway floor(gatewayLogin, false);
        LoadGenerator load(floor.port(), devices);
        const LoadResult result =
            load.run(floodSeconds, 0, QDateTime::currentMSecsSinceEpoch() - 60000, {});
        std::printf("http_floor_connections: %d\nhttp_floor_not_200: %lld\n", load.connections(),
                    static_cast<long long>(result.other + result.broken));
        std::printf("http_floor_per_s: %.0f\n", result.ok / result.seconds);
        std::fflush(stdout);
    }

    auto gateway = std::make_unique<Gateway>(gatewayLogin, true);
    // A console, as every workstation runs it.
    LiveState state;
    LiveSync sync(&state);
    sync.start(conninfo);
    QElapsedTimer waited;
    waited.start();
    while (!sync.isOnline() && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QHash<qint64, int> deviceOfUnit;
    for (int device = 0; device < devices; ++device)
        deviceOfUnit.insert(unitOfDevice[device], device);

    std::mutex mutex;
    std::unordered_map<qint64, qint64> sentAt; // (device << 42 | fix ms low bits) -> ns
    auto key = [](int device, qint64 fixMs) {
        return (qint64(device) << 42) ^ (fixMs & ((qint64(1) << 42) - 1));
    };
    std::vector<double> latencies;
    QObject::connect(&state, &LiveState::unitChanged, [&](qint64 id, const UnitRecord &before) {
        const qint64 at = nowNs();
        const UnitRecord *unit = state.findUnit(id);
        if (!unit || unit->positionAt == before.positionAt || !deviceOfUnit.contains(id))
            return;
        std::lock_guard lock(mutex);
        const auto sent = sentAt.find(key(deviceOfUnit.value(id), unit->positionAt.toMSecsSinceEpoch()));
        if (sent != sentAt.end())
            latencies.push_back(double(at - sent->second) / 1e6);
    });
    {
        LoadGenerator load(gateway->port(), devices);
        LoadResult result;
        std::atomic<bool> done{false};
        std::thread generator([&] {
            result = load.run(pacedSeconds, 1.0, 0, [&](int device, qint64 fixMs, qint64 ns) {
                std::lock_guard lock(mutex);
                sentAt[key(device, fixMs)] = ns;
            });
            done = true;
        });
        // The console's event loop runs here meanwhile, as on a workstation.
        while (!done)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        generator.join();
        // The last fixes reach the console too.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 1500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        std::printf("paced_sent: %zu\npaced_answered_200: %lld\npaced_seen_in_live_state: %zu\n",
                    sentAt.size(), static_cast<long long>(result.ok), latencies.size());
        std::printf("fix_to_state_p50_ms: %.1f\nfix_to_state_max_ms: %.1f\n",
                    percentile(latencies, 0.50), percentile(latencies, 1.0));
        std::printf("fix_to_state_p99_ms: %.1f\n", percentile(latencies, 0.99));
        std::fflush(stdout);
    }
    sync.stop();

    {
        LoadGenerator load(gateway->port(), devices);
        const qint64 before = count(owner, "SELECT count(*) AS n FROM unit_positions");
        const LoadResult result = load.run(floodSeconds, 0, QDateTime::currentMSecsSinceEpoch(), {});
        const qint64 after = count(owner, "SELECT count(*) AS n FROM unit_positions");
        std::printf("ingest_not_200: %lld\ningest_answered_200_per_s: %.0f\n",
                    static_cast<long long>(result.other + result.broken), result.ok / result.seconds);
        std::printf("ingest_positions_per_s: %.0f\n", double(after - before) / result.seconds);
        std::fflush(stdout);
    }
    gateway.reset(); // before its database goes
    TestCluster::shutdown();
    return 0;
}
