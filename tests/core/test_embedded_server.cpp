// The embedded server is private to the account that owns it: another local account is refused
// as the superuser, operators' logins use SCRAM passwords, an old trusting cluster is closed at
// its next start, and the server log keeps no caller's number.
#include "processrunner.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace pela::test;
using namespace pela::core;

namespace {

QString psqlPath()
{
    QStringList directories;
    if (const QString configured = qEnvironmentVariable("PELA_PG_BINDIR"); !configured.isEmpty())
        directories << configured;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &version :
         versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed))
        directories << versions.filePath(version) + QStringLiteral("/bin");
    const QString found = QStandardPaths::findExecutable(QStringLiteral("psql"), directories);
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("psql")) : found;
}

// psql as another local account (nobody), the way any user on the workstation could try.
ProcessOutput psqlAsNobody(const QString &conninfo)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/"));
    return runProgram(QStringLiteral("runuser"),
                      {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                       psqlPath(), QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-A"),
                       QStringLiteral("-t"), QStringLiteral("-d"), conninfo, QStringLiteral("-c"),
                       QStringLiteral("SELECT current_user")},
                      environment);
}

// Only root can act as another account; elsewhere the check cannot be made.
bool canActAsAnotherAccount()
{
    if (geteuid() == 0)
        return true;
    WARN("not root: another local account cannot be tried here (CI runs as root)");
    return false;
}

QString readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

// A cluster of its own under /tmp, removed at the end of the test.
struct OwnCluster
{
    QTemporaryDir directory{QDir::tempPath() + QStringLiteral("/pela-test-own-XXXXXX")};
    std::unique_ptr<EmbeddedServer> server;

    OwnCluster()
    {
        REQUIRE(directory.isValid());
        // Traversable by the server's user when we are root, as TestCluster's home is.
        ::chmod(QFile::encodeName(directory.path()).constData(), 0755);
        server = std::make_unique<EmbeddedServer>(options());
    }
    ~OwnCluster() { server->destroy(); }
    EmbeddedServerOptions options() const { return {directory.path(), false, 20}; }
};

} // namespace

TEST_CASE("another local account is refused as the superuser; the owner connects without a "
          "password")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = PgConnection::open(conninfo);
    REQUIRE(owner.isOpen());
    const PgResult who = owner.exec("SELECT current_user AS who, rolsuper FROM pg_roles"
                                    " WHERE rolname = current_user");
    CHECK(who.text(0, "who") == QLatin1String("pela"));
    CHECK(who.toBool(0, "rolsuper"));
    if (!canActAsAnotherAccount())
        return;
    const ProcessOutput stranger = psqlAsNobody(conninfo);
    INFO(stranger.err.toStdString());
    CHECK(stranger.exitCode != 0);
    CHECK(stranger.err.contains(QStringLiteral("Peer authentication failed")));
    CHECK_FALSE(stranger.out.contains(QStringLiteral("pela")));
}

TEST_CASE("an operator's login with a password connects by SCRAM from any local account")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString siti = pela::test::TestLogins(conninfo).create(QStringLiteral("pela_dispatcher"));
    const QString name = pela::test::TestLogins::loginName(siti);
    PgConnection login = PgConnection::open(siti);
    INFO(login.error().fullText().toStdString());
    REQUIRE(login.isOpen());
    CHECK(login.exec("SELECT current_user AS who").text(0, "who") == name);
    PgConnection admin = connect(conninfo);
    CHECK(admin
              .exec("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' AS scram FROM pg_authid"
                    " WHERE rolname = $1",
                    {name})
              .toBool(0, "scram"));
    CHECK(admin.exec("SHOW password_encryption").text(0, 0) == QLatin1String("scram-sha-256"));

    PgConnection wrong = PgConnection::open(siti + QStringLiteral(" password=wrong"));
    CHECK_FALSE(wrong.isOpen());
    CHECK(wrong.error().kind() == DbError::Kind::Authentication);
    PgConnection none = PgConnection::open(conninfo + QStringLiteral(" user=") + name);
    CHECK_FALSE(none.isOpen());

    if (!canActAsAnotherAccount())
        return;
    const ProcessOutput fromElsewhere = psqlAsNobody(siti);
    INFO(fromElsewhere.err.toStdString());
    CHECK(fromElsewhere.exitCode == 0);
    CHECK(fromElsewhere.out.trimmed() == name);
}

