// How every connection is opened: the administrator's conninfo wins over the program's defaults,
// it names the program and workstation, carries keepalives and the session's time limits, and
// runs no statement of its own after connecting.
#include "db/connectionsettings.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "testcluster.h"

#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <sys/select.h>
#include <thread>

using namespace pela::core;
using pela::test::TestCluster;

namespace {

QString show(PgConnection &db, const char *setting)
{
    const PgResult result = db.exec("SELECT current_setting($1)", {QString::fromLatin1(setting)});
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
    return result.text(0, 0);
}

// The value libpq used for keyword on this connection.
QString libpqSetting(const PgConnection &db, const char *keyword)
{
    PQconninfoOption *options = PQconninfo(db.handle());
    QString value;
    for (PQconninfoOption *option = options; option && option->keyword; ++option)
        if (qstrcmp(option->keyword, keyword) == 0 && option->val)
            value = QString::fromUtf8(option->val);
    PQconninfoFree(options);
    return value;
}

QString workstationName(const QString &program)
{
    // The server keeps at most 63 bytes of application_name.
    return (program + QLatin1Char('@') + QSysInfo::machineHostName()).left(63);
}

} // namespace

TEST_CASE("a connection names its program and workstation, and an admin's application_name wins")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection console = PgConnection::open(conninfo, ConnectionPurpose::Interactive,
                                              QStringLiteral("pela-console"));
    REQUIRE(console.isOpen());
    CHECK(show(console, "application_name") == workstationName(QStringLiteral("pela-console")));

    PgConnection named =
        PgConnection::open(conninfo + QStringLiteral(" application_name=desk-7"),
                           ConnectionPurpose::Interactive, QStringLiteral("pela-console"));
    REQUIRE(named.isOpen());
    CHECK(show(named, "application_name") == QStringLiteral("desk-7"));

    // The same in URI form.
    const QString host = libpqSetting(console, "host");
    const QString database = libpqSetting(console, "dbname");
    PgConnection uri = PgConnection::open(
        QStringLiteral("postgresql:///%1?host=%2&user=pela&application_name=desk-8")
            .arg(database, QString::fromUtf8(QUrl::toPercentEncoding(host))),
        ConnectionPurpose::Interactive, QStringLiteral("pela-console"));
    INFO(uri.error().fullText().toStdString());
    REQUIRE(uri.isOpen());
    CHECK(show(uri, "application_name") == QStringLiteral("desk-8"));
}

TEST_CASE("what the conninfo sets wins over the program's connect timeout, keepalives and "
          "session settings")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const ConnectionTimeouts defaults;

    PgConnection plain = PgConnection::open(conninfo);
    REQUIRE(plain.isOpen());
    CHECK(libpqSetting(plain, "connect_timeout") == QString::number(defaults.connect.count()));
    CHECK(libpqSetting(plain, "keepalives") == QStringLiteral("1"));
    CHECK(libpqSetting(plain, "keepalives_idle") ==
          QString::number(defaults.keepalivesIdle.count()));
    CHECK(libpqSetting(plain, "keepalives_interval") ==
          QString::number(defaults.keepalivesInterval.count()));
    CHECK(libpqSetting(plain, "keepalives_count") == QString::number(defaults.keepalivesCount));
    CHECK(libpqSetting(plain, "tcp_user_timeout") == QString::number(defaults.tcpUser.count()));
    CHECK(show(plain, "statement_timeout") == QStringLiteral("5s"));
    CHECK(show(plain, "lock_timeout") == QStringLiteral("3s"));
    CHECK(show(plain, "idle_in_transaction_session_timeout") == QStringLiteral("15s"));
    CHECK(show(plain, "DateStyle").startsWith(QStringLiteral("ISO")));
    CHECK(show(plain, "IntervalStyle") == QStringLiteral("iso_8601"));
    CHECK(show(plain, "client_min_messages") == QStringLiteral("warning"));

    PgConnection admin = PgConnection::open(
        conninfo + QStringLiteral(" connect_timeout=3 keepalives_idle=30 "
                                  "options='-c statement_timeout=1500 -c lock_timeout=700'"));
    REQUIRE(admin.isOpen());
    CHECK(libpqSetting(admin, "connect_timeout") == QStringLiteral("3"));
    CHECK(libpqSetting(admin, "keepalives_idle") == QStringLiteral("30"));
    CHECK(show(admin, "statement_timeout") == QStringLiteral("1500ms"));
    CHECK(show(admin, "lock_timeout") == QStringLiteral("700ms"));
    // Ours still apply where the admin said nothing.
    CHECK(show(admin, "IntervalStyle") == QStringLiteral("iso_8601"));
    CHECK(show(admin, "idle_in_transaction_session_timeout") == QStringLiteral("15s"));
}

