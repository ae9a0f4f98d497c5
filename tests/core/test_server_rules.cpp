// What the database itself decides, whoever writes: history and times, case numbers, derived
// states, closed cases, possible values, idempotent opening, and outcomes a client cannot know.
#include "commands/incidentcommands.h"
#include "db/pgconnection.h"
#include "domain/lifecycle.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QDateTime>
#include <QUuid>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace pela::core;
using pela::test::TestCluster;
using pela::test::TestLogins;
using Status = CommandResult::Status;

namespace {

OpenCaseRequest kelurahanCase(const QString &address = QStringLiteral("Jl. Pattimura, Batu Merah"))
{
    OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 1;
    request.call.callerPhone = QStringLiteral("+62 812 4700 2233");
    request.locationText = address;
    request.lat = -3.6880;
    request.lon = 128.1900;
    return request;
}

QString text(PgConnection &db, const QString &sql, const SqlParams &params = {})
{
    const PgResult result = db.exec(sql, params);
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.rowCount() > 0);
    return result.text(0, 0);
}

} // namespace

TEST_CASE("the database derives a case's state from its assignments and referrals")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    // Maintenance mode (the owner's documented escape) lets the test lay out any history.
    REQUIRE(db.exec("SET pela.maintenance = on").ok());
    REQUIRE(db.exec("INSERT INTO cases (number, category, priority) VALUES ('T-1', 'medical', 2)")
                .ok());
    const QString caseId = text(db, QStringLiteral("SELECT id FROM cases WHERE number = 'T-1'"));
    auto derivedWith = [&](const QStringList &states, bool openReferral) {
        db.exec("UPDATE units SET current_assignment_id = NULL, status = 'available'");
        db.exec("DELETE FROM assignments");
        db.exec("DELETE FROM referrals");
        int unit = 0;
        for (const QString &state : states)
            REQUIRE(db.exec("INSERT INTO assignments (case_id, unit_id, state) SELECT $1, id, $2"
                            " FROM units ORDER BY id OFFSET $3 LIMIT 1",
                            {caseId, state, unit++})
                        .ok());
        if (openReferral)
            REQUIRE(db.exec("INSERT INTO referrals (case_id, agency, state)"
                            " VALUES ($1, 'Damkar', 'forwarded')",
                            {caseId})
                        .ok());
        return text(db, QStringLiteral("SELECT pela_derived_case_state($1)"), {caseId});
    };
    CHECK(derivedWith({}, false) == QLatin1String("waiting"));
    CHECK(derivedWith({}, true) == QLatin1String("referred"));
    CHECK(derivedWith({QStringLiteral("requested")}, false) == QLatin1String("requested"));
    CHECK(derivedWith({QStringLiteral("dispatched"), QStringLiteral("on_scene")}, false) ==
          QLatin1String("on_scene"));
    CHECK(derivedWith({QStringLiteral("cleared"), QStringLiteral("en_route")}, false) ==
          QLatin1String("en_route"));
    CHECK(derivedWith({QStringLiteral("cleared"), QStringLiteral("cancelled")}, false) ==
          QLatin1String("cleared"));
    CHECK(derivedWith({QStringLiteral("declined"), QStringLiteral("expired")}, false) ==
          QLatin1String("waiting"));
    CHECK(derivedWith({QStringLiteral("transporting"), QStringLiteral("at_hospital")}, false) ==
          QLatin1String("at_hospital"));
}

TEST_CASE("the database's assignment steps are exactly the lifecycle's")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    using S = AssignmentState;
    for (int from = int(S::Requested); from <= int(S::Expired); ++from)
        for (int to = int(S::Requested); to <= int(S::Expired); ++to) {
            const PgResult row = db.exec("SELECT count(*) FROM assignment_transitions"
                                         " WHERE from_state = $1 AND to_state = $2",
                                         {toText(S(from)), toText(S(to))});
            INFO(toText(S(from)).toStdString() << " -> " << toText(S(to)).toStdString());
            CHECK((row.text(0, 0) == QLatin1String("1")) ==
                  Lifecycle::canTransition(S(from), S(to)));
        }
}

