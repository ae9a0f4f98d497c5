// Every operator their own login: pela-admin operator add|list|disable and hospital-login add,
// tried as an admin would, and the logins they make used as their owners would.
#include "db/pgconnection.h"
#include "processrunner.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace pela::test;
using pela::core::PgConnection;

namespace {

ProcessOutput admin(const QString &conninfo, const QStringList &arguments,
                    const QByteArray &input = {})
{
    return runProgram(pelaAdminPath(), QStringList{QStringLiteral("--db"), conninfo} + arguments,
                      QProcessEnvironment::systemEnvironment(), 120000, input);
}

// Roles are cluster-wide: a name per test process.
QString person(const char *name)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(getpid());
}

const QByteArray Password = "Ambon-112-kuat";

QString as(const QString &conninfo, const QString &login, const QByteArray &password = Password)
{
    return conninfo +
           QStringLiteral(" user=%1 password=%2").arg(login, QString::fromUtf8(password));
}

} // namespace

TEST_CASE("an admin gives a person a login with a role; it connects and its events name it")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString siti = person("siti");
    const ProcessOutput added =
        admin(conninfo,
              {QStringLiteral("operator"), QStringLiteral("add"), siti,
               QStringLiteral("dispatcher"), QStringLiteral("--password-stdin")},
              Password + '\n');
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(siti));

    PgConnection login = PgConnection::open(as(conninfo, siti));
    INFO(login.error().fullText().toStdString());
    REQUIRE(login.isOpen());
    CHECK(login.exec("SELECT pg_has_role(session_user, 'pela_dispatcher', 'MEMBER')").text(0, 0) ==
          QLatin1String("t"));
    PgConnection owner = connect(conninfo);
    // The password was hashed before it left pela-admin: no statement ever carried it.
    CHECK(owner
              .exec("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = $1",
                    {siti})
              .text(0, 0) == QLatin1String("t"));
    QFile log(TestCluster::instance().server().logFile());
    REQUIRE(log.open(QIODevice::ReadOnly));
    CHECK_FALSE(log.readAll().contains(Password));
    CHECK(owner
              .exec("SELECT count(*) FROM case_events WHERE kind = 'operator_added'"
                    " AND payload ->> 'login' = $1",
                    {siti})
              .text(0, 0) == QLatin1String("1"));

    const ProcessOutput listed = admin(
        conninfo, {QStringLiteral("operator"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    bool found = false;
    for (const QJsonValue &entry : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("login")).toString() != siti)
            continue;
        found = true;
        CHECK(object.value(QStringLiteral("groups"))
                  .toArray()
                  .contains(QJsonValue(QStringLiteral("pela_dispatcher"))));
        CHECK(object.value(QStringLiteral("can_log_in")).toBool());
    }
    CHECK(found);

    const ProcessOutput disabled =
        admin(conninfo, {QStringLiteral("operator"), QStringLiteral("disable"), siti});
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.exitCode == 0);
    CHECK_FALSE(PgConnection::open(as(conninfo, siti)).isOpen());
    // Her open session was ended too.
    CHECK_FALSE(login.exec("SELECT 1").ok());
}

TEST_CASE("a hospital's liaison gets a login bound to that hospital")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString budi = person("budi");
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("password"));
    QFile passwordFile(file);
    REQUIRE(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write(Password + '\n');
    passwordFile.close();
    const ProcessOutput added =
        admin(conninfo, {QStringLiteral("hospital-login"), QStringLiteral("add"),
                         QStringLiteral("HLS"), budi, QStringLiteral("--password-file"), file});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    PgConnection login = PgConnection::open(as(conninfo, budi));
    REQUIRE(login.isOpen());
    CHECK(login.exec("SELECT h.code FROM hospitals h WHERE h.id = pela_my_hospital()").text(0, 0) ==
          QLatin1String("HLS"));
    // A liaison cannot rebind itself.
    CHECK_FALSE(login.exec("UPDATE hospital_logins SET hospital_id = 1").ok());
}

TEST_CASE("operator commands refuse bad names, weak passwords, unknown roles and duplicates")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString ani = person("ani");
    auto add = [&](const QString &name, const QString &role, const QByteArray &password) {
        return admin(conninfo,
                     {QStringLiteral("operator"), QStringLiteral("add"), name, role,
                      QStringLiteral("--password-stdin")},
                     password + '\n');
    };
    CHECK(add(QStringLiteral("Bad Name"), QStringLiteral("dispatcher"), Password).exitCode == 2);
    CHECK(add(QStringLiteral("pela_x"), QStringLiteral("dispatcher"), Password).exitCode == 2);
    CHECK(add(ani, QStringLiteral("driver"), Password).exitCode == 2);
    const ProcessOutput weak = add(ani, QStringLiteral("call-taker"), "short");
    CHECK(weak.exitCode == 2);
    CHECK(weak.err.contains(QStringLiteral("10 characters")));
    REQUIRE(add(ani, QStringLiteral("call-taker"), Password).exitCode == 0);
    const ProcessOutput again = add(ani, QStringLiteral("call-taker"), Password);
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("exists")));
    CHECK(admin(conninfo,
                {QStringLiteral("hospital-login"), QStringLiteral("add"), QStringLiteral("XYZ"),
                 person("eko"), QStringLiteral("--password-stdin")},
                Password + '\n')
              .exitCode == 2);
    // No terminal and no password given: refused before anything is created.
    const ProcessOutput noPassword =
        admin(conninfo, {QStringLiteral("operator"), QStringLiteral("add"), person("dewi"),
                         QStringLiteral("dispatcher")});
    CHECK(noPassword.exitCode == 2);
    CHECK(noPassword.err.contains(QStringLiteral("--password-stdin")));
    // A password is never taken from the command line.
    CHECK(admin(conninfo, {QStringLiteral("operator"), QStringLiteral("add"), person("dewi"),
                           QStringLiteral("dispatcher"), QStringLiteral("--password"),
                           QString::fromUtf8(Password)})
              .exitCode == 2);
}