TEST_CASE("a cluster made by an older Pela that trusted every local user is closed at its next "
          "start, in place")
{
    OwnCluster own;
    REQUIRE_FALSE(own.server->ensureRunning().isError());
    const QString data = own.server->dataDirectory();
    // As an older Pela left it: trust for every local user, its settings appended to
    // postgresql.conf (without today's), no pela.conf.
    writeFile(data + QStringLiteral("/pg_hba.conf"), "local all all trust\n");
    QStringList oldSettings;
    for (const QString &line :
         readFile(data + QStringLiteral("/pela.conf")).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("log_")) &&
            !line.startsWith(QLatin1String("password_")) &&
            !line.startsWith(QLatin1String("unix_socket_permissions")))
            oldSettings << line;
    QString config = readFile(data + QStringLiteral("/postgresql.conf"));
    config.replace(QStringLiteral("include_if_exists 'pela.conf'"),
                   oldSettings.join(QLatin1Char('\n')));
    writeFile(data + QStringLiteral("/postgresql.conf"), config.toUtf8());
    QFile::remove(data + QStringLiteral("/pela.conf"));
    REQUIRE_FALSE(own.server->stop().isError());
    REQUIRE_FALSE(own.server->start().isError());
    const QString conninfo = own.server->conninfo(QStringLiteral("postgres"));
    const bool root = canActAsAnotherAccount();
    if (root) {
        const ProcessOutput hole = psqlAsNobody(conninfo);
        INFO(hole.err.toStdString());
        REQUIRE(hole.out.trimmed() == QLatin1String("pela")); // the old hole
    }

    // The next program to start finds it running and closes it without a restart.
    const QString pidBefore =
        readFile(data + QStringLiteral("/postmaster.pid")).section(QLatin1Char('\n'), 0, 0);
    EmbeddedServer next(own.options());
    REQUIRE_FALSE(next.ensureRunning().isError());
    CHECK(readFile(data + QStringLiteral("/postmaster.pid")).section(QLatin1Char('\n'), 0, 0) ==
          pidBefore);
    if (root) {
        const ProcessOutput stranger = psqlAsNobody(conninfo);
        INFO(stranger.err.toStdString());
        CHECK(stranger.exitCode != 0);
        CHECK(stranger.err.contains(QStringLiteral("Peer authentication failed")));
    }
    PgConnection owner = connect(conninfo);
    CHECK(owner.exec("SHOW log_error_verbosity").text(0, 0) == QLatin1String("terse"));
    CHECK(owner.exec("SHOW password_encryption").text(0, 0) == QLatin1String("scram-sha-256"));
}

TEST_CASE("status --json prints a conninfo that works from the owning account, and only there")
{
    OwnCluster own;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PELA_HOME"), own.directory.path());
    environment.remove(QStringLiteral("PELA_DATABASE_URL"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       own.directory.path() + QStringLiteral("/config"));
    const ProcessOutput status = runProgram(
        pelaAdminPath(), {QStringLiteral("status"), QStringLiteral("--json")}, environment);
    INFO(status.err.toStdString());
    REQUIRE(status.exitCode == 0);
    const QString conninfo = QJsonDocument::fromJson(status.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("conninfo"))
                                 .toString();
    PgConnection owner = PgConnection::open(conninfo);
    INFO(owner.error().fullText().toStdString());
    REQUIRE(owner.isOpen());
    CHECK(owner.exec("SELECT count(*) AS n FROM hospitals").toInt(0, "n") == 11);
    if (canActAsAnotherAccount())
        CHECK(psqlAsNobody(conninfo).exitCode != 0);
}

TEST_CASE("a failing insert with a caller's number leaves no trace of the number in the server "
          "log")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection db = connect(conninfo);
    // As psql would send it: the values in the statement text.
    const PgResult literal = db.exec(
        "INSERT INTO cases (number, category, priority, lat, lon, caller_phone, caller_name)"
        " VALUES ('2026-900001', 'medical', 1, 999, 128, '+6281299887766', 'Ibu Yohana')");
    CHECK_FALSE(literal.ok());
    // As the commands send it: bound parameters.
    const PgResult bound = db.exec(
        "INSERT INTO cases (number, category, priority, lat, lon, caller_phone, caller_name)"
        " VALUES ($1, 'medical', 1, $2, 128, $3, $4)",
        {QStringLiteral("2026-900002"), 999.0, QStringLiteral("081377665544"),
         QStringLiteral("Pak Markus")});
    CHECK_FALSE(bound.ok());
    const QString log = readFile(TestCluster::instance().server().logFile());
    // The errors are logged (so the log was read), the callers are not.
    CHECK(log.count(QStringLiteral("cases_lat_check")) >= 2);
    for (const char *secret : {"81299887766", "81377665544", "Yohana", "Markus"}) {
        INFO(secret);
        CHECK_FALSE(log.contains(QLatin1String(secret)));
    }
}