TEST_CASE("numbers, opening state and times of a case are the server's, whatever is sent")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    // The owner (a superuser here) has every grant: only the triggers stand in the way.
    REQUIRE(db.exec("BEGIN").ok());
    const PgResult inserted = db.exec(
        "INSERT INTO cases (number, category, priority, state, opened_at, opened_by, version)"
        " VALUES ('1999-000001', 'medical', 2, 'on_scene', '2020-01-01', 'someone_else', 77)"
        " RETURNING id, number, state, opened_at > now() - interval '1 minute' AS now,"
        " opened_by, version");
    REQUIRE(inserted.ok());
    REQUIRE(db.exec("INSERT INTO case_events (case_id, kind, actor, occurred_at, workstation)"
                    " VALUES ($1, 'case_opened', 'someone_else', '2020-01-01', 'forged')",
                    {inserted.toInt(0, "id")})
                .ok());
    REQUIRE(db.exec("COMMIT").ok());
    CHECK(inserted.text(0, "number") != QLatin1String("1999-000001"));
    CHECK(inserted.text(0, "number")
              .startsWith(QString::number(QDateTime::currentDateTimeUtc().date().year())));
    CHECK(inserted.text(0, "state") == QLatin1String("waiting"));
    CHECK(inserted.toBool(0, "now"));
    CHECK(inserted.text(0, "opened_by") == QLatin1String("pela"));
    CHECK(inserted.text(0, "version") == QLatin1String("1"));
    const PgResult event =
        db.exec("SELECT actor, occurred_at > now() - interval '1 minute' AS now, workstation"
                " FROM case_events WHERE kind = 'case_opened'");
    CHECK(event.text(0, "actor") == QLatin1String("pela"));
    CHECK(event.toBool(0, "now"));
    CHECK(event.text(0, "workstation").startsWith(QLatin1String("pela-test")));
}

TEST_CASE("a change to a case, an assignment or a unit without its history row is refused")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    IncidentCommands commands(db);
    const QString number = commands.openCase(kelurahanCase()).caseNumber;
    REQUIRE_FALSE(number.isEmpty());
    const PgResult silent = db.exec("UPDATE cases SET priority = 3 WHERE number = $1", {number});
    CHECK_FALSE(silent.ok());
    CHECK(silent.error().pelaKey() == QLatin1String("history_required"));
    REQUIRE(commands.assignUnit(number, QStringLiteral("AMB-KOTA-1")).ok());
    CHECK_FALSE(db.exec("UPDATE assignments SET state = 'en_route'").ok());
    CHECK(text(db, QStringLiteral("SELECT state FROM assignments")) == QLatin1String("dispatched"));
    CHECK_FALSE(db.exec("UPDATE units SET status = 'out_of_service', status_reason = 'x'"
                        " WHERE call_sign = 'AMB-KOTA-2'")
                    .ok());
    // Positions are not history: the gateway moves units without event rows.
    CHECK(db.exec("UPDATE units SET lat = -3.7, lon = 128.18 WHERE call_sign = 'AMB-KOTA-2'").ok());
}

TEST_CASE("a closed case changes only by reopening")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    IncidentCommands commands(db);
    const QString number = commands.openCase(kelurahanCase()).caseNumber;
    REQUIRE(commands.closeCase(number, Disposition::CancelledByCaller).ok());
    CaseDetailsChange change;
    change.notes = QStringLiteral("rewritten afterwards");
    const CommandResult refused = commands.updateCaseDetails(number, change);
    CHECK(refused.status == Status::Invalid);
    CHECK(refused.message.contains(QStringLiteral("reopen")));
    CHECK(commands.setPriority(number, 4).status == Status::Invalid);
    // Not even with psql and an event row.
    REQUIRE(db.exec("BEGIN").ok());
    const PgResult direct =
        db.exec("UPDATE cases SET category = 'fire' WHERE number = $1", {number});
    db.exec("ROLLBACK");
    CHECK(direct.error().pelaKey() == QLatin1String("case_closed"));
    CHECK(text(db, QStringLiteral("SELECT category FROM cases WHERE number = $1"), {number}) ==
          QLatin1String("medical"));
    REQUIRE(commands.reopenCase(number, QStringLiteral("caller rang back")).ok());
    CHECK(commands.updateCaseDetails(number, change).ok());
}

