// pela-gateway over HTTP, the real program against a real database: OsmAnd in its three forms
// stored in Pela's units and answered only once committed, refusals with their reasons,
// unknown devices, tokens, duplicates, jumps, one notification per batch, AML, a console
// seeing a unit move.
#include "../live/livetestsupport.h"
#include "gatewaytestsupport.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QDateTime>
#include <QThread>
#include <catch2/catch.hpp>
#include <libpq-fe.h>

using namespace pela::core;
using namespace pela::test;

namespace {

struct Fixture
{
    QString ownerConninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(ownerConninfo);
    QString avlConninfo = TestLogins(ownerConninfo).create(QStringLiteral("pela_avl"));
    std::unique_ptr<GatewayProcess> gateway;

    explicit Fixture(const QStringList &extra = {})
    {
        // The demo fleet's last positions are from when the database was made: an hour ago.
        REQUIRE(owner.exec("UPDATE units SET position_at = now() - interval '1 hour'").ok());
        registerDevice(owner, QStringLiteral("phone-kota-1"), QStringLiteral("AMB-KOTA-1"));
        registerDevice(owner, QStringLiteral("tracker-kota-2"), QStringLiteral("AMB-KOTA-2"),
                       QStringLiteral("s3cret-token"));
        gateway = std::make_unique<GatewayProcess>(avlConninfo, extra);
        REQUIRE(gateway->isReady());
    }
    quint16 port() const { return gateway->httpPort(); }
    qint64 unitId(const char *callSign)
    {
        return owner.exec("SELECT id FROM units WHERE call_sign = $1", {QLatin1String(callSign)})
            .toInt(0, "id");
    }
    qint64 positions(const char *device)
    {
        return countOf(owner, "SELECT count(*) AS n FROM unit_positions WHERE device_id = $1",
                       {QLatin1String(device)});
    }
};

QByteArray now(int offsetSeconds = 0)
{
    return QByteArray::number(QDateTime::currentSecsSinceEpoch() + offsetSeconds);
}

// Notifications on channel pela, collected for a while on a LISTEN connection of its own.
class Listener
{
public:
    explicit Listener(const QString &conninfo) : m_db(pela::test::connect(conninfo))
    {
        REQUIRE(m_db.exec("LISTEN pela").ok());
    }
    QStringList collect(int milliseconds)
    {
        QStringList payloads;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < milliseconds) {
            PQconsumeInput(m_db.handle());
            while (PGnotify *notification = PQnotifies(m_db.handle())) {
                payloads << QString::fromUtf8(notification->extra);
                PQfreemem(notification);
            }
            QThread::msleep(10);
        }
        return payloads;
    }

private:
    PgConnection m_db;
};

} // namespace

TEST_CASE("a Traccar Client report is stored, and the unit moved, before it is answered 200")
{
    Fixture fixture;
    const QByteArray time = now(-2);
    const HttpReply reply =
        request(fixture.port(), osmandGet("id=phone-kota-1&timestamp=" + time +
                                          "&lat=-3.70120&lon=128.17830&speed=10.0&bearing=271.5"
                                          "&altitude=31.0&accuracy=16.0&batt=79.0"));
    REQUIRE(reply.status == 200);
    // Committed before the answer: the row is there the moment the device hears 200.
    const PgResult row = fixture.owner.exec(
        "SELECT unit_id, lat, lon, speed_kmh, heading, accuracy_m, altitude_m, battery_percent,"
        " extract(epoch FROM fix_at)::bigint AS fix, flags::text AS flags FROM unit_positions"
        " WHERE device_id = 'phone-kota-1'");
    REQUIRE(row.rowCount() == 1);
    CHECK(row.toInt(0, "unit_id") == fixture.unitId("AMB-KOTA-1"));
    CHECK(row.toDouble(0, "lat") == Approx(-3.70120));
    CHECK(row.toDouble(0, "lon") == Approx(128.17830));
    CHECK(row.toDouble(0, "speed_kmh") == Approx(18.52)); // 10 knots
    CHECK(row.toDouble(0, "heading") == Approx(271.5));
    CHECK(row.toDouble(0, "accuracy_m") == Approx(16));
    CHECK(row.toDouble(0, "altitude_m") == Approx(31));
    CHECK(row.toDouble(0, "battery_percent") == Approx(79));
    CHECK(row.toInt(0, "fix") == time.toLongLong());
    CHECK(row.text(0, "flags") == QLatin1String("{}"));
    // The unit follows within the units' interval (50 ms), its version untouched.
    QElapsedTimer waited;
    waited.start();
    PgResult unit;
    do {
        unit = fixture.owner.exec("SELECT lat, lon, speed_kmh, version,"
                                  " extract(epoch FROM position_at)::bigint AS at FROM units"
                                  " WHERE call_sign = 'AMB-KOTA-1'");
    } while (unit.toInt(0, "at") != time.toLongLong() && waited.elapsed() < 2000);
    CHECK(unit.toInt(0, "at") == time.toLongLong());
    CHECK(unit.toDouble(0, "lat") == Approx(-3.70120));
    CHECK(unit.toDouble(0, "speed_kmh") == Approx(18.52));
    CHECK(unit.toInt(0, "version") == 1);
}

