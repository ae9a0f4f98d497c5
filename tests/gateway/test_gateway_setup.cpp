// pela-gateway set up as an admin sets it up: NMEA trackers on TCP, only a pela_avl login ever
// (the demo makes its own), devices registered with pela-admin, and the simulated fleet
// driving through the gateway.
#include "commands/incidentcommands.h"
#include "db/embeddedserver.h"
#include "gatewaytestsupport.h"
#include "processrunner.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace pela::core;
using namespace pela::test;

namespace {

QByteArray sentence(const QByteArray &body)
{
    unsigned char sum = 0;
    for (char c : body)
        sum ^= static_cast<unsigned char>(c);
    return "$" + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0') + "\r\n";
}

// An RMC and a GGA for now (UTC), at minutes of latitude south and longitude east.
QByteArray nmeaFix(const QDateTime &time, const char *latitude, const char *longitude)
{
    const QByteArray hms = time.toString(QStringLiteral("HHmmss")).toLatin1();
    const QByteArray date = time.toString(QStringLiteral("ddMMyy")).toLatin1();
    return sentence("GPRMC," + hms + ",A," + latitude + ",S," + longitude + ",E,015.0,045.0," +
                    date + ",,,A") +
           sentence("GPGGA," + hms + "," + latitude + ",S," + longitude +
                    ",E,1,08,0.9,31.0,M,66.0,M,,");
}

bool waitForRows(PgConnection &db, const char *sql, qint64 rows, int timeoutMs = 5000)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        if (countOf(db, sql) >= rows)
            return true;
        QThread::msleep(50);
    }
    return false;
}

ProcessOutput admin(const QString &conninfo, const QStringList &arguments)
{
    return runProgram(pelaAdminPath(), QStringList{QStringLiteral("--db"), conninfo} + arguments);
}

} // namespace

TEST_CASE("an NMEA tracker names itself on its first line, another is named by its port")
{
    const QString ownerConninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(ownerConninfo);
    registerDevice(owner, QStringLiteral("TRACKER-7"), QStringLiteral("AMB-LMN-1"));
    registerDevice(owner, QStringLiteral("TRACKER-9"), QStringLiteral("AMB-LMN-2"));
    GatewayProcess gateway(TestLogins(ownerConninfo).create(QStringLiteral("pela_avl")),
                           {QStringLiteral("--nmea-device-port"), QStringLiteral("0=TRACKER-9")});
    REQUIRE(gateway.isReady());
    REQUIRE(gateway.devicePort(QStringLiteral("TRACKER-9")) != 0);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-3);

    QTcpSocket named;
    named.connectToHost(QStringLiteral("127.0.0.1"), gateway.nmeaPort());
    REQUIRE(named.waitForConnected(5000));
    named.write(sentence("PGID,TRACKER-7") + nmeaFix(now, "0341.7280", "12810.8820") +
                nmeaFix(now.addSecs(1), "0341.7290", "12810.8830"));
    named.flush();
    QTcpSocket byPort;
    byPort.connectToHost(QStringLiteral("127.0.0.1"),
                         gateway.devicePort(QStringLiteral("TRACKER-9")));
    REQUIRE(byPort.waitForConnected(5000));
    byPort.write(nmeaFix(now, "0342.0000", "12811.0000") +
                 nmeaFix(now.addSecs(1), "0342.0010", "12811.0010"));
    byPort.flush();
    REQUIRE(waitForRows(owner, "SELECT count(DISTINCT device_id) AS n FROM unit_positions", 2));
    const PgResult row = owner.exec(
        "SELECT p.lat, p.lon, p.speed_kmh, p.heading, u.call_sign FROM unit_positions p"
        " JOIN units u ON u.id = p.unit_id WHERE p.device_id = 'TRACKER-7' ORDER BY p.fix_at");
    REQUIRE(row.rowCount() >= 1);
    CHECK(row.text(0, "call_sign") == QLatin1String("AMB-LMN-1"));
    CHECK(row.toDouble(0, "lat") == Approx(-3.695467).margin(1e-5));
    CHECK(row.toDouble(0, "lon") == Approx(128.181367).margin(1e-5));
    CHECK(row.toDouble(0, "speed_kmh") == Approx(27.78).margin(0.01)); // 15 knots
    CHECK(row.toDouble(0, "heading") == Approx(45));
    CHECK(countOf(owner, "SELECT count(*) AS n FROM unit_positions p JOIN units u ON u.id ="
                         " p.unit_id WHERE u.call_sign = 'AMB-LMN-2'") >= 1);

    // A tracker nobody registered is told nothing and closed; the admin reads why.
    QTcpSocket stranger;
    stranger.connectToHost(QStringLiteral("127.0.0.1"), gateway.nmeaPort());
    REQUIRE(stranger.waitForConnected(5000));
    stranger.write("UNKNOWN-1\r\n" + nmeaFix(now, "0341.7280", "12810.8820"));
    stranger.flush();
    CHECK((stranger.state() == QAbstractSocket::UnconnectedState ||
           stranger.waitForDisconnected(5000)));
    CHECK(gateway.log().contains(QStringLiteral("unknown device UNKNOWN-1")));
}