TEST_CASE("impossible coordinates, speeds, headings and future fixes are refused by the database")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    const char *const refusedUpdates[] = {
        "UPDATE units SET lat = 999 WHERE call_sign = 'AMB-KOTA-1'",
        "UPDATE units SET lat = 'NaN' WHERE call_sign = 'AMB-KOTA-1'",
        "UPDATE units SET lon = '-Infinity' WHERE call_sign = 'AMB-KOTA-1'",
        "UPDATE units SET speed_kmh = 'Infinity' WHERE call_sign = 'AMB-KOTA-1'",
        "UPDATE units SET heading = 360 WHERE call_sign = 'AMB-KOTA-1'",
        "UPDATE units SET lat = NULL WHERE call_sign = 'AMB-KOTA-1'",
        "UPDATE units SET position_at = now() + interval '1 hour' WHERE call_sign = 'AMB-KOTA-1'",
        "INSERT INTO unit_positions (unit_id, lat, lon, fix_at)"
        " SELECT id, -3.7, 128.2, '2099-01-01' FROM units LIMIT 1",
        "INSERT INTO unit_positions (unit_id, lat, lon, fix_at, accuracy_m)"
        " SELECT id, -3.7, 128.2, now(), 'NaN' FROM units LIMIT 1",
    };
    for (const char *sql : refusedUpdates) {
        INFO(sql);
        CHECK_FALSE(db.exec(sql).ok());
    }
    // Paris is a real place: whether a fix lies in Ambon is the gateway's concern.
    CHECK(db.exec("UPDATE units SET lat = 48.85, lon = 2.35, position_at = now()"
                  " WHERE call_sign = 'AMB-KOTA-1'")
              .ok());
}

TEST_CASE("opening a case twice with one client key gives one case")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    IncidentCommands commands(db);
    OpenCaseRequest request = kelurahanCase();
    request.clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CommandResult first = commands.openCase(request);
    REQUIRE(first.ok());
    CHECK(first.changed);
    const CommandResult again = commands.openCase(request);
    REQUIRE(again.ok());
    CHECK_FALSE(again.changed);
    CHECK(again.caseNumber == first.caseNumber);
    CHECK(text(db, QStringLiteral("SELECT count(*) FROM cases")) == QLatin1String("1"));
    CHECK(text(db, QStringLiteral("SELECT count(*) FROM calls")) == QLatin1String("1"));

    // Several workstations resending the same intake at the same moment.
    request.clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::vector<std::thread> senders;
    std::atomic<int> ok{0};
    const QString conninfo = db.conninfo();
    for (int i = 0; i < 6; ++i)
        senders.emplace_back([&] {
            PgConnection own = PgConnection::open(conninfo);
            IncidentCommands theirs(own);
            if (theirs.openCase(request).ok())
                ++ok;
        });
    for (std::thread &sender : senders)
        sender.join();
    CHECK(ok == 6);
    CHECK(text(db, QStringLiteral("SELECT count(*) FROM cases WHERE client_key = $1"),
               {request.clientKey}) == QLatin1String("1"));
}

TEST_CASE("a connection lost during COMMIT says the outcome is unknown; the resend saves once")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    // A slow commit (a deferred check that sleeps), so the connection can be cut mid-COMMIT.
    REQUIRE(db.exec("CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$"
                    " BEGIN PERFORM pg_sleep(3); RETURN NULL; END $$")
                .ok());
    REQUIRE(db.exec("CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON cases DEFERRABLE"
                    " INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION slow_commit()")
                .ok());
    PgConnection workstation = pela::test::connect(db.conninfo());
    const QString pid = text(workstation, QStringLiteral("SELECT pg_backend_pid()"));
    OpenCaseRequest request = kelurahanCase();
    request.clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CommandResult lost;
    std::thread saving([&] {
        IncidentCommands commands(workstation);
        lost = commands.openCase(request);
    });
    // Wait until the COMMIT is inside the slow check, then cut the connection.
    bool inCommit = false;
    for (int i = 0; i < 100 && !inCommit; ++i) {
        inCommit = text(db,
                        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1"
                                       " AND query = 'COMMIT' AND state = 'active'"),
                        {pid}) == QLatin1String("1");
        if (!inCommit)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(inCommit);
    REQUIRE(db.exec("SELECT pg_terminate_backend($1)", {pid}).ok());
    saving.join();
    CHECK(lost.status == Status::OutcomeUnknown);
    CHECK(lost.message.contains(QStringLiteral("outcome is unknown")));
    CHECK(lost.message.contains(QStringLiteral("Check the board")));

    REQUIRE(db.exec("DROP TRIGGER slow_commit ON cases").ok());
    IncidentCommands resend(db);
    REQUIRE(resend.openCase(request).ok());
    REQUIRE(resend.openCase(request).ok());
    CHECK(text(db, QStringLiteral("SELECT count(*) FROM cases WHERE client_key = $1"),
               {request.clientKey}) == QLatin1String("1"));
}

