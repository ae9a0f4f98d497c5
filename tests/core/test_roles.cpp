// Every login may do what docs/database.md says and nothing more: a table of role × object ×
// action, each cell asserted both ways (allowed and refused), as real logins over their own
// connections. Later features add their rows to the same table.
#include "commands/incidentcommands.h"
#include "db/pgconnection.h"
#include "live/hospitalmeasures.h"
#include "report/shiftreport.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QTimeZone>
#include <catch2/catch.hpp>
#include <cstring>

using namespace pela::core;
using pela::test::TestCluster;
using pela::test::TestLogins;

namespace {

// The logins, in the order of the expectation strings below.
enum Login
{
    CallTaker,
    Dispatcher,
    ShiftLead,
    Admin,
    HaulussyLiaison, // bound to RSUD dr. M. Haulussy (HLS), whose units need its acceptance
    LeimenaLiaison,  // bound to RSUP Dr. J. Leimena (LMN)
    Gateway,
    Telephony, // the phone system's login (pela-admin call ring)
    LoginCount
};
const char *const LoginNames[] = {"call-taker",  "dispatcher",  "shift lead",       "admin",
                                  "HLS liaison", "LMN liaison", "position gateway", "phone system"};

// One action: the SQL (ids in {braces} filled from the fixture) and, per login in the order
// above, '+' allowed or '-' refused. A statement that runs but changes nothing counts as
// refused when it returns a column "changed" of 0 (row-level security filters silently).
struct Action
{
    const char *what;
    const char *sql;
    const char *expected;
};

const Action Actions[] = {
    // Reading
    {"read callers' phone numbers", "SELECT caller_phone FROM cases", "++++----"},
    {"read calls", "SELECT * FROM calls", "++++----"},
    {"read the case history", "SELECT * FROM case_events", "++++----"},
    {"read every unit", "SELECT * FROM units", "++++----"},
    {"read units' positions", "SELECT id, call_sign, lat, lon, position_at FROM units", "++++--+-"},
    {"read position history", "SELECT * FROM unit_positions", "++++----"},
    {"read hospitals' public status", "SELECT code, er_status FROM hospitals", "++++++--"},
    {"read beds", "SELECT * FROM hospital_beds", "++++++--"},
    {"read the schema version", "SELECT max(version) FROM schema_migrations", "++++++++"},
    {"read the map", "SELECT count(*) FROM map_features", "+++++++-"},
    {"read the settings", "SELECT * FROM settings", "+++++++-"},
    {"read interval figures", "SELECT * FROM case_intervals", "++++----"},
    {"read which login speaks for which hospital", "SELECT * FROM hospital_logins", "---+----"},
    {"read the hospital's own view of cases", "SELECT * FROM hospital_cases", "----++--"},
    {"read the hospital's own view of events", "SELECT * FROM hospital_case_events", "----++--"},
    {"read the hospital's own units", "SELECT * FROM hospital_units", "----++--"},
    {"read the hospital's own positions", "SELECT * FROM hospital_unit_positions", "----++--"},

    // Cases and calls
    {"open a case with its event",
     "WITH c AS (INSERT INTO cases (category, priority, location_text) VALUES ('medical', 2,"
     " 'Waihaong') RETURNING id) INSERT INTO case_events (case_id, kind)"
     " SELECT id, 'case_opened' FROM c",
     "++++----"},
    {"open a case without its event",
     "INSERT INTO cases (category, priority, location_text) VALUES ('medical', 2, 'Waihaong')",
     "--------"},
    {"choose a case's number",
     "INSERT INTO cases (number, category, priority) VALUES"
     " ('2026-999999', 'medical', 2)",
     "--------"},
    {"rewrite the case-number counter", "UPDATE case_number_counters SET last = 1", "--------"},
    {"take a case number", "SELECT pela_next_case_number()", "--------"},
    {"change an open case's priority with its event",
     "UPDATE cases SET priority = 3 WHERE id = {open};"
     " INSERT INTO case_events (case_id, kind) VALUES ({open}, 'priority_changed')",
     "++++----"},
    {"change a closed case with an event",
     "UPDATE cases SET notes = 'afterwards' WHERE id = {closed};"
     " INSERT INTO case_events (case_id, kind) VALUES ({closed}, 'case_details_changed')",
     "--------"},
    {"set a case's state by hand",
     "UPDATE cases SET state = 'on_scene' WHERE id = {open};"
     " INSERT INTO case_events (case_id, kind) VALUES ({open}, 'x')",
     "--------"},
    {"close a case",
     "UPDATE cases SET state = 'closed', disposition = 'prank' WHERE id = {other};"
     " INSERT INTO case_events (case_id, kind) VALUES ({other}, 'case_closed')",
     "--++----"},
    {"reopen a closed case",
     "UPDATE cases SET state = 'waiting', disposition = NULL WHERE id = {closed};"
     " INSERT INTO case_events (case_id, kind) VALUES ({closed}, 'case_reopened')",
     "--++----"},
    {"record a call on an open case",
     "INSERT INTO calls (case_id, caller_phone) VALUES ({open}, '+6281247000000')", "++++----"},
    {"record a call on a closed case",
     "INSERT INTO calls (case_id, caller_phone) VALUES ({closed}, '+6281247000000')", "--------"},
    {"move a call to another case (a duplicate)",
     "UPDATE calls SET case_id = {other} WHERE case_id = {open}", "--++----"},

    // History
    {"write a case's history row", "INSERT INTO case_events (case_id, kind) VALUES ({open}, 'x')",
     "++++----"},
    {"write an event of HLS", "INSERT INTO case_events (hospital_id, kind) VALUES ({hls}, 'x')",
     "+++++---"},
    {"write an event of an HLS ambulance",
     "INSERT INTO case_events (unit_id, kind) VALUES ({hlsUnit}, 'x')", "+++++---"},
    {"rewrite history", "UPDATE case_events SET kind = 'rewritten'", "--------"},
    {"acknowledge an alert",
     "INSERT INTO case_events (case_id, kind) VALUES ({open}, 'alert_acknowledged')", "-+++----"},
    {"delete history", "DELETE FROM case_events", "--------"},

    // Units on cases
    {"dispatch a free city ambulance with its event",
     "INSERT INTO assignments (case_id, unit_id, state) VALUES ({open}, {kota2}, 'dispatched');"
     " INSERT INTO case_events (case_id, unit_id, kind) VALUES ({open}, {kota2}, 'unit_assigned')",
     "-+++----"},
    {"send a unit on its way with the event",
     "UPDATE assignments SET state = 'en_route' WHERE id = {dispatched};"
     " INSERT INTO case_events (case_id, unit_id, kind) VALUES ({open}, {kota1}, 'x')",
     "-+++----"},
    {"rewrite when a unit was dispatched",
     "UPDATE assignments SET dispatched_at = '2020-01-01', assigned_by = 'x'"
     " WHERE id = {dispatched};"
     " SELECT count(*) AS changed FROM assignments WHERE id = {dispatched}"
     " AND (dispatched_at < '2021-01-01' OR assigned_by = 'x')",
     "--------"},
    {"mark an assignment undone by writing it",
     "UPDATE assignments SET undone_at = now(), undone_by = 'x' WHERE id = {dispatched};"
     " INSERT INTO case_events (case_id, kind) VALUES ({open}, 'x');"
     " SELECT count(*) AS changed FROM assignments WHERE id = {dispatched}"
     " AND undone_at IS NOT NULL",
     "--------"},
    {"read the partner-request figures",
     "SELECT * FROM pela_partner_requests(now() - interval '1 day', now() + interval '1 day')",
     "++++++--"},
    // Hospital mode's own figures: a liaison reads its hospital's row and no other's.
    {"read HLS's partner-request figures",
     "SELECT count(*) AS changed FROM pela_partner_requests(now() - interval '1 day',"
     " now() + interval '1 day') WHERE hospital_code = 'HLS' AND requested = 1",
     "+++++---"},
    {"read why HLS's requests were declined",
     "SELECT a.ended_reason FROM hospital_assignments a JOIN hospital_units u"
     " ON u.id = a.unit_id WHERE a.state = 'declined'",
     "----++--"},
    {"read the roads to time a trip",
     "SELECT count(*) FROM map_layers l JOIN map_features f ON f.layer_id = l.id;"
     " SELECT count(*) FROM places",
     "++++++--"},
    {"answer a partner request by writing it",
     "UPDATE assignments SET state = 'dispatched' WHERE id = {request};"
     " INSERT INTO case_events (case_id, unit_id, kind) VALUES ({requestCase}, {hlsUnit}, 'x')",
     "--------"},
    {"accept HLS's request", "SELECT * FROM pela_answer_request('AMB-HLS-1', true)", "-++-+---"},
    {"decline HLS's request with a reason",
     "SELECT * FROM pela_answer_request('AMB-HLS-1', false, 'no crew')", "-++-+---"},
    {"expire due requests", "SELECT pela_expire_due_requests()", "++++++--"},
    {"take an HLS ambulance out of service",
     "SELECT pela_set_unit_service('AMB-HLS-2', false, 'flat tyre')", "-++-+---"},
    {"take a city ambulance out of service",
     "SELECT pela_set_unit_service('AMB-KOTA-2', false, 'flat tyre')", "-++-----"},
    {"set a unit's status by hand",
     "UPDATE units SET status = 'on_scene' WHERE id = {kota2};"
     " INSERT INTO case_events (unit_id, kind) VALUES ({kota2}, 'x')",
     "--------"},
    {"mark the patient coming to HLS as arrived",
     "SELECT * FROM pela_mark_patient_arrived('AMB-GPM-1')", "-++-+---"},

    // Positions
    {"record a position fix",
     "INSERT INTO unit_positions (unit_id, lat, lon, fix_at)"
     " VALUES ({kota2}, -3.70, 128.18, now())",
     "---+--+-"},
    {"move a unit",
     "UPDATE units SET lat = -3.70, lon = 128.18, position_at = now()"
     " WHERE id = {kota2}",
     "---+--+-"},
    {"put a unit off the Earth", "UPDATE units SET lat = 999 WHERE id = {kota2}", "--------"},
    {"date a fix in the future",
     "INSERT INTO unit_positions (unit_id, lat, lon, fix_at)"
     " VALUES ({kota2}, -3.70, 128.18, now() + interval '1 hour')",
     "--------"},

    // Hospitals
    {"set HLS's ER status",
     "WITH u AS (UPDATE hospitals SET er_status = 'diverting', er_status_reason = 'full'"
     " WHERE code = 'HLS' RETURNING 1) SELECT count(*) AS changed FROM u",
     "--+++---"},
    {"set LMN's ER status",
     "WITH u AS (UPDATE hospitals SET er_status = 'limited', er_status_reason = 'CT down'"
     " WHERE code = 'LMN' RETURNING 1) SELECT count(*) AS changed FROM u",
     "--++-+--"},
    {"set HLS's free beds",
     "WITH u AS (UPDATE hospital_beds SET available = 1 WHERE hospital_id = {hls} RETURNING 1)"
     " SELECT count(*) AS changed FROM u",
     "--+++---"},
    {"change whether HLS must accept requests",
     "UPDATE hospitals SET requires_acceptance = false WHERE code = 'HLS'", "---+----"},
    {"bind a login to a hospital",
     "INSERT INTO hospital_logins (login, hospital_id) VALUES ('somebody', {lmn})", "---+----"},
    {"move a liaison to another hospital",
     "UPDATE hospital_logins SET hospital_id = {lmn} WHERE hospital_id = {hls}", "---+----"},
    {"change a setting", "UPDATE settings SET value = '5' WHERE key = 'request_timeout_seconds'",
     "---+----"},

    // The position gateway's tables (migration 6)
    {"read the registered devices", "SELECT device_id, unit_id, token_hash FROM devices",
     "---+--+-"},
    {"register a device",
     "INSERT INTO devices (device_id, unit_id) VALUES ('new-tracker', {kota1})", "---+----"},
    {"move a device to another unit",
     "WITH u AS (UPDATE devices SET unit_id = {kota1} RETURNING 1)"
     " SELECT count(*) AS changed FROM u",
     "---+----"},
    {"remove a device",
     "WITH d AS (DELETE FROM devices RETURNING 1) SELECT count(*) AS changed FROM d", "---+----"},
    {"record a position with its device, flags, altitude and battery",
     "INSERT INTO unit_positions (unit_id, lat, lon, fix_at, device_id, flags, altitude_m,"
     " battery_percent) VALUES ({kota2}, -3.70, 128.18, now(), 'phone-kota-2', '{jump}', 12, 80)",
     "---+--+-"},
    {"delete position history", "DELETE FROM unit_positions", "---+----"},
    {"prune history by its retention", "SELECT pela_prune_history()", "---+--+-"},
    {"read callers' handset locations", "SELECT * FROM handset_locations", "++++----"},
    {"record a caller's handset location",
     "INSERT INTO handset_locations (caller_phone, caller_phone_e164, lat, lon, source,"
     " aml_version) VALUES ('081247001122', '+6281247001122', -3.70, 128.18, 'aml_sms', 1)",
     "------+-"},
    {"date a handset location's arrival",
     "INSERT INTO handset_locations (caller_phone, lat, lon, source, aml_version, received_at)"
     " VALUES ('081247001122', -3.70, 128.18, 'aml_sms', 1, '2020-01-01')",
     "--------"},
    {"change a handset location", "UPDATE handset_locations SET lat = -3.8", "--------"},
    {"delete handset locations", "DELETE FROM handset_locations", "--------"},
    {"read raw AML messages", "SELECT * FROM aml_messages", "---+----"},
    {"keep a raw AML message",
     "INSERT INTO aml_messages (id, channel, body, outcome, reason)"
     " VALUES (nextval('aml_messages_id_seq'), 'sms', 'A\"ML=1;lt=', 'refused', 'no ml')",
     "------+-"},

    // The phone system's hook
    {"read the phone system's rings", "SELECT * FROM call_rings", "++++----"},
    {"announce a ring", "INSERT INTO call_rings (workstation, caller_phone) VALUES ('ws-07', '')",
     "---+---+"},
    {"back-date a ring or sign it as someone else",
     "INSERT INTO call_rings (workstation, rang_at, rung_by) VALUES ('ws-07', '2020-01-01', 'x');"
     " SELECT count(*) AS changed FROM call_rings WHERE rang_at < '2021-01-01' OR rung_by = 'x'",
     "--------"},
    {"clear the rings", "DELETE FROM call_rings", "---+----"},

    // The note for the receiving hospital and hospitals' phone numbers (migration 9)
    {"write the note for the receiving hospital with its event",
     "UPDATE cases SET receiving_note = 'stroke, onset 14:10' WHERE id = {transportCase};"
     " INSERT INTO case_events (case_id, kind) VALUES ({transportCase}, 'receiving_note_changed')",
     "-+++----"},
    {"write the note for the receiving hospital without an event",
     "UPDATE cases SET receiving_note = 'stroke' WHERE id = {transportCase}", "--------"},
    {"change the note for the receiving hospital of a closed case",
     "UPDATE cases SET receiving_note = 'afterwards' WHERE id = {closed};"
     " INSERT INTO case_events (case_id, kind) VALUES ({closed}, 'receiving_note_changed')",
     "--------"},
    {"read the note for a patient coming to HLS",
     "SELECT count(*) AS changed FROM hospital_cases WHERE id = {transportCase}"
     " AND receiving_note = 'for HLS'",
     "----+---"},
    {"read the note for HLS's patient from the case table",
     "SELECT receiving_note FROM cases WHERE id = {transportCase}", "++++----"},
    {"change a hospital's phone numbers",
     "UPDATE hospitals SET phone_numbers = '{0911 312345}' WHERE code = 'HLS'", "---+----"},
};

struct Fixture
{
    PgConnection owner = pela::test::connect(TestCluster::instance().freshDatabase());
    QHash<QString, QString> ids;
    PgConnection logins[LoginCount];

