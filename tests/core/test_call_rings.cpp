// The phone system's hook and the intake's reads, on a real database: `pela-admin call ring` as
// the phone system's own login, what the server stamps and refuses, the retention of rings, the
// notifications consoles follow, and a caller's recent cases by normalised number.
#include "commands/incidentcommands.h"
#include "intake/callerhistory.h"
#include "intake/callrings.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "processrunner.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace pela::core;
using pela::test::pelaAdminPath;
using pela::test::ProcessOutput;
using pela::test::runProgram;
using pela::test::TestCluster;
using pela::test::TestLogins;

namespace {

ProcessOutput ring(const QString &conninfo, const QStringList &arguments)
{
    return runProgram(pelaAdminPath(), QStringList{QStringLiteral("--db"), conninfo,
                                                   QStringLiteral("call"), QStringLiteral("ring")} +
                                           arguments);
}

OpenCaseRequest caseFrom(const QString &phone, const QString &where)
{
    OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 2;
    request.call.callerPhone = phone;
    request.locationText = where;
    return request;
}

} // namespace

TEST_CASE("call ring, run as the phone system's login, records the number with the server's "
          "time and that login")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString telephony = TestLogins(conninfo).create(QStringLiteral("pela_telephony"));
    const ProcessOutput rang =
        ring(telephony, {QStringLiteral("--phone"), QStringLiteral("081234567890"),
                         QStringLiteral("--workstation"), QStringLiteral("ws-07")});
    INFO(rang.err.toStdString());
    REQUIRE(rang.exitCode == 0);
    CHECK(rang.out.trimmed() == QStringLiteral("rang ws-07: 0812-3456-7890"));
    PgConnection owner = pela::test::connect(conninfo);
    const PgResult row = owner.exec(
        "SELECT workstation, caller_phone, caller_phone_kind, caller_phone_e164, rung_by,"
        " abs(extract(epoch FROM now() - rang_at)) < 60 AS recent FROM call_rings");
    REQUIRE(row.rowCount() == 1);
    CHECK(row.text(0, "workstation") == QStringLiteral("ws-07"));
    CHECK(row.text(0, "caller_phone") == QStringLiteral("081234567890"));
    CHECK(row.text(0, "caller_phone_kind") == QStringLiteral("number"));
    CHECK(row.text(0, "caller_phone_e164") == QStringLiteral("+6281234567890"));
    CHECK(row.text(0, "rung_by") == TestLogins::loginName(telephony));
    CHECK(row.toBool(0, "recent"));

    // A withheld number and a short code pass, marked.
    const ProcessOutput withheld =
        ring(telephony, {QStringLiteral("--withheld"), QStringLiteral("--workstation"),
                         QStringLiteral("ws-07")});
    CHECK(withheld.exitCode == 0);
    CHECK(withheld.out.trimmed() == QStringLiteral("rang ws-07: withheld"));
    const ProcessOutput anonymous =
        ring(telephony, {QStringLiteral("--phone"), QStringLiteral("anonymous"),
                         QStringLiteral("--workstation"), QStringLiteral("ws-07")});
    CHECK(anonymous.exitCode == 0);
    const ProcessOutput shortCode =
        ring(telephony, {QStringLiteral("--phone"), QStringLiteral("112"),
                         QStringLiteral("--workstation"), QStringLiteral("ws-07")});
    CHECK(shortCode.exitCode == 0);
    CHECK(shortCode.err.contains(QStringLiteral("unusual")));
    const PgResult kinds = owner.exec("SELECT string_agg(caller_phone_kind, ',' ORDER BY id)"
                                      " FROM call_rings");
    CHECK(kinds.text(0, 0) == QStringLiteral("number,withheld,withheld,unusual"));
}