TEST_CASE("a registered device's report moves its unit in a console's live state within a second")
{
    Fixture fixture;
    LiveConsole console;
    REQUIRE(startOnline(console.sync, fixture.ownerConninfo));
    const qint64 unit = fixture.unitId("AMB-KOTA-1");
    QElapsedTimer sent;
    sent.start();
    REQUIRE(request(fixture.port(),
                    osmandGet("id=phone-kota-1&lat=-3.7050&lon=128.1700&timestamp=" + now()))
                .status == 200);
    REQUIRE(waitUntil(
        [&] {
            const UnitRecord *record = console.state.findUnit(unit);
            return record && qAbs(record->position.latitude() - -3.7050) < 1e-6;
        },
        3000));
    CHECK(sent.elapsed() < 1000);
}

TEST_CASE("a POST form and Traccar Client 9's JSON are stored in km/h like the query")
{
    Fixture fixture;
    const HttpReply form =
        request(fixture.port(),
                post("/", "application/x-www-form-urlencoded",
                     "id=phone-kota-1&lat=-3.7000&lon=128.1800&speed=5&timestamp=" + now(-20)));
    CHECK(form.status == 200);
    const QByteArray json =
        R"({"location":{"timestamp":")" +
        QDateTime::currentDateTimeUtc().addSecs(-10).toString(Qt::ISODateWithMs).toUtf8() +
        R"(","coords":{"latitude":-3.7010,"longitude":128.1810,"accuracy":4.8,"speed":12.5,)"
        R"("heading":88,"altitude":21},"is_moving":true,"odometer":1520.4,"event":"motionchange",)"
        R"("battery":{"level":0.64,"is_charging":false},"activity":{"type":"in_vehicle"},)"
        R"("extras":{}},"device_id":"phone-kota-1"})";
    const HttpReply traccar9 = request(fixture.port(), post("/", "application/json", json));
    CHECK(traccar9.status == 200);
    const PgResult rows =
        fixture.owner.exec("SELECT speed_kmh, battery_percent FROM unit_positions ORDER BY fix_at");
    REQUIRE(rows.rowCount() == 2);
    CHECK(rows.toDouble(0, "speed_kmh") == Approx(9.26)); // 5 knots
    CHECK(rows.toDouble(1, "speed_kmh") == Approx(45.0)); // 12.5 m/s
    CHECK(rows.toDouble(1, "battery_percent") == Approx(64));
}