TEST_CASE("accepting a request while it expires never deadlocks: one of the two wins")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    REQUIRE(db.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'HLS'").ok());
    // A request is due the moment it is made, so expiry and acceptance always meet.
    REQUIRE(db.exec("UPDATE settings SET value = '0' WHERE key = 'request_timeout_seconds'").ok());
    const QString conninfo = db.conninfo();
    const QString deadlocksBefore =
        text(db, QStringLiteral(
                     "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"));
    IncidentCommands commands(db);
    int accepted = 0, expired = 0;
    {
        PgConnection liaisonDb = PgConnection::open(conninfo);
        PgConnection sweeperDb = PgConnection::open(conninfo);
        IncidentCommands liaison(liaisonDb), sweeper(sweeperDb);
        for (int round = 0; round < 40; ++round) {
            const QString number = commands.openCase(kelurahanCase()).caseNumber;
            REQUIRE(commands.assignUnit(number, QStringLiteral("AMB-HLS-1")).ok());
            CommandResult acceptResult, expireResult;
            std::thread accepting(
                [&] { acceptResult = liaison.acceptRequest(QStringLiteral("AMB-HLS-1")); });
            std::thread expiring([&] { expireResult = sweeper.expireDueRequests(); });
            accepting.join();
            expiring.join();
            REQUIRE(expireResult.ok());
            const bool wasAccepted = acceptResult.ok();
            const bool wasExpired = expireResult.message == QLatin1String("1");
            INFO("round " << round << ": " << acceptResult.message.toStdString());
            CHECK(wasAccepted != wasExpired);
            accepted += wasAccepted;
            expired += wasExpired;
            // Free the unit for the next round.
            if (wasAccepted)
                REQUIRE(
                    commands.cancelAssignment(QStringLiteral("AMB-HLS-1"), QStringLiteral("test"))
                        .ok());
        }
    } // the racing backends exit here, and with them their statistics reach the server
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    db.exec("SELECT pg_stat_clear_snapshot()");
    CHECK(text(db, QStringLiteral("SELECT deadlocks FROM pg_stat_database"
                                  " WHERE datname = current_database()")) == deadlocksBefore);
    CHECK(accepted + expired == 40);
}

TEST_CASE("a call-taker's console expires requests through the database function")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    REQUIRE(db.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'SLM'").ok());
    REQUIRE(db.exec("UPDATE settings SET value = '0' WHERE key = 'request_timeout_seconds'").ok());
    IncidentCommands owner(db);
    const QString number = owner.openCase(kelurahanCase()).caseNumber;
    REQUIRE(owner.assignUnit(number, QStringLiteral("AMB-SLM-1")).ok());
    TestLogins logins(db.conninfo());
    PgConnection callTakerDb =
        TestLogins::connect(logins.create(QStringLiteral("pela_call_taker")));
    IncidentCommands callTaker(callTakerDb);
    const CommandResult swept = callTaker.expireDueRequests();
    REQUIRE(swept.ok());
    CHECK(swept.message == QLatin1String("1"));
    CHECK(text(db, QStringLiteral("SELECT state FROM cases WHERE number = $1"), {number}) ==
          QLatin1String("waiting"));
    CHECK(
        text(db, QStringLiteral("SELECT actor FROM case_events WHERE kind = 'request_expired'")) ==
        TestLogins::loginName(callTakerDb.conninfo()));
}