TEST_CASE("call ring refuses a bad workstation name or number with exit 2, and a login that may "
          "not ring is told which roles may")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    TestLogins logins(conninfo);
    const QString telephony = logins.create(QStringLiteral("pela_telephony"));
    const ProcessOutput badName =
        ring(telephony, {QStringLiteral("--phone"), QStringLiteral("081234567890"),
                         QStringLiteral("--workstation"), QStringLiteral("ws 07")});
    CHECK(badName.exitCode == 2);
    CHECK(badName.err.contains(QStringLiteral("--workstation")));
    const ProcessOutput badNumber =
        ring(telephony, {QStringLiteral("--phone"), QStringLiteral("call me"),
                         QStringLiteral("--workstation"), QStringLiteral("ws-07")});
    CHECK(badNumber.exitCode == 2);
    CHECK(badNumber.err.contains(QStringLiteral("may only contain digits")));
    const ProcessOutput neither =
        ring(telephony, {QStringLiteral("--workstation"), QStringLiteral("ws-07")});
    CHECK(neither.exitCode == 2);
    CHECK(neither.err.contains(QStringLiteral("--withheld")));
    const ProcessOutput noWorkstation =
        ring(telephony, {QStringLiteral("--phone"), QStringLiteral("081234567890")});
    CHECK(noWorkstation.exitCode == 2);

    const QString callTaker = logins.create(QStringLiteral("pela_call_taker"));
    const ProcessOutput notTheirs =
        ring(callTaker, {QStringLiteral("--phone"), QStringLiteral("081234567890"),
                         QStringLiteral("--workstation"), QStringLiteral("ws-07")});
    CHECK(notTheirs.exitCode == 2);
    CHECK(notTheirs.err.contains(QStringLiteral("call ring")));
    CHECK(notTheirs.err.contains(QStringLiteral("pela_telephony or pela_admin")));
    CHECK(notTheirs.err.contains(QStringLiteral("pela_call_taker")));
    PgConnection owner = pela::test::connect(conninfo);
    CHECK(owner.exec("SELECT count(*) FROM call_rings").text(0, 0) == QStringLiteral("0"));
}

TEST_CASE("a ring is never changed, and rings older than 24 hours are pruned when the next one "
          "comes")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    TestLogins logins(conninfo);
    PgConnection admin = TestLogins::connect(logins.create(QStringLiteral("pela_admin")));
    REQUIRE(admin
                .exec("INSERT INTO call_rings (workstation, caller_phone, caller_phone_kind,"
                      " caller_phone_e164, rang_at, rung_by) VALUES ('ws-07', '081234567890',"
                      " 'number', '+6281234567890', '2020-01-01', 'someone_else')")
                .ok());
    // The server's time and the login, whatever was sent.
    const PgResult stamped = admin.exec(
        "SELECT rang_at > now() - interval '1 minute' AS now, rung_by = session_user AS me"
        " FROM call_rings");
    CHECK(stamped.toBool(0, "now"));
    CHECK(stamped.toBool(0, "me"));
    // No login may change one; the table's owner outside maintenance neither.
    CHECK(admin.exec("UPDATE call_rings SET caller_phone = '0811'").error().sqlState() ==
          QStringLiteral("42501"));
    PgConnection owner = pela::test::connect(conninfo);
    CHECK(owner.exec("UPDATE call_rings SET caller_phone = '0811'").error().sqlState() ==
          QStringLiteral("PL422"));

    // Older rings (put back in time by the owner's documented maintenance session).
    REQUIRE(owner
                .execScript(QStringLiteral(
                    "SET pela.maintenance = on;"
                    " INSERT INTO call_rings (workstation, caller_phone, caller_phone_kind,"
                    " caller_phone_e164, rang_at) VALUES ('ws-07', '081234567891', 'number',"
                    " '+6281234567891', now() - interval '23 hours');"
                    " UPDATE call_rings SET rang_at = now() - interval '25 hours'"
                    " WHERE caller_phone = '081234567890';"
                    " RESET pela.maintenance"))
                .ok());
    CHECK(owner.exec("SELECT count(*) FROM call_rings").text(0, 0) == QStringLiteral("2"));
    const ProcessOutput rang = ring(logins.create(QStringLiteral("pela_telephony")),
                                    {QStringLiteral("--phone"), QStringLiteral("0911 312345"),
                                     QStringLiteral("--workstation"), QStringLiteral("ws-08")});
    REQUIRE(rang.exitCode == 0);
    const PgResult left =
        owner.exec("SELECT string_agg(caller_phone, ',' ORDER BY id) FROM call_rings");
    CHECK(left.text(0, 0) == QStringLiteral("081234567891,0911 312345"));
}

