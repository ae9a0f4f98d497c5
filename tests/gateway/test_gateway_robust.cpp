// pela-gateway under what the Internet sends: oversized and truncated requests, garbage,
// half-open connections, requests fuzzed on the wire (fixed seed, PELA_FUZZ_SECONDS), and a
// gateway killed in the middle of a flood: nothing answered 200 is lost, nothing refused is
// stored, and it keeps answering.
#include "gatewaytestsupport.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <random>
#include <thread>

using namespace pela::core;
using namespace pela::test;

namespace {

struct Fixture
{
    QString ownerConninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(ownerConninfo);
    QString avlConninfo = TestLogins(ownerConninfo).create(QStringLiteral("pela_avl"));
    std::unique_ptr<GatewayProcess> gateway;

    Fixture()
    {
        // The demo fleet's last positions are from when the database was made: an hour ago.
        REQUIRE(owner.exec("UPDATE units SET position_at = now() - interval '1 hour'").ok());
        registerDevice(owner, QStringLiteral("phone-kota-1"), QStringLiteral("AMB-KOTA-1"));
        start();
    }
    void start()
    {
        gateway = std::make_unique<GatewayProcess>(avlConninfo);
        REQUIRE(gateway->isReady());
    }
    quint16 port() const { return gateway->httpPort(); }
    qint64 stored() { return countOf(owner, "SELECT count(*) AS n FROM unit_positions"); }
    bool healthy()
    {
        return request(port(), "GET /health HTTP/1.1\r\nHost: x\r\n\r\n").status == 200;
    }
};

QByteArray now(int offsetSeconds = 0)
{
    return QByteArray::number(QDateTime::currentSecsSinceEpoch() + offsetSeconds);
}

double fuzzSeconds()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("PELA_FUZZ_SECONDS").toDouble(&ok);
    return ok && seconds > 0 ? std::min(seconds, 7.0) : 3;
}

} // namespace

TEST_CASE("oversized, truncated and garbled requests are refused and the gateway keeps answering")
{
    Fixture fixture;
    const QByteArray valid = "id=phone-kota-1&lat=-3.7&lon=128.18&timestamp=" + now();
    // A body larger than any report.
    const HttpReply huge = request(fixture.port(), post("/", "application/x-www-form-urlencoded",
                                                        valid + "&pad=" + QByteArray(200000, 'x')));
    CHECK(huge.status == 413);
    // A header or a URL larger than the server keeps for one request.
    QByteArray bigHeader = osmandGet(valid);
    bigHeader.replace("\r\n\r\n", "\r\nX-Padding: " + QByteArray(100000, 'y') + "\r\n\r\n");
    const HttpReply headerReply = request(fixture.port(), bigHeader, 5000);
    CHECK((headerReply.status == 431 || headerReply.status == 413 || headerReply.status == 0));
    const HttpReply longUrl =
        request(fixture.port(), osmandGet(valid + "&x=" + QByteArray(100000, 'z')), 5000);
    CHECK((longUrl.status == 414 || longUrl.status == 431 || longUrl.status == 0));
    // Not HTTP at all.
    const HttpReply garbage =
        request(fixture.port(),
                QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) +
                    QByteArray(300, '\0') + "\r\n\r\n",
                3000);
    CHECK((garbage.status == 400 || garbage.status == 0));
    CHECK(request(fixture.port(), "BREW / HTTP/1.1\r\nHost: x\r\n\r\n", 3000).status != 200);
    // A body promised and never sent, and headers never finished: those connections wait
    // alone; others are answered meanwhile.
    std::vector<std::unique_ptr<HttpConnection>> stalled;
    for (int i = 0; i < 200; ++i) {
        stalled.push_back(std::make_unique<HttpConnection>(fixture.port()));
        stalled.back()->write(i % 2 ? QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                                 "1000000\r\n\r\nid=phone-kota-1")
                                    : QByteArray("GET /?id=phone-kota-1&lat=-3.7 HTTP/1.1\r\nHo"));
    }
    QElapsedTimer answered;
    answered.start();
    CHECK(fixture.healthy());
    CHECK(answered.elapsed() < 2000);
    // Several requests in one write (pipelining) are answered in order.
    HttpConnection pipelined(fixture.port());
    pipelined.write(osmandGet("id=phone-kota-1&lat=x&lon=1") +
                    osmandGet("id=phone-kota-1&lat=-3.7&lon=128.18&timestamp=" + now(-1)) +
                    osmandGet("lat=1&lon=2"));
    CHECK(pipelined.receive().status == 400);
    CHECK(pipelined.receive().status == 200);
    CHECK(pipelined.receive().status == 400);
    // A chunked body is read like any other.
    const HttpReply chunked = request(
        fixture.port(),
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/"
        "x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
        "10\r\nid=phone-kota-1&\r\n" +
            QByteArray::number(QByteArray("lat=-3.71&lon=128.18&timestamp=" + now()).size(), 16) +
            "\r\nlat=-3.71&lon=128.18&timestamp=" + now() + "\r\n0\r\n\r\n");
    CHECK(chunked.status == 200);
    CHECK(fixture.stored() == 2); // the pipelined one and the chunked one
    CHECK(fixture.gateway->isRunning());
}