TEST_CASE("malformed reports are answered 400 with the reason, and nothing is stored")
{
    Fixture fixture;
    HttpConnection connection(fixture.port());
    const struct
    {
        QByteArray request;
        const char *reason;
    } refusals[] = {
        {osmandGet("lat=-3.7&lon=128.18"), "no device id"},
        {osmandGet("id=phone-kota-1&lat=north&lon=128.18"), "latitude 'north' is not a number"},
        {osmandGet("id=phone-kota-1&lat=-3.7&lon=128.18&timestamp=" + now(3600)),
         "ahead of the server's clock"},
        {osmandGet("id=phone-kota-1&lat=-3.7&lon=128.18&timestamp=1000000000"),
         "older than the 90 days"},
        {osmandGet("id=phone-kota-1&lat=0&lon=0"), "without a fix"},
        {post("/", "application/json", "{\"device_id\": \"phone-kota-1\", \"location\": 5}"),
         "no location object"},
    };
    for (const auto &refusal : refusals) {
        INFO(refusal.request.toStdString());
        const HttpReply reply = connection.send(refusal.request);
        CHECK(reply.status == 400);
        CHECK(reply.body.contains(refusal.reason));
    }
    CHECK(countOf(fixture.owner, "SELECT count(*) AS n FROM unit_positions") == 0);
    // The connection is still good after refusals (keep-alive), and a good report goes in.
    CHECK(connection.send(osmandGet("id=phone-kota-1&lat=-3.7&lon=128.18")).status == 200);
}

TEST_CASE("an unknown device gets 404 and a line for the admin; once registered it is taken")
{
    Fixture fixture;
    const HttpReply unknown =
        request(fixture.port(), osmandGet("id=new-phone&lat=-3.7&lon=128.18&timestamp=" + now()));
    CHECK(unknown.status == 404);
    CHECK(unknown.body.contains("pela-admin device add new-phone UNIT"));
    QElapsedTimer waited;
    waited.start();
    while (!fixture.gateway->log().contains(QStringLiteral("unknown device new-phone")) &&
           waited.elapsed() < 3000)
        QThread::msleep(20);
    CHECK(fixture.gateway->log().contains(
        QStringLiteral("register it with: pela-admin device add new-phone UNIT")));
    CHECK(countOf(fixture.owner, "SELECT count(*) AS n FROM unit_positions") == 0);
    // Registered while the gateway runs: its very next report is taken.
    registerDevice(fixture.owner, QStringLiteral("new-phone"), QStringLiteral("AMB-LMN-1"));
    CHECK(request(fixture.port(), osmandGet("id=new-phone&lat=-3.7&lon=128.18&timestamp=" + now()))
              .status == 200);
    CHECK(fixture.positions("new-phone") == 1);
}

TEST_CASE("a device with a token is refused without it, taken with it in the query or a header")
{
    Fixture fixture;
    const QByteArray report = "id=tracker-kota-2&lat=-3.7&lon=128.18&timestamp=";
    CHECK(request(fixture.port(), osmandGet(report + now(-3))).status == 401);
    CHECK(request(fixture.port(), osmandGet(report + now(-3) + "&token=wrong-token")).status ==
          401);
    CHECK(request(fixture.port(), osmandGet(report + now(-3) + "&token=s3cret-token")).status ==
          200);
    QByteArray withHeader = osmandGet(report + now(-1));
    withHeader.replace("\r\n\r\n", "\r\nAuthorization: Bearer s3cret-token\r\n\r\n");
    CHECK(request(fixture.port(), withHeader).status == 200);
    CHECK(fixture.positions("tracker-kota-2") == 2);
}

TEST_CASE("a fix sent twice is answered both times and stored once")
{
    Fixture fixture;
    const QByteArray report = osmandGet("id=phone-kota-1&lat=-3.7&lon=128.18&timestamp=" + now(-5));
    CHECK(request(fixture.port(), report).status == 200);
    CHECK(request(fixture.port(), report).status == 200);
    CHECK(fixture.positions("phone-kota-1") == 1);
}