TEST_CASE("rings, places and settings reach every console's live sync as row changes; a console "
          "reads the rings of its own workstation")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    LiveState state;
    LiveSync sync(&state);
    QSignalSpy changes(&sync, &LiveSync::rowsChanged);
    REQUIRE(sync.start(conninfo));
    REQUIRE(QTest::qWaitFor([&] { return sync.isOnline(); }, 10000));
    PgConnection owner = pela::test::connect(conninfo);
    const PgResult inserted =
        owner.exec("INSERT INTO call_rings (workstation, caller_phone, caller_phone_kind,"
                   " caller_phone_e164) VALUES ('WS-07', '081234567890', 'number',"
                   " '+6281234567890') RETURNING id");
    REQUIRE(inserted.ok());
    const qint64 id = inserted.toInt(0, "id");
    auto saw = [&](const QString &table) {
        for (const QList<QVariant> &change : std::as_const(changes))
            if (change.at(0).toString() == table)
                return true;
        return false;
    };
    REQUIRE(QTest::qWaitFor([&] { return saw(QStringLiteral("call_rings")); }, 5000));
    CHECK(changes.first().at(1).value<QList<qint64>>() == QList<qint64>{id});

    // Case-insensitive: the host name may be spelt either way.
    const ReadResult<QList<CallRing>> mine = loadRings(owner, QStringLiteral("ws-07"), {id}, 120);
    REQUIRE(mine.ok());
    REQUIRE(mine.value->size() == 1);
    CHECK(mine.value->first().callerPhone == QStringLiteral("081234567890"));
    CHECK(mine.value->first().rangAt.isValid());
    const ReadResult<QList<CallRing>> recent = loadRings(owner, QStringLiteral("WS-07"), {}, 30);
    REQUIRE(recent.ok());
    CHECK(recent.value->size() == 1);
    const ReadResult<QList<CallRing>> others = loadRings(owner, QStringLiteral("ws-08"), {id}, 120);
    REQUIRE(others.ok());
    CHECK(others.value->isEmpty());

    REQUIRE(owner
                .exec("INSERT INTO places (kind, code, name, parent_code, lat, lon) VALUES"
                      " ('landmark', NULL, 'Pelabuhan Yos Sudarso', '81.71.03.1007', -3.69,"
                      " 128.18)")
                .ok());
    REQUIRE(owner
                .exec("INSERT INTO settings (key, value) VALUES ('duplicate_radius_m', '500')"
                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .ok());
    CHECK(QTest::qWaitFor(
        [&] { return saw(QStringLiteral("places")) && saw(QStringLiteral("settings")); }, 5000));
}

TEST_CASE("a caller's cases of the last 24 hours are found by the normalised number however it "
          "was typed, the latest call first")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(conninfo);
    IncidentCommands commands(owner);
    const CommandResult first = commands.openCase(
        caseFrom(QStringLiteral("+62 812-3456-7890"), QStringLiteral("Batu Merah")));
    REQUIRE(first.ok());
    const CommandResult other =
        commands.openCase(caseFrom(QStringLiteral("0813 1111 2222"), QStringLiteral("Soya")));
    REQUIRE(other.ok());
    const CommandResult second =
        commands.openCase(caseFrom(QStringLiteral("0812 3456 7890"), QStringLiteral("Passo")));
    REQUIRE(second.ok());
    CallInfo again;
    again.callerPhone = QStringLiteral("081234567890");
    REQUIRE(commands.addCall(first.caseNumber, again).ok());
    REQUIRE(commands.closeCase(second.caseNumber, Disposition::Prank).ok());
    const CommandResult old =
        commands.openCase(caseFrom(QStringLiteral("081234567890"), QStringLiteral("Poka")));
    REQUIRE(old.ok());
    REQUIRE(owner
                .execScript(QStringLiteral("SET pela.maintenance = on; UPDATE calls SET"
                                           " answered_at = now() - interval '30 hours' WHERE"
                                           " case_id = %1; RESET pela.maintenance")
                                .arg(old.caseId))
                .ok());

    const ReadResult<QList<CallerCase>> history =
        loadCallerHistory(owner, QStringLiteral("+6281234567890"));
    REQUIRE(history.ok());
    REQUIRE(history.value->size() == 2);
    // The first case got the latest call (the one added).
    CHECK(history.value->at(0).caseNumber == first.caseNumber);
    CHECK(history.value->at(0).calls == 2);
    CHECK(history.value->at(0).locationText == QStringLiteral("Batu Merah"));
    CHECK(history.value->at(1).caseNumber == second.caseNumber);
    CHECK(history.value->at(1).disposition == QStringLiteral("prank"));
    CHECK(history.value->at(1).state == QStringLiteral("closed"));
    const ReadResult<QList<CallerCase>> none =
        loadCallerHistory(owner, QStringLiteral("+6285200000000"));
    REQUIRE(none.ok());
    CHECK(none.value->isEmpty());
}
