// pela-admin hospital set and case note as an admin and a dispatcher use them: what they change,
// the event row each writes, and their exit codes (0 ok, 2 bad input or not this role's, 3
// conflict, 4 no database).
#include "processrunner.h"
#include "testcluster.h"
#include "testlogins.h"

#include <catch2/catch.hpp>

using namespace pela::test;
using pela::core::PgConnection;
using pela::core::PgResult;

namespace {

ProcessOutput admin(const QString &conninfo, QStringList arguments)
{
    return runProgram(pelaAdminPath(), QStringList{QStringLiteral("--db"), conninfo} + arguments);
}

} // namespace

TEST_CASE("hospital set moves the entrance, confirms it, sets phones, capabilities and acceptance")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const ProcessOutput set = admin(
        conninfo, {QStringLiteral("hospital"), QStringLiteral("set"), QStringLiteral("SLM"),
                   QStringLiteral("--lat"), QStringLiteral("-3.6695"), QStringLiteral("--lon"),
                   QStringLiteral("128.1990"), QStringLiteral("--location-confirmed"),
                   QStringLiteral("--phone"), QStringLiteral("0911 312345, 081247001122"),
                   QStringLiteral("--capabilities"), QStringLiteral("igd,icu"),
                   QStringLiteral("--needs-acceptance"), QStringLiteral("yes")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    PgConnection db = connect(conninfo);
    const PgResult row = db.exec(
        "SELECT lat, lon, location_approximate, array_to_string(phone_numbers, '|') AS phones,"
        " array_to_string(capabilities, ',') AS capabilities, requires_acceptance"
        " FROM hospitals WHERE code = 'SLM'");
    CHECK(row.toDouble(0, "lat") == Approx(-3.6695));
    CHECK(row.toDouble(0, "lon") == Approx(128.1990));
    CHECK_FALSE(row.toBool(0, "location_approximate"));
    CHECK(row.text(0, "phones").split(QLatin1Char('|')).size() == 2);
    CHECK(row.text(0, "capabilities") == QLatin1String("igd,icu"));
    CHECK(row.toBool(0, "requires_acceptance"));
    const PgResult event = db.exec("SELECT count(*) AS n FROM case_events e JOIN hospitals h"
                                   " ON h.id = e.hospital_id WHERE h.code = 'SLM'"
                                   " AND e.kind = 'hospital_details_changed'");
    CHECK(event.toInt(0, "n") == 1);
}

TEST_CASE("hospital set refuses bad input with exit 2 and changes nothing")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QList<QStringList> bad = {
        {QStringLiteral("SLM"), QStringLiteral("--lat"), QStringLiteral("-3.6")},
        {QStringLiteral("SLM"), QStringLiteral("--lat"), QStringLiteral("north"),
         QStringLiteral("--lon"), QStringLiteral("128")},
        {QStringLiteral("SLM"), QStringLiteral("--lat"), QStringLiteral("95"),
         QStringLiteral("--lon"), QStringLiteral("128")},
        {QStringLiteral("SLM"), QStringLiteral("--needs-acceptance"), QStringLiteral("maybe")},
        {QStringLiteral("SLM"), QStringLiteral("--capabilities"), QStringLiteral("Intensive Care")},
        {QStringLiteral("SLM"), QStringLiteral("--phone"), QStringLiteral("call me")},
        {QStringLiteral("SLM")},
        {QStringLiteral("NOPE"), QStringLiteral("--needs-acceptance"), QStringLiteral("no")},
    };
    for (const QStringList &arguments : bad) {
        const ProcessOutput out = admin(
            conninfo, QStringList{QStringLiteral("hospital"), QStringLiteral("set")} + arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << out.err.toStdString());
        CHECK(out.exitCode == 2);
        CHECK_FALSE(out.err.trimmed().isEmpty());
    }
    PgConnection db = connect(conninfo);
    CHECK(db.exec("SELECT count(*) AS n FROM case_events WHERE kind = 'hospital_details_changed'")
              .toInt(0, "n") == 0);
}

TEST_CASE("only an admin changes a hospital's details: a shift lead and a liaison get exit 2")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    TestLogins logins(conninfo);
    for (const QString &login :
         {logins.create(QStringLiteral("pela_shift_lead")),
          logins.create(QStringLiteral("pela_hospital"), QStringLiteral("HLS"))}) {
        const ProcessOutput out =
            admin(login, {QStringLiteral("hospital"), QStringLiteral("set"), QStringLiteral("HLS"),
                          QStringLiteral("--needs-acceptance"), QStringLiteral("no")});
        INFO(out.err.toStdString());
        CHECK(out.exitCode == 2);
        CHECK(out.err.contains(QStringLiteral("administrator")));
    }
}

TEST_CASE("case note saves the note for the receiving hospital; a closed case is a conflict")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const ProcessOutput opened = admin(
        conninfo, {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--phone"),
                   QStringLiteral("081234567890"), QStringLiteral("--category"),
                   QStringLiteral("medical"), QStringLiteral("--priority"), QStringLiteral("1"),
                   QStringLiteral("--address"), QStringLiteral("Jl. Pattimura")});
    REQUIRE(opened.exitCode == 0);
    const QString number = opened.out.trimmed();
    const ProcessOutput noted = admin(conninfo, {QStringLiteral("case"), QStringLiteral("note"),
                                                 number, QStringLiteral("burns, 30% body")});
    INFO(noted.err.toStdString());
    REQUIRE(noted.exitCode == 0);
    PgConnection db = connect(conninfo);
    CHECK(db.exec("SELECT receiving_note FROM cases WHERE number = $1", {number})
              .text(0, "receiving_note") == QLatin1String("burns, 30% body"));
    CHECK(db.exec("SELECT count(*) AS n FROM case_events WHERE kind = 'receiving_note_changed'")
              .toInt(0, "n") == 1);

    REQUIRE(
        admin(conninfo, {QStringLiteral("case"), QStringLiteral("close"), number,
                         QStringLiteral("--disposition"), QStringLiteral("cancelled_by_caller")})
            .exitCode == 0);
    const ProcessOutput late = admin(
        conninfo, {QStringLiteral("case"), QStringLiteral("note"), number, QStringLiteral("x")});
    CHECK(late.exitCode == 3);
    CHECK(admin(QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela connect_timeout=2"),
                {QStringLiteral("case"), QStringLiteral("note"), number, QStringLiteral("x")})
              .exitCode == 4);
}