TEST_CASE("a jump is kept flagged and leaves the unit where it was; outside the region is flagged")
{
    Fixture fixture;
    HttpConnection connection(fixture.port());
    REQUIRE(
        connection.send(osmandGet("id=phone-kota-1&lat=-3.7125&lon=128.1740&timestamp=" + now(-30)))
            .status == 200);
    // 12 km in one second.
    REQUIRE(
        connection.send(osmandGet("id=phone-kota-1&lat=-3.6200&lon=128.2300&timestamp=" + now(-29)))
            .status == 200);
    QThread::msleep(300);
    CHECK(fixture.owner.exec("SELECT lat FROM units WHERE call_sign = 'AMB-KOTA-1'")
              .toDouble(0, "lat") == Approx(-3.7125));
    CHECK(
        fixture.owner.exec("SELECT flags::text FROM unit_positions WHERE lat = -3.62").text(0, 0) ==
        QLatin1String("{jump}"));
    REQUIRE(connection.send(osmandGet("id=phone-kota-1&lat=-6.2&lon=106.8&timestamp=" + now()))
                .status == 200);
    CHECK(fixture.owner.exec("SELECT flags::text FROM unit_positions WHERE lat = -6.2")
              .text(0, 0)
              .contains(QLatin1String("outside_region")));
}

TEST_CASE("a hundred devices reporting at once make a few notifications, not a hundred")
{
    Fixture fixture;
    QList<qint64> unitIds;
    const PgResult units = fixture.owner.exec(
        "INSERT INTO units (call_sign, kind, lat, lon, position_at)"
        " SELECT 'SIM-' || n, 'ambulance_bls', -3.7, 128.18, now() - interval '1 hour'"
        " FROM generate_series(1, 100) n RETURNING id, call_sign");
    REQUIRE(units.rowCount() == 100);
    for (int row = 0; row < 100; ++row) {
        registerDevice(fixture.owner, QStringLiteral("dev-%1").arg(row),
                       units.text(row, "call_sign"));
        unitIds << units.toInt(row, "id");
    }
    QThread::msleep(1200); // the gateway reads the devices again (at most once a second)
    Listener listener(fixture.ownerConninfo);
    std::vector<std::unique_ptr<HttpConnection>> connections;
    for (int i = 0; i < 100; ++i)
        connections.push_back(std::make_unique<HttpConnection>(fixture.port()));
    const QByteArray time = now(-1);
    for (int i = 0; i < 100; ++i)
        connections[size_t(i)]->write(osmandGet("id=dev-" + QByteArray::number(i) +
                                                "&lat=-3.69&lon=128.19&timestamp=" + time));
    for (auto &connection : connections)
        CHECK(connection->receive().status == 200);
    const QStringList payloads = listener.collect(800);
    QSet<qint64> moved;
    int unitNotifications = 0;
    for (const QString &payload : payloads) {
        if (!payload.startsWith(QLatin1String("units:UPDATE:")))
            continue;
        ++unitNotifications;
        for (const QString &id : payload.mid(13).split(QLatin1Char(',')))
            moved.insert(id.toLongLong());
    }
    INFO(payloads.join(QLatin1Char('\n')).toStdString());
    CHECK(moved == QSet<qint64>(unitIds.cbegin(), unitIds.cend()));
    CHECK(unitNotifications >= 1);
    CHECK(unitNotifications <= 10);
    CHECK(countOf(fixture.owner, "SELECT count(*) AS n FROM unit_positions") == 100);
}