TEST_CASE("the gateway refuses the superuser and any login outside pela_avl")
{
    const QString ownerConninfo = TestCluster::instance().freshDatabase();
    GatewayProcess asOwner(ownerConninfo);
    CHECK_FALSE(asOwner.isReady());
    CHECK(asOwner.exitCode() == 2);
    CHECK(asOwner.log().contains(QStringLiteral("refusing to run as the superuser")));
    GatewayProcess asCallTaker(TestLogins(ownerConninfo).create(QStringLiteral("pela_call_taker")));
    CHECK_FALSE(asCallTaker.isReady());
    CHECK(asCallTaker.exitCode() == 2);
    CHECK(asCallTaker.log().contains(QStringLiteral("is not a member of pela_avl")));
}

TEST_CASE("pela-admin device add, list and remove, with the exit codes of the README")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString device = QStringLiteral("device");
    const ProcessOutput added =
        admin(conninfo, {device, QStringLiteral("add"), QStringLiteral("phone-77"),
                         QStringLiteral("amb-kota-1"), QStringLiteral("--token"),
                         QStringLiteral("long-enough-token")});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(
        QStringLiteral("Device phone-77 reports for AMB-KOTA-1 with its token")));
    const ProcessOutput again =
        admin(conninfo,
              {device, QStringLiteral("add"), QStringLiteral("phone-77"), QStringLiteral("JNZ-1")});
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("already reports for AMB-KOTA-1")));
    CHECK(admin(conninfo, {device, QStringLiteral("add"), QStringLiteral("phone-78"),
                           QStringLiteral("AMB-NOPE-9")})
              .exitCode == 2);
    CHECK(admin(conninfo, {device, QStringLiteral("add"), QStringLiteral("phone 78"),
                           QStringLiteral("JNZ-1")})
              .exitCode == 2);
    CHECK(admin(conninfo,
                {device, QStringLiteral("add"), QStringLiteral("phone-78"), QStringLiteral("JNZ-1"),
                 QStringLiteral("--token"), QStringLiteral("short")})
              .exitCode == 2);
    const ProcessOutput listed =
        admin(conninfo, {device, QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray devices = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(devices.size() == 1);
    CHECK(devices[0].toObject().value(QStringLiteral("device_id")).toString() ==
          QLatin1String("phone-77"));
    CHECK(devices[0].toObject().value(QStringLiteral("token")).toBool());
    // The token itself is nowhere to be read.
    PgConnection owner = pela::test::connect(conninfo);
    CHECK_FALSE(owner.exec("SELECT token_hash FROM devices")
                    .text(0, 0)
                    .contains(QStringLiteral("long-enough-token")));
    // A dispatcher may not register devices: told who may.
    const ProcessOutput refused =
        admin(TestLogins(conninfo).create(QStringLiteral("pela_dispatcher")),
              {device, QStringLiteral("add"), QStringLiteral("phone-79"), QStringLiteral("JNZ-1")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("pela_admin")));
    CHECK(
        admin(conninfo, {device, QStringLiteral("remove"), QStringLiteral("phone-77")}).exitCode ==
        0);
    CHECK(
        admin(conninfo, {device, QStringLiteral("remove"), QStringLiteral("phone-77")}).exitCode ==
        2);
}

TEST_CASE("pela-admin simulate drives a dispatched unit to its case through the gateway")
{
    const QString ownerConninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(ownerConninfo);
    REQUIRE(owner.exec("UPDATE units SET position_at = now() - interval '1 hour'").ok());
    GatewayProcess gateway(TestLogins(ownerConninfo).create(QStringLiteral("pela_avl")));
    REQUIRE(gateway.isReady());
    // A case 35 m from Balai Kota, where AMB-KOTA-1 waits.
    IncidentCommands commands(owner);
    OpenCaseRequest open;
    open.category = QStringLiteral("medical");
    open.priority = 1;
    open.call.callerPhone = QStringLiteral("081247001122");
    open.lat = -3.69580;
    open.lon = 128.18182;
    const CommandResult opened = commands.openCase(open);
    REQUIRE(opened.ok());
    REQUIRE(commands.assignUnit(opened.caseNumber, QStringLiteral("AMB-KOTA-1")).ok());
    REQUIRE(
        commands.advanceAssignment(QStringLiteral("AMB-KOTA-1"), AssignmentState::EnRoute).ok());
    const ProcessOutput run = admin(
        ownerConninfo,
        {QStringLiteral("simulate"), QStringLiteral("--yes"), QStringLiteral("--gateway"),
         QStringLiteral("http://127.0.0.1:%1/").arg(gateway.httpPort()), QStringLiteral("--units"),
         QStringLiteral("AMB-KOTA-1"), QStringLiteral("--interval"), QStringLiteral("1"),
         QStringLiteral("--duration"), QStringLiteral("10")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    // It reported as its own device, closing in on the case at a town pace, and its crew
    // said it arrived.
    const PgResult track =
        owner.exec("SELECT lon, speed_kmh FROM unit_positions WHERE device_id = 'sim-amb-kota-1'"
                   " ORDER BY fix_at");
    REQUIRE(track.rowCount() >= 4);
    CHECK(track.toDouble(track.rowCount() - 1, "lon") > track.toDouble(0, "lon"));
    for (int row = 0; row < track.rowCount(); ++row)
        CHECK(track.toDouble(row, "speed_kmh") < 90);
    CHECK(owner.exec("SELECT status FROM units WHERE call_sign = 'AMB-KOTA-1'").text(0, 0) ==
          QLatin1String("on_scene"));
    CHECK(owner.exec("SELECT lon FROM units WHERE call_sign = 'AMB-KOTA-1'").toDouble(0, "lon") ==
          Approx(128.18182).margin(0.0003));
}

TEST_CASE("the demo's gateway runs as its own pela_avl login, its password in a private file")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PELA_HOME"), home.path());
    environment.remove(QStringLiteral("PELA_DATABASE_URL"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    struct Stop
    {
        QProcessEnvironment environment;
        ~Stop()
        {
            runProgram(pelaAdminPath(), {QStringLiteral("server"), QStringLiteral("stop")},
                       environment);
        }
    } stopServer{environment};
    // Before the demo there is no gateway login: said so, and not run as the superuser.
    GatewayProcess early({}, {}, environment);
    CHECK_FALSE(early.isReady());
    CHECK(early.log().contains(QStringLiteral("run 'pela-admin demo' first")));

    const ProcessOutput demo = runProgram(pelaAdminPath(), {QStringLiteral("demo")}, environment);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QFileInfo file(home.path() + QStringLiteral("/gateway.pgpass"));
    REQUIRE(file.exists());
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QDateTime written = file.lastModified();
    // Loading the demo again keeps the login and its password.
    REQUIRE(runProgram(pelaAdminPath(), {QStringLiteral("demo")}, environment).exitCode == 0);
    CHECK(QFileInfo(file.filePath()).lastModified() == written);

    GatewayProcess gateway({}, {}, environment);
    INFO(gateway.log().toStdString());
    REQUIRE(gateway.isReady());
    EmbeddedServer server(EmbeddedServerOptions{home.path()});
    PgConnection superuser = pela::test::connect(server.conninfo());
    const PgResult sessions = superuser.exec("SELECT DISTINCT usename FROM pg_stat_activity WHERE "
                                             "application_name LIKE 'pela-gateway@%'");
    REQUIRE(sessions.rowCount() == 1);
    CHECK(sessions.text(0, 0) == QLatin1String("pela_gateway"));
    CHECK(
        superuser.exec("SELECT rolsuper FROM pg_roles WHERE rolname = 'pela_gateway'").text(0, 0) ==
        QLatin1String("f"));
    CHECK(superuser
              .exec("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m"
                    " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
                    " WHERE u.rolname = 'pela_gateway'")
              .text(0, 0) == QLatin1String("pela_avl"));
    CHECK(gateway.stop() == 0);
}

TEST_CASE("with a certificate and key, the gateway speaks HTTPS itself")
{
    QTemporaryDir keys;
    const QString certificate = keys.filePath(QStringLiteral("cert.pem"));
    const QString key = keys.filePath(QStringLiteral("key.pem"));
    const ProcessOutput made =
        runProgram(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString ownerConninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(ownerConninfo);
    registerDevice(owner, QStringLiteral("phone-kota-1"), QStringLiteral("AMB-KOTA-1"));
    GatewayProcess gateway(
        TestLogins(ownerConninfo).create(QStringLiteral("pela_avl")),
        {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key});
    REQUIRE(gateway.isReady());
    REQUIRE(QSslSocket::supportsSsl());
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed, made a moment ago
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), gateway.httpPort());
    REQUIRE(socket.waitForEncrypted(10000));
    socket.write(osmandGet("id=phone-kota-1&lat=-3.7&lon=128.18&timestamp=" +
                           QByteArray::number(QDateTime::currentSecsSinceEpoch())));
    QByteArray answer;
    QElapsedTimer waited;
    waited.start();
    while (!answer.contains("stored") && waited.elapsed() < 10000)
        if (socket.waitForReadyRead(500))
            answer += socket.readAll();
    CHECK(answer.startsWith("HTTP/1.1 200"));
    CHECK(countOf(owner, "SELECT count(*) AS n FROM unit_positions") == 1);
    // Plain HTTP on the TLS port gets nothing stored.
    request(gateway.httpPort(), osmandGet("id=phone-kota-1&lat=-3.71&lon=128.18"), 2000);
    CHECK(countOf(owner, "SELECT count(*) AS n FROM unit_positions") == 1);
}

TEST_CASE("history older than its retention is pruned by the gateway's login; 0 keeps it")
{
    const QString ownerConninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(ownerConninfo);
    REQUIRE(owner
                .exec("INSERT INTO unit_positions (unit_id, lat, lon, fix_at, device_id)"
                      " SELECT id, -3.7, 128.18, now() - d * interval '1 day', 'old-' || d"
                      " FROM units, unnest(ARRAY[1, 89, 91, 400]) d WHERE call_sign = 'AMB-KOTA-1'")
                .ok());
    REQUIRE(owner
                .exec("INSERT INTO aml_messages (channel, body, outcome, received_at) VALUES"
                      " ('sms', 'A\"ML=1', 'refused', now() - interval '8 days'),"
                      " ('sms', 'A\"ML=1', 'refused', now() - interval '6 days')")
                .ok());
    REQUIRE(owner
                .exec("INSERT INTO handset_locations (caller_phone, lat, lon, source, aml_version,"
                      " received_at) VALUES ('081247001122', -3.7, 128.18, 'aml_sms', 1,"
                      " now() - interval '8 days')")
                .ok());
    PgConnection gateway =
        TestLogins::connect(TestLogins(ownerConninfo).create(QStringLiteral("pela_avl")));
    const PgResult pruned = gateway.exec("SELECT pela_prune_history() AS n");
    REQUIRE(pruned.ok());
    CHECK(pruned.toInt(0, "n") == 4); // two positions, one message, one location
    CHECK(countOf(owner, "SELECT count(*) AS n FROM unit_positions") == 2);
    CHECK(countOf(owner, "SELECT count(*) AS n FROM unit_positions WHERE fix_at < now() -"
                         " interval '90 days'") == 0);
    CHECK(countOf(owner, "SELECT count(*) AS n FROM aml_messages") == 1);
    CHECK(countOf(owner, "SELECT count(*) AS n FROM handset_locations") == 0);
    // Kept for ever when an admin says 0; the gateway cannot say so itself.
    REQUIRE(
        owner.exec("UPDATE settings SET value = '0' WHERE key = 'position_retention_days'").ok());
    CHECK(gateway.exec("UPDATE settings SET value = '1' WHERE key = 'position_retention_days'")
              .sqlState() == QLatin1String("42501"));
    REQUIRE(owner
                .exec("INSERT INTO unit_positions (unit_id, lat, lon, fix_at, device_id)"
                      " SELECT id, -3.7, 128.18, now() - interval '5 years', 'ancient'"
                      " FROM units WHERE call_sign = 'AMB-KOTA-1'")
                .ok());
    CHECK(gateway.exec("SELECT pela_prune_history() AS n").toInt(0, "n") == 0);
    CHECK(countOf(owner, "SELECT count(*) AS n FROM unit_positions") == 3);
}
