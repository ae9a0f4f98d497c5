// pela-admin's case commands as a script or an admin uses them, with their exit codes.
#include "processrunner.h"
#include "testcluster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>
#include <memory>

using namespace pela::test;

namespace {

ProcessOutput admin(const QString &conninfo, QStringList arguments)
{
    return runProgram(pelaAdminPath(), QStringList{QStringLiteral("--db"), conninfo} + arguments);
}

QString openCase(const QString &conninfo, const QString &address)
{
    const ProcessOutput opened =
        admin(conninfo, {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--phone"),
                         QStringLiteral("081234567890"), QStringLiteral("--category"),
                         QStringLiteral("medical"), QStringLiteral("--priority"),
                         QStringLiteral("1"), QStringLiteral("--address"), address});
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    return opened.out.trimmed();
}

} // namespace

TEST_CASE("twenty pela-admin dispatches of one unit at once: one wins, nineteen exit 3 naming it")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    QStringList cases;
    for (int i = 0; i < 20; ++i)
        cases << openCase(conninfo, QStringLiteral("Jl. Pattimura %1").arg(i));

    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString &number : cases) {
        auto process = std::make_unique<QProcess>();
        process->start(pelaAdminPath(),
                       {QStringLiteral("--db"), conninfo, QStringLiteral("dispatch"), number,
                        QStringLiteral("AMB-ALF-1")});
        processes.push_back(std::move(process));
    }
    QString winner;
    int winners = 0, conflicts = 0;
    QStringList conflictMessages;
    for (std::size_t i = 0; i < processes.size(); ++i) {
        REQUIRE(processes[i]->waitForFinished(120000));
        const int code = processes[i]->exitCode();
        if (code == 0) {
            ++winners;
            winner = cases[int(i)];
        } else if (code == 3) {
            ++conflicts;
            conflictMessages << QString::fromUtf8(processes[i]->readAllStandardError());
        } else {
            FAIL("unexpected exit " << code << ": "
                                    << processes[i]->readAllStandardError().toStdString());
        }
    }
    CHECK(winners == 1);
    CHECK(conflicts == 19);
    for (const QString &message : conflictMessages) {
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("AMB-ALF-1 is already on ") + winner));
    }
}

TEST_CASE("case open, show, unit status and close from the command line")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString number = openCase(conninfo, QStringLiteral("Batu Merah"));
    CHECK(number.contains(QLatin1Char('-')));

    CHECK(admin(conninfo, {QStringLiteral("dispatch"), number, QStringLiteral("AMB-KOTA-1")})
              .exitCode == 0);
    CHECK(admin(conninfo, {QStringLiteral("unit"), QStringLiteral("status"),
                           QStringLiteral("AMB-KOTA-1"), QStringLiteral("on_scene")})
              .exitCode == 0);
    const ProcessOutput noHospital =
        admin(conninfo, {QStringLiteral("unit"), QStringLiteral("status"),
                         QStringLiteral("AMB-KOTA-1"), QStringLiteral("transporting")});
    CHECK(noHospital.exitCode == 2);
    CHECK(noHospital.err.contains(QStringLiteral("Which hospital")));
    CHECK(admin(conninfo, {QStringLiteral("unit"), QStringLiteral("status"),
                           QStringLiteral("AMB-KOTA-1"), QStringLiteral("transporting"),
                           QStringLiteral("--hospital"), QStringLiteral("LMN")})
              .exitCode == 0);

    const ProcessOutput shown = admin(conninfo, {QStringLiteral("case"), QStringLiteral("show"),
                                                 number, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("state")).toString() == QLatin1String("transporting"));
    CHECK(json.value(QStringLiteral("destination")).toString() == QLatin1String("LMN"));
    CHECK(json.value(QStringLiteral("priority")).toInt() == 1);
    CHECK_FALSE(json.value(QStringLiteral("first_dispatched_at")).toString().isEmpty());

    const ProcessOutput early =
        admin(conninfo, {QStringLiteral("case"), QStringLiteral("close"), number,
                         QStringLiteral("--disposition"), QStringLiteral("transported")});
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("AMB-KOTA-1")));
    CHECK(admin(conninfo, {QStringLiteral("unit"), QStringLiteral("status"),
                           QStringLiteral("AMB-KOTA-1"), QStringLiteral("cleared")})
              .exitCode == 0);
    const ProcessOutput badDisposition =
        admin(conninfo, {QStringLiteral("case"), QStringLiteral("close"), number,
                         QStringLiteral("--disposition"), QStringLiteral("vanished")});
    CHECK(badDisposition.exitCode == 2);
    CHECK(badDisposition.err.contains(QStringLiteral("transported")));
    CHECK(admin(conninfo, {QStringLiteral("case"), QStringLiteral("close"), number,
                           QStringLiteral("--disposition"), QStringLiteral("transported")})
              .exitCode == 0);
}

TEST_CASE("case open with bad input exits 2 and writes nothing")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const ProcessOutput badPriority = admin(
        conninfo, {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--category"),
                   QStringLiteral("medical"), QStringLiteral("--priority"),
                   QStringLiteral("urgent"), QStringLiteral("--address"), QStringLiteral("x")});
    CHECK(badPriority.exitCode == 2);
    CHECK(badPriority.err.contains(QStringLiteral("--priority")));
    const ProcessOutput badLat =
        admin(conninfo, {QStringLiteral("case"), QStringLiteral("open"),
                         QStringLiteral("--category"), QStringLiteral("medical"),
                         QStringLiteral("--priority"), QStringLiteral("1"), QStringLiteral("--lat"),
                         QStringLiteral("south"), QStringLiteral("--lon"), QStringLiteral("128")});
    CHECK(badLat.exitCode == 2);
    const ProcessOutput unknownCase =
        admin(conninfo, {QStringLiteral("dispatch"), QStringLiteral("2026-999999"),
                         QStringLiteral("AMB-KOTA-1")});
    CHECK(unknownCase.exitCode == 2);
    CHECK(unknownCase.err.contains(QStringLiteral("no case 2026-999999")));
    const ProcessOutput status =
        admin(conninfo, {QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(status.out.toUtf8())
              .object()
              .value(QStringLiteral("open_cases"))
              .toInt() == 0);
}

TEST_CASE("dispatch with the database down exits 4")
{
    const ProcessOutput down = runProgram(
        pelaAdminPath(),
        {QStringLiteral("--db"), QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela"),
         QStringLiteral("dispatch"), QStringLiteral("2026-000001"), QStringLiteral("AMB-KOTA-1")});
    CHECK(down.exitCode == 4);
    CHECK(down.err.contains(QStringLiteral("cannot be reached")));
}