TEST_CASE("AML from an SMS gateway (versions 1 and 2) and the HTTPS form are kept by number")
{
    Fixture fixture;
    Listener listener(fixture.ownerConninfo);
    const QByteArray v1 = "A\"ML=1;lt=-03.69547;lg=+128.18141;rd=14;top=20261128085957;lc=68;"
                          "pm=G;si=510101000000000;ei=353472104343540;mcc=510;mnc=10;ml=129";
    // Kannel-style: sender and text in a form.
    const HttpReply sms1 =
        request(fixture.port(), post("/aml/sms", "application/x-www-form-urlencoded",
                                     "from=081247001122&text=" + v1.toPercentEncoding()));
    CHECK(sms1.status == 200);
    // A gateway posting the bare text, the sender in the query.
    const QByteArray v2 = "A\"ML=2;en=112;et=1764320380;lo=-3.70001,128.17002,20.1;lt=-5;lc=68;"
                          "ls=W;ei=358239059042542;nc=51010;hc=51010;lg=id-ID";
    const HttpReply sms2 =
        request(fixture.port(), post("/aml/sms?sender=%2B6281247001122", "text/plain", v2));
    CHECK(sms2.status == 200);
    const HttpReply https = request(
        fixture.port(),
        post("/aml", "application/x-www-form-urlencoded",
             "v=1&device_number=%2B6281399998888&location_latitude=-3.69&location_longitude="
             "128.19&location_time=1764320397000&location_accuracy=10.4&location_source=GPS"
             "&location_certainty=83"));
    CHECK(https.status == 200);
    const PgResult rows = fixture.owner.exec(
        "SELECT caller_phone_e164, aml_version, source, radius_m, positioning_method"
        " FROM handset_locations ORDER BY id");
    REQUIRE(rows.rowCount() == 3);
    CHECK(rows.text(0, "caller_phone_e164") == QLatin1String("+6281247001122"));
    CHECK(rows.text(0, "aml_version") == QLatin1String("1"));
    CHECK(rows.text(0, "source") == QLatin1String("aml_sms"));
    CHECK(rows.text(1, "caller_phone_e164") == QLatin1String("+6281247001122"));
    CHECK(rows.text(1, "aml_version") == QLatin1String("2"));
    CHECK(rows.text(1, "positioning_method") == QLatin1String("wifi"));
    CHECK(rows.text(2, "source") == QLatin1String("aml_https"));
    CHECK(rows.text(2, "caller_phone_e164") == QLatin1String("+6281399998888"));
    // Every message is kept as received too, and consoles hear of each location.
    CHECK(countOf(fixture.owner,
                  "SELECT count(*) AS n FROM aml_messages WHERE outcome = 'stored'") == 3);
    const QStringList payloads = listener.collect(300);
    CHECK(payloads.filter(QStringLiteral("handset_locations:INSERT:")).size() == 3);
    // A call-taker reads them by the caller's number, as the intake form does.
    PgConnection callTaker = TestLogins::connect(
        TestLogins(fixture.ownerConninfo).create(QStringLiteral("pela_call_taker")));
    CHECK(countOf(callTaker,
                  "SELECT count(*) AS n FROM handset_locations WHERE caller_phone_e164 = $1",
                  {QStringLiteral("+6281247001122")}) == 2);
}

TEST_CASE("an AML message that does not parse is kept raw with its reason and answered 400")
{
    Fixture fixture;
    // Cut in transit: the tail (and ml) lost.
    const QByteArray cut = "A\"ML=1;lt=-03.69547;lg=+128.18141;rd=14;top=20261128085957;lc=68;"
                           "pm=G;si=51010100000";
    const HttpReply reply =
        request(fixture.port(), post("/aml/sms", "application/x-www-form-urlencoded",
                                     "from=081247001122&text=" + cut.toPercentEncoding()));
    CHECK(reply.status == 400);
    CHECK(reply.body.contains("no ml"));
    const PgResult raw =
        fixture.owner.exec("SELECT sender, body, outcome, reason FROM aml_messages");
    REQUIRE(raw.rowCount() == 1);
    CHECK(raw.text(0, "sender") == QLatin1String("081247001122"));
    CHECK(raw.text(0, "body") == QString::fromUtf8(cut));
    CHECK(raw.text(0, "outcome") == QLatin1String("refused"));
    CHECK(raw.text(0, "reason").contains(QStringLiteral("no ml")));
    CHECK(countOf(fixture.owner, "SELECT count(*) AS n FROM handset_locations") == 0);
    // With no message at all there is nothing to keep.
    CHECK(request(fixture.port(),
                  post("/aml/sms", "application/x-www-form-urlencoded", "from=081247001122"))
              .status == 400);
}

TEST_CASE("with an AML token set, AML without it is refused")
{
    Fixture fixture({QStringLiteral("--aml-token"), QStringLiteral("sms-gateway-secret")});
    const QByteArray form =
        "v=1&device_number=%2B6281247001122&location_latitude=-3.69&location_longitude=128.19";
    CHECK(request(fixture.port(), post("/aml", "application/x-www-form-urlencoded", form)).status ==
          401);
    CHECK(request(fixture.port(),
                  post("/aml?token=sms-gateway-secret", "application/x-www-form-urlencoded", form))
              .status == 200);
}