TEST_CASE("an interactive statement ends at its statement timeout; maintenance has none")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection quick =
        PgConnection::open(conninfo + QStringLiteral(" options='-c statement_timeout=200'"));
    REQUIRE(quick.isOpen());
    const PgResult slept = quick.exec("SELECT pg_sleep(2)");
    CHECK_FALSE(slept.ok());
    CHECK(slept.sqlState() == QStringLiteral("57014")); // query_canceled

    PgConnection maintenance = PgConnection::open(conninfo, ConnectionPurpose::Maintenance);
    REQUIRE(maintenance.isOpen());
    CHECK(show(maintenance, "statement_timeout") == QStringLiteral("0"));
    CHECK(show(maintenance, "lock_timeout") == QStringLiteral("0"));
}

TEST_CASE("a non-blocking open runs no statement after the connection is made")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection connection = PgConnection::beginOpen(conninfo);
    PgConnection::OpenProgress progress = PgConnection::OpenProgress::WaitForWrite;
    for (int step = 0; step < 1000 && connection.handle(); ++step) {
        fd_set read, write;
        FD_ZERO(&read);
        FD_ZERO(&write);
        FD_SET(connection.socket(),
               progress == PgConnection::OpenProgress::WaitForRead ? &read : &write);
        timeval timeout{5, 0};
        select(connection.socket() + 1, &read, &write, nullptr, &timeout);
        progress = connection.continueOpen();
        if (progress == PgConnection::OpenProgress::Ready ||
            progress == PgConnection::OpenProgress::Failed)
            break;
    }
    REQUIRE(progress == PgConnection::OpenProgress::Ready);

    // A blocking SET here would stall the GUI thread on a slow server: the backend has run
    // nothing yet, and still reads and writes times in ISO form.
    PgConnection observer = pela::test::connect(conninfo);
    const PgResult activity = observer.exec("SELECT query FROM pg_stat_activity WHERE pid = $1",
                                            {PQbackendPID(connection.handle())});
    REQUIRE(activity.rowCount() == 1);
    CHECK(activity.text(0, "query").isEmpty());
    CHECK(show(connection, "DateStyle").startsWith(QStringLiteral("ISO")));
}

TEST_CASE("a migration waits for another console's migration whatever the lock timeout")
{
    const QString conninfo = TestCluster::instance().emptyDatabase();
    // Another console is migrating: it holds the migrators' advisory lock for a while.
    PgConnection other = pela::test::connect(conninfo);
    REQUIRE(other.exec("BEGIN").ok());
    REQUIRE(other.exec("SELECT pg_advisory_xact_lock(1120001)").ok());

    MigrationResult result;
    std::thread migrator([&] {
        PgConnection db = PgConnection::open(
            conninfo + QStringLiteral(" options='-c lock_timeout=100 -c statement_timeout=100'"));
        result = Migrator::migrate(db);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    REQUIRE(other.exec("COMMIT").ok());
    migrator.join();
    INFO(result.error.fullText().toStdString());
    CHECK(result.ok());
    CHECK(result.toVersion == Migrator::latestVersion());
}

TEST_CASE("the settings file's [database] keys change the time limits; nonsense keeps defaults")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("pela.conf"));
    {
        QSettings file(path, QSettings::IniFormat);
        file.setValue(QStringLiteral("database/statement_timeout_seconds"), 2.5);
        file.setValue(QStringLiteral("database/lock_timeout_seconds"), 1);
        file.setValue(QStringLiteral("database/command_deadline_seconds"), 12);
        file.setValue(QStringLiteral("database/keepalives_count"), 5);
        file.setValue(QStringLiteral("database/connect_timeout_seconds"), QStringLiteral("soon"));
        file.setValue(QStringLiteral("database/tcp_user_timeout_seconds"), -4);
    }
    const QSettings file(path, QSettings::IniFormat);
    const ConnectionTimeouts read = ConnectionTimeouts::fromSettings(file);
    const ConnectionTimeouts defaults;
    CHECK(read.statement == std::chrono::milliseconds(2500));
    CHECK(read.lock == std::chrono::milliseconds(1000));
    CHECK(read.commandDeadline == std::chrono::milliseconds(12000));
    CHECK(read.keepalivesCount == 5);
    CHECK(read.connect == defaults.connect);
    CHECK(read.tcpUser == defaults.tcpUser);
    CHECK(read.idleInTransaction == defaults.idleInTransaction);
}