    Fixture()
    {
        REQUIRE(
            owner.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'HLS'").ok());
        IncidentCommands commands(owner);
        auto open = [&](const char *where) {
            OpenCaseRequest request;
            request.category = QStringLiteral("medical");
            request.priority = 2;
            request.call.callerPhone = QStringLiteral("+6281247001122");
            request.call.callerName = QStringLiteral("Ibu Maria");
            request.locationText = QLatin1String(where);
            const CommandResult opened = commands.openCase(request);
            REQUIRE(opened.ok());
            return opened;
        };
        const CommandResult openCase = open("Batu Merah");
        const CommandResult otherCase = open("Mardika");
        const CommandResult closedCase = open("Benteng");
        REQUIRE(commands.closeCase(closedCase.caseNumber, Disposition::CancelledByCaller).ok());
        const CommandResult requestCase = open("Kudamati");
        const CommandResult transportCase = open("Urimessing");
        const CommandResult dispatched =
            commands.assignUnit(openCase.caseNumber, QStringLiteral("AMB-KOTA-1"));
        REQUIRE(dispatched.ok());
        const CommandResult request =
            commands.assignUnit(requestCase.caseNumber, QStringLiteral("AMB-HLS-1"));
        REQUIRE(request.ok());
        // A private hospital's ambulance bringing a patient to HLS, with a note for HLS.
        REQUIRE(
            commands.setReceivingNote(transportCase.caseNumber, QStringLiteral("for HLS")).ok());
        REQUIRE(commands.assignUnit(transportCase.caseNumber, QStringLiteral("AMB-GPM-1")).ok());
        REQUIRE(
            commands.advanceAssignment(QStringLiteral("AMB-GPM-1"), AssignmentState::OnScene).ok());
        REQUIRE(commands
                    .advanceAssignment(QStringLiteral("AMB-GPM-1"), AssignmentState::Transporting,
                                       QStringLiteral("HLS"))
                    .ok());
        REQUIRE(owner
                    .exec("INSERT INTO devices (device_id, unit_id) SELECT 'phone-kota-2', id"
                          " FROM units WHERE call_sign = 'AMB-KOTA-2'")
                    .ok());
        ids = {{QStringLiteral("open"), QString::number(openCase.caseId)},
               {QStringLiteral("other"), QString::number(otherCase.caseId)},
               {QStringLiteral("closed"), QString::number(closedCase.caseId)},
               {QStringLiteral("requestCase"), QString::number(requestCase.caseId)},
               {QStringLiteral("transportCase"), QString::number(transportCase.caseId)},
               {QStringLiteral("dispatched"), QString::number(dispatched.assignmentId)},
               {QStringLiteral("request"), QString::number(request.assignmentId)}};
        for (const auto &[key, sql] :
             {std::pair{"hls", "SELECT id FROM hospitals WHERE code = 'HLS'"},
              std::pair{"lmn", "SELECT id FROM hospitals WHERE code = 'LMN'"},
              std::pair{"kota1", "SELECT id FROM units WHERE call_sign = 'AMB-KOTA-1'"},
              std::pair{"kota2", "SELECT id FROM units WHERE call_sign = 'AMB-KOTA-2'"},
              std::pair{"hlsUnit", "SELECT id FROM units WHERE call_sign = 'AMB-HLS-1'"}})
            ids.insert(QLatin1String(key), owner.exec(sql).text(0, 0));

        TestLogins made(owner.conninfo());
        const QString conninfos[LoginCount] = {
            made.create(QStringLiteral("pela_call_taker")),
            made.create(QStringLiteral("pela_dispatcher")),
            made.create(QStringLiteral("pela_shift_lead")),
            made.create(QStringLiteral("pela_admin")),
            made.create(QStringLiteral("pela_hospital"), QStringLiteral("HLS")),
            made.create(QStringLiteral("pela_hospital"), QStringLiteral("LMN")),
            made.create(QStringLiteral("pela_avl")),
            made.create(QStringLiteral("pela_telephony"))};
        for (int login = 0; login < LoginCount; ++login)
            logins[login] = TestLogins::connect(conninfos[login]);
    }

    QString sql(const char *text) const
    {
        QString filled = QString::fromUtf8(text);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            filled.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        return filled;
    }

    // Runs the action as the login in a transaction that is rolled back; deferred checks
    // (the history rule) are fired before the rollback.
    bool allowed(Login login, const Action &action, QString *why)
    {
        PgConnection &db = logins[login];
        REQUIRE(db.exec("BEGIN").ok());
        PgResult result = db.execScript(sql(action.sql));
        if (result.ok()) {
            const int changed = result.column("changed");
            const PgResult constraints = db.exec("SET CONSTRAINTS ALL IMMEDIATE");
            if (!constraints.ok())
                result = constraints;
            else if (changed >= 0 && result.text(0, changed) == QLatin1String("0"))
                *why = QStringLiteral("nothing changed");
        }
        db.exec("ROLLBACK");
        if (!result.ok()) {
            *why = result.error().sqlState() + QLatin1Char(' ') + result.error().message();
            // A refusal, not a broken test: privilege, a rule of ours, a check constraint.
            static const QStringList refusals = {QStringLiteral("42501"), QStringLiteral("PL403"),
                                                 QStringLiteral("PL404"), QStringLiteral("PL409"),
                                                 QStringLiteral("PL422"), QStringLiteral("PL428"),
                                                 QStringLiteral("23514")};
            if (!refusals.contains(result.error().sqlState()))
                FAIL(action.what << " as " << LoginNames[login]
                                 << " failed for another reason: " << why->toStdString());
            return false;
        }
        return why->isEmpty();
    }
};

} // namespace

TEST_CASE("each login may do exactly what its job needs: role × object × action, both ways")
{
    Fixture fixture;
    for (const Action &action : Actions) {
        REQUIRE(std::strlen(action.expected) == LoginCount);
        for (int login = 0; login < LoginCount; ++login) {
            QString why;
            const bool mayDo = fixture.allowed(Login(login), action, &why);
            const bool shouldDo = action.expected[login] == '+';
            INFO(LoginNames[login] << " may " << (shouldDo ? "" : "not ") << action.what << " ("
                                   << why.toStdString() << ")");
            CHECK(mayDo == shouldDo);
        }
    }
}

TEST_CASE("whoever writes a history row, the row says who and when it really was")
{
    Fixture fixture;
    const struct
    {
        Login login;
        const char *sql;
    } forgers[] = {
        // Roles that may write events but not those columns are refused outright...
        {CallTaker, "INSERT INTO case_events (case_id, kind, actor, occurred_at)"
                    " VALUES ({open}, 'forged', 'someone_else', '2020-01-01')"},
        {Dispatcher, "INSERT INTO case_events (case_id, kind, actor, occurred_at)"
                     " VALUES ({open}, 'forged', 'someone_else', '2020-01-01')"},
        {ShiftLead, "INSERT INTO case_events (case_id, kind, actor, occurred_at)"
                    " VALUES ({open}, 'forged', 'someone_else', '2020-01-01')"},
        {HaulussyLiaison, "INSERT INTO case_events (hospital_id, kind, actor, occurred_at)"
                          " VALUES ({hls}, 'forged', 'someone_else', '2020-01-01')"},
    };
    for (const auto &forger : forgers) {
        INFO(LoginNames[forger.login]);
        CHECK(fixture.logins[forger.login].exec(fixture.sql(forger.sql)).sqlState() ==
              QLatin1String("42501"));
    }
    // ...and the admin, who holds INSERT on every column, gets the server's truth stored.
    PgConnection &admin = fixture.logins[Admin];
    REQUIRE(admin
                .exec(fixture.sql("INSERT INTO case_events (case_id, kind, actor, occurred_at,"
                                  " workstation) VALUES ({open}, 'forged', 'someone_else',"
                                  " '2020-01-01', 'elsewhere')"))
                .ok());
    const PgResult stored =
        fixture.owner.exec("SELECT actor, occurred_at > now() - interval '1 minute' AS recent"
                           " FROM case_events WHERE kind = 'forged'");
    REQUIRE(stored.rowCount() == 1);
    CHECK(stored.text(0, "actor") == admin.exec("SELECT session_user").text(0, 0));
    CHECK(stored.toBool(0, "recent"));
}

TEST_CASE("a hospital's login sees its own requests and patients, never a caller's details")
{
    Fixture fixture;
    PgConnection &haulussy = fixture.logins[HaulussyLiaison];
    PgConnection &leimena = fixture.logins[LeimenaLiaison];
    const PgResult seen = haulussy.exec("SELECT location_text, caller_name, caller_phone, notes"
                                        " FROM hospital_cases ORDER BY id");
    REQUIRE(seen.ok());
    QStringList places;
    for (int row = 0; row < seen.rowCount(); ++row) {
        places << seen.text(row, "location_text");
        CHECK(seen.text(row, "caller_name").isEmpty());
        CHECK(seen.text(row, "caller_phone").isEmpty());
        CHECK(seen.text(row, "notes").isEmpty());
    }
    // The request for its ambulance, and the patient a private ambulance brings to it.
    CHECK(places == QStringList{QStringLiteral("Kudamati"), QStringLiteral("Urimessing")});
    CHECK(leimena.exec("SELECT count(*) FROM hospital_cases").text(0, 0) == QLatin1String("0"));
    const PgResult units = haulussy.exec("SELECT call_sign FROM hospital_units ORDER BY call_sign");
    QStringList callSigns;
    for (int row = 0; row < units.rowCount(); ++row)
        callSigns << units.text(row, 0);
    CHECK(callSigns == QStringList{QStringLiteral("AMB-GPM-1"), QStringLiteral("AMB-HLS-1"),
                                   QStringLiteral("AMB-HLS-2")});
    // No event it sees carries a phone number, whatever its payload held.
    REQUIRE(fixture.owner
                .exec(fixture.sql("INSERT INTO case_events (case_id, kind, payload)"
                                  " VALUES ({requestCase}, 'call_added',"
                                  " '{\"phone\": \"+6281247001122\"}')"))
                .ok());
    const PgResult events = haulussy.exec("SELECT payload::text FROM hospital_case_events");
    REQUIRE(events.rowCount() > 0);
    for (int row = 0; row < events.rowCount(); ++row)
        CHECK_FALSE(events.text(row, 0).contains(QStringLiteral("6281247")));
}

TEST_CASE("a liaison reads its hospital's own request figures and reasons, never another's, "
          "and they are the shift report's")
{
    Fixture fixture;
    PgConnection &owner = fixture.owner;
    // Leimena's ambulance is asked for too: the centre sees two hospitals' rows.
    REQUIRE(owner.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'LMN'").ok());
    const QString other =
        owner.exec(fixture.sql("SELECT number FROM cases WHERE id = {other}")).text(0, 0);
    REQUIRE(IncidentCommands(owner).assignUnit(other, QStringLiteral("AMB-LMN-1")).ok());
    PgConnection &haulussy = fixture.logins[HaulussyLiaison];
    PgConnection &leimena = fixture.logins[LeimenaLiaison];
    REQUIRE(IncidentCommands(haulussy)
                .declineRequest(QStringLiteral("AMB-HLS-1"), QStringLiteral("no crew"))
                .ok());
    const qint64 hls = fixture.ids.value(QStringLiteral("hls")).toLongLong();
    const qint64 lmn = fixture.ids.value(QStringLiteral("lmn")).toLongLong();
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);

    const ReadResult<HospitalMeasures> own = HospitalMeasures::read(haulussy, hls, now);
    INFO(own.error.message().toStdString());
    REQUIRE(own.ok());
    const PartnerAnswers &month = own.value->lastThirtyDays;
    CHECK(month.requested == 1);
    CHECK(month.declined == 1);
    CHECK(month.accepted == 0);
    CHECK(month.expired == 0);
    CHECK(month.medianAnswerSeconds.has_value());
    REQUIRE(month.declineReasons.size() == 1);
    CHECK(month.declineReasons.first().reason == QStringLiteral("no crew"));
    if (own.value->shift.from < now.addSecs(-300)) // the shift did not just change over
        CHECK(own.value->shift.declined == 1);

    // Naming another hospital gives a liaison nothing: neither counts nor reasons.
    const ReadResult<HospitalMeasures> theirs = HospitalMeasures::read(haulussy, lmn, now);
    REQUIRE(theirs.ok());
    CHECK(theirs.value->lastThirtyDays.requested == 0);
    CHECK(theirs.value->lastThirtyDays.declineReasons.isEmpty());
    const PgResult everything = haulussy.exec(
        "SELECT hospital_code FROM pela_partner_requests(now() - interval '1 day', now() + "
        "interval '1 day')");
    REQUIRE(everything.rowCount() == 1);
    CHECK(everything.text(0, 0) == QLatin1String("HLS"));
    // Leimena's liaison sees its own pending request and nothing of Haulussy's.
    const ReadResult<HospitalMeasures> leimenaOwn = HospitalMeasures::read(leimena, lmn, now);
    REQUIRE(leimenaOwn.ok());
    CHECK(leimenaOwn.value->lastThirtyDays.requested == 1);
    CHECK(HospitalMeasures::read(leimena, hls, now).value->lastThirtyDays.requested == 0);

    // The same figures as the centre's shift report for that hospital.
    const ReadResult<ShiftReportData> report =
        ShiftReportData::compute(fixture.logins[ShiftLead], now.addDays(-30), now);
    REQUIRE(report.ok());
    REQUIRE(report.value->partnerRequests.size() == 2);
    for (const PartnerRequests &row : report.value->partnerRequests)
        if (row.code == QLatin1String("HLS")) {
            CHECK(row.requested == month.requested);
            CHECK(row.declined == month.declined);
            CHECK(row.medianAnswerSeconds == month.medianAnswerSeconds);
        }
}

TEST_CASE("the shift a liaison's figures count from is 07:00 or 19:00 in Ambon (WIT)")
{
    auto wit = [](int hour, int minute) {
        return QDateTime(QDate(2026, 11, 28), QTime(hour, minute), QTimeZone(9 * 3600));
    };
    CHECK(HospitalMeasures::shiftStart(wit(7, 0)) == wit(7, 0));
    CHECK(HospitalMeasures::shiftStart(wit(18, 59)) == wit(7, 0));
    CHECK(HospitalMeasures::shiftStart(wit(19, 0)) == wit(19, 0));
    CHECK(HospitalMeasures::shiftStart(wit(23, 30)) == wit(19, 0));
    CHECK(HospitalMeasures::shiftStart(wit(3, 10)) == wit(19, 0).addDays(-1));
}

TEST_CASE("commands a hospital's login may not do are refused with whose unit it is")
{
    Fixture fixture;
    IncidentCommands leimena(fixture.logins[LeimenaLiaison]);
    const CommandResult refused = leimena.acceptRequest(QStringLiteral("AMB-HLS-1"));
    CHECK(refused.status == CommandResult::Status::Invalid);
    CHECK(refused.message.contains(QStringLiteral("AMB-HLS-1 belongs to RSUD dr. M. Haulussy")));
    const CommandResult otherStatus = leimena.setHospitalStatus(
        QStringLiteral("HLS"), ErStatus::Diverting, QStringLiteral("full"));
    CHECK(otherStatus.status == CommandResult::Status::Invalid);
    CHECK(otherStatus.message.contains(QStringLiteral("You speak for RSUP Dr. J. Leimena")));
    CHECK(fixture.owner.exec("SELECT er_status FROM hospitals WHERE code = 'HLS'").text(0, 0) ==
          QLatin1String("open"));
    const CommandResult notItsUnit =
        leimena.setUnitOutOfService(QStringLiteral("AMB-KOTA-2"), QStringLiteral("x"));
    CHECK(notItsUnit.message.contains(QStringLiteral("the city")));
}

TEST_CASE("the gateway's login can do nothing but positions and handset locations")
{
    Fixture fixture;
    const QString gateway = TestLogins::loginName(fixture.logins[Gateway].conninfo());
    // Every table and view, every privilege: exactly these, no more.
    const PgResult tables = fixture.owner.exec(
        "SELECT string_agg(c.relname || ':' || p.privilege, ' ' ORDER BY c.relname, p.privilege)"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE',"
        " 'REFERENCES', 'TRIGGER']) AS p(privilege)"
        " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p')"
        " AND (has_table_privilege($1, c.oid, p.privilege)"
        " OR (p.privilege IN ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES')"
        " AND has_any_column_privilege($1, c.oid, p.privilege)))",
        {gateway});
    REQUIRE(tables.ok());
    CHECK(tables.text(0, 0) ==
          QLatin1String("aml_messages:INSERT devices:SELECT handset_locations:INSERT "
                        "map_features:SELECT map_layers:SELECT schema_migrations:SELECT "
                        "settings:SELECT unit_positions:INSERT "
                        "units:SELECT units:UPDATE"));
    // Of the units, it changes only where they are; of the devices, it reads only the mapping.
    auto columns = [&](const char *table, const char *privilege) {
        return fixture.owner
            .exec("SELECT string_agg(attname, ' ' ORDER BY attname) FROM pg_attribute"
                  " WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped"
                  " AND has_column_privilege($2, attrelid, attnum, $3)",
                  {QLatin1String(table), gateway, QLatin1String(privilege)})
            .text(0, 0);
    };
    CHECK(columns("units", "UPDATE") == QLatin1String("heading lat lon position_at speed_kmh"));
    CHECK(columns("devices", "SELECT") == QLatin1String("device_id token_hash unit_id"));
    CHECK(columns("handset_locations", "SELECT").isEmpty());
    // The sequences of its own rows, and functions that act for it beyond its rights: pruning
    // history by the retention an admin set (the other two answer "none" for it).
    CHECK(
        fixture.owner
            .exec("SELECT string_agg(relname, ' ' ORDER BY relname) FROM pg_class"
                  " WHERE relnamespace = 'public'::regnamespace"
                  " AND CASE WHEN relkind = 'S' THEN has_sequence_privilege($1, oid, 'USAGE') END",
                  {gateway})
            .text(0, 0) == QLatin1String("aml_messages_id_seq handset_locations_id_seq "
                                         "unit_positions_id_seq"));
    CHECK(fixture.owner
              .exec("SELECT string_agg(proname, ' ' ORDER BY proname) FROM pg_proc"
                    " WHERE pronamespace = 'public'::regnamespace AND prosecdef"
                    " AND prorettype <> 'trigger'::regtype"
                    " AND has_function_privilege($1, oid, 'EXECUTE')",
                    {gateway})
              .text(0, 0) ==
          QLatin1String("pela_my_hospital pela_prune_history pela_unit_is_mine"));
}
