// pela-admin as an admin uses it: status, migrate, demo, the embedded server.
#include "processrunner.h"
#include "testcluster.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pela::test;

TEST_CASE("status --json reports the documented keys for a configured server")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const ProcessOutput result =
        runProgram(pelaAdminPath(), {QStringLiteral("--db"), conninfo, QStringLiteral("status"),
                                     QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    for (const char *key :
         {"schema_version", "conninfo", "hospitals", "units", "places", "open_cases"}) {
        INFO(key);
        CHECK(json.contains(QLatin1String(key)));
    }
    CHECK(json.value(QStringLiteral("hospitals")).toInt() == 11);
    CHECK(json.value(QStringLiteral("places")).toInt() >= 55);
    CHECK(json.value(QStringLiteral("units")).toInt() == 23);
    CHECK(json.value(QStringLiteral("open_cases")).toInt() == 0);
    CHECK(json.value(QStringLiteral("schema_version")).toInt() >= 1);
}

TEST_CASE("an unreachable server exits 4 and says so on stderr")
{
    const ProcessOutput result =
        runProgram(pelaAdminPath(), {QStringLiteral("--db"),
                                     QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela"),
                                     QStringLiteral("status")});
    CHECK(result.exitCode == 4);
    CHECK(result.err.contains(QStringLiteral("cannot be reached")));
    CHECK(result.out.isEmpty());
}

TEST_CASE("unknown commands and missing arguments exit 2 with usage")
{
    const ProcessOutput unknown = runProgram(pelaAdminPath(), {QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));
    const ProcessOutput bare = runProgram(pelaAdminPath(), {});
    CHECK(bare.exitCode == 2);
    CHECK(bare.err.contains(QStringLiteral("usage")));
}

TEST_CASE("demo refuses a configured server without --yes")
{
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    const ProcessOutput refused =
        runProgram(pelaAdminPath(), {QStringLiteral("--db"), conninfo, QStringLiteral("demo")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--yes")));
    const ProcessOutput loaded =
        runProgram(pelaAdminPath(), {QStringLiteral("--db"), conninfo, QStringLiteral("demo"),
                                     QStringLiteral("--yes")});
    CHECK(loaded.exitCode == 0);
    CHECK(loaded.out.contains(QStringLiteral("23 units")));
}

TEST_CASE("with no database configured, pela-admin creates, reuses and stops an embedded server")
{
    // A private home folder, as `PELA_HOME=$(mktemp -d)` gives (mode 0700).
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PELA_HOME"), home.path());
    environment.remove(QStringLiteral("PELA_DATABASE_URL"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    const QStringList status{QStringLiteral("status"), QStringLiteral("--json")};

    // Two processes at once share one cluster.
    QProcess first, second;
    first.setProcessEnvironment(environment);
    second.setProcessEnvironment(environment);
    first.start(pelaAdminPath(), status);
    second.start(pelaAdminPath(), status);
    REQUIRE(first.waitForFinished(180000));
    REQUIRE(second.waitForFinished(180000));
    INFO(QString::fromUtf8(first.readAllStandardError()).toStdString());
    INFO(QString::fromUtf8(second.readAllStandardError()).toStdString());
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    const QJsonObject json = QJsonDocument::fromJson(first.readAllStandardOutput()).object();
    CHECK(json.value(QStringLiteral("hospitals")).toInt() == 11);
    CHECK(json.value(QStringLiteral("places")).toInt() >= 55);
    CHECK(
        json.value(QStringLiteral("conninfo")).toString().contains(QStringLiteral("dbname=pela")));

    const ProcessOutput demo = runProgram(pelaAdminPath(), {QStringLiteral("demo")}, environment);
    CHECK(demo.exitCode == 0);
    const ProcessOutput again = runProgram(pelaAdminPath(), status, environment);
    CHECK(QJsonDocument::fromJson(again.out.toUtf8())
              .object()
              .value(QStringLiteral("units"))
              .toInt() == 23);

    const ProcessOutput stopped = runProgram(
        pelaAdminPath(), {QStringLiteral("server"), QStringLiteral("stop")}, environment);
    CHECK(stopped.exitCode == 0);
    const ProcessOutput down = runProgram(
        pelaAdminPath(), {QStringLiteral("server"), QStringLiteral("status")}, environment);
    CHECK(down.exitCode == 4);
    // Clean up a cluster moved out of the private folder (root only).
    QFile location(home.path() + QStringLiteral("/cluster-location.txt"));
    if (location.open(QIODevice::ReadOnly))
        QDir(QString::fromUtf8(location.readAll()).trimmed()).removeRecursively();
}