TEST_CASE(
    "requests fuzzed on the wire: no crash, no hang, nothing stored that was not answered 200")
{
    Fixture fixture;
    const QByteArray time = now(-60);
    const QList<QByteArray> unknownDevice = {
        osmandGet("id=nobody-here&timestamp=" + time + "&lat=-3.6954&lon=128.1814&speed=10.0"),
        post("/", "application/json",
             R"({"location":{"timestamp":"2026-11-28T08:59:58.250Z","coords":{"latitude":-3.6954,)"
             R"("longitude":128.1814,"speed":12.5}},"device_id":"nobody-here"})"),
        post("/aml/sms", "text/plain", "A\"ML=1;lt=-3.7;lg=128.2;ml=9"),
    };
    const QList<QByteArray> knownDevice = {
        osmandGet("id=phone-kota-1&timestamp=" + time + "&lat=-3.6954&lon=128.1814&bearing=9"),
        post("/", "application/x-www-form-urlencoded",
             "id=phone-kota-1&lat=-3.6954&lon=128.1814&timestamp=" + time),
    };
    std::mt19937 random(20261128);
    auto mutate = [&](QByteArray data) {
        const int rounds = 1 + int(random() % 4);
        for (int round = 0; round < rounds; ++round) {
            const int at = int(random() % unsigned(data.size() + 1));
            switch (random() % 5) {
            case 0:
                if (at < data.size())
                    data[at] = char(data[at] ^ (1 << (random() % 8)));
                break;
            case 1:
                data.insert(at, char(random() % 256));
                break;
            case 2:
                data.remove(at, int(random() % 12));
                break;
            case 3:
                data.truncate(at);
                break;
            default:
                data.insert(at, data.mid(int(random() % unsigned(data.size() + 1)), 20));
                break;
            }
        }
        return data;
    };
    QElapsedTimer clock;
    clock.start();
    int sent = 0, answered = 0, okKnown = 0;
    const qint64 budget = qint64(fuzzSeconds() * 1000);
    while (clock.elapsed() < budget) {
        // Thirty-two at a time, each on its own connection: a mutation may promise a body it
        // never sends, and its connection waits in vain while the others are answered.
        struct Sent
        {
            bool known;
            std::unique_ptr<HttpConnection> connection;
        };
        std::vector<Sent> round;
        for (int i = 0; i < 32; ++i, ++sent) {
            const bool known = sent % 3 == 2;
            const QList<QByteArray> &seeds = known ? knownDevice : unknownDevice;
            round.push_back({known, std::make_unique<HttpConnection>(fixture.port())});
            round.back().connection->write(mutate(seeds[sent % seeds.size()]));
        }
        QElapsedTimer waited;
        waited.start();
        for (Sent &one : round) {
            const HttpReply reply =
                one.connection->receive(int(std::max<qint64>(1, 250 - waited.elapsed())));
            answered += reply.status ? 1 : 0;
            if (one.known && reply.status == 200)
                ++okKnown;
            if (!one.known)
                CHECK(reply.status != 200);
        }
    }
    WARN(sent << " fuzzed requests, " << answered << " answered, " << okKnown
              << " of a registered device answered 200");
    CHECK(sent > 200);
    CHECK(fixture.gateway->isRunning());
    CHECK(fixture.healthy());
    // Nothing from an unknown device, and nothing more than was acknowledged.
    CHECK(countOf(fixture.owner,
                  "SELECT count(*) AS n FROM unit_positions WHERE device_id <> 'phone-kota-1'") ==
          0);
    CHECK(fixture.stored() <= okKnown);
    CHECK(countOf(fixture.owner, "SELECT count(*) AS n FROM handset_locations") == 0);
}

TEST_CASE("a gateway killed in the middle of a flood loses no position it answered 200 for")
{
    Fixture fixture;
    constexpr int Devices = 20;
    const PgResult units = fixture.owner.exec(
        "INSERT INTO units (call_sign, kind) SELECT 'FLOOD-' || n, 'ambulance_bls'"
        " FROM generate_series(1, $1) n RETURNING call_sign",
        {Devices});
    for (int row = 0; row < units.rowCount(); ++row)
        registerDevice(fixture.owner, QStringLiteral("flood-%1").arg(row), units.text(row, 0));
    QThread::msleep(1200); // read by the gateway
    const quint16 port = fixture.port();
    std::mutex mutex;
    QList<std::pair<QString, qint64>> acknowledged; // device, fix time in ms
    std::atomic<bool> stop{false};
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 120000;
    std::vector<std::thread> senders;
    for (int worker = 0; worker < 4; ++worker)
        senders.emplace_back([&, worker] {
            HttpConnection connection(port);
            for (int n = 0; !stop; ++n) {
                const int device = (worker * 5 + n % 5) % Devices;
                const qint64 ms = start + n * 10 + worker;
                const QByteArray id = "flood-" + QByteArray::number(device);
                const HttpReply reply = connection.send(
                    osmandGet("id=" + id + "&lat=-3.7" + QByteArray::number(n % 1000) +
                              "&lon=128.18&timestamp=" + QByteArray::number(ms)),
                    5000);
                if (reply.status != 200)
                    break; // the gateway is gone
                std::lock_guard lock(mutex);
                acknowledged.append({QString::fromUtf8(id), ms});
            }
        });
    QThread::msleep(1500);
    fixture.gateway->kill();
    stop = true;
    for (std::thread &sender : senders)
        sender.join();
    INFO(acknowledged.size() << " fixes acknowledged before the kill");
    REQUIRE(acknowledged.size() > 50);
    const PgResult stored = fixture.owner.exec(
        "SELECT device_id, (extract(epoch FROM fix_at) * 1000)::bigint AS ms FROM unit_positions");
    QSet<QPair<QString, qint64>> present;
    for (int row = 0; row < stored.rowCount(); ++row)
        present.insert({stored.text(row, "device_id"), stored.toInt(row, "ms")});
    int lost = 0;
    for (const auto &[device, ms] : acknowledged)
        lost += present.contains({device, ms}) ? 0 : 1;
    CHECK(lost == 0);
    // Started again, it takes positions as before; a resent fix is not stored twice.
    fixture.start();
    const auto &[device, ms] = acknowledged.last();
    CHECK(request(fixture.port(), osmandGet("id=" + device.toUtf8() +
                                            "&lat=-3.7&lon=128.18"
                                            "&timestamp=" +
                                            QByteArray::number(ms)))
              .status == 200);
    CHECK(countOf(fixture.owner,
                  "SELECT count(*) AS n FROM unit_positions WHERE device_id = $1"
                  " AND (extract(epoch FROM fix_at) * 1000)::bigint = $2",
                  {device, ms}) == 1);
}

TEST_CASE("a gateway whose database connection was cut reconnects by itself")
{
    Fixture fixture;
    // The gateway's connection is ended by the server (as after a restart or a failover).
    const PgResult ended =
        fixture.owner.exec("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS ended"
                           " FROM pg_stat_activity WHERE application_name LIKE 'pela-gateway@%'"
                           " AND usename <> current_user");
    REQUIRE(ended.ok());
    REQUIRE(ended.toInt(0, "ended") >= 1);
    const HttpReply after = request(
        fixture.port(), osmandGet("id=phone-kota-1&lat=-3.7&lon=128.18&timestamp=" + now()));
    // It reconnects on its own and stores the report (had the server stayed away: 503).
    CHECK(after.status == 200);
    CHECK(fixture.stored() == 1);
}
