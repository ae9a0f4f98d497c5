// The board's commands on a real database, as real logins: notes on the timeline, acknowledged
// alerts, undoing an assignment within the server-timed window (never a dispatch in the
// intervals), what a login may do (LoginProfile) and the thresholds read from the settings.
#include "commands/incidentcommands.h"
#include "db/pgconnection.h"
#include "live/boardsettings.h"
#include "live/casedetail.h"
#include "live/loginprofile.h"
#include "testcluster.h"
#include "testlogins.h"

#include <catch2/catch.hpp>

using namespace pela::core;
using pela::test::TestCluster;
using pela::test::TestLogins;
using Status = CommandResult::Status;

namespace {

struct Fixture
{
    QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(conninfo);
    IncidentCommands commands{owner};
    TestLogins logins{conninfo};

    QString open(int priority = 1)
    {
        OpenCaseRequest request;
        request.category = QStringLiteral("medical");
        request.priority = priority;
        request.call.callerPhone = QStringLiteral("081247001122");
        request.locationText = QStringLiteral("Jl. Pattimura");
        const CommandResult result = commands.openCase(request);
        REQUIRE(result.ok());
        return result.caseNumber;
    }

    QString text(const char *sql, const SqlParams &params = {})
    {
        const PgResult result = owner.exec(sql, params);
        INFO(result.error().fullText().toStdString());
        REQUIRE(result.ok());
        REQUIRE(result.rowCount() > 0);
        return result.text(0, 0);
    }
};

} // namespace

TEST_CASE("a note goes on the case's timeline with who wrote it, on a closed case too")
{
    Fixture f;
    const QString number = f.open();
    PgConnection callTaker =
        TestLogins::connect(f.logins.create(QStringLiteral("pela_call_taker")));
    IncidentCommands asCallTaker(callTaker);
    const CommandResult noted = asCallTaker.addNote(
        number, QStringLiteral("Caller rang back: patient breathing.\nGate is blue."));
    INFO(noted.message.toStdString());
    REQUIRE(noted.ok());
    CHECK(f.text("SELECT payload->>'note' FROM case_events WHERE kind = 'note_added'") ==
          QStringLiteral("Caller rang back: patient breathing.\nGate is blue."));
    CHECK(f.text("SELECT actor FROM case_events WHERE kind = 'note_added'") ==
          TestLogins::loginName(callTaker.conninfo()));
    // A note changes no case: its version stays.
    CHECK(f.text("SELECT version FROM cases WHERE number = $1", {number}) == QLatin1String("1"));

    REQUIRE(f.commands.closeCase(number, Disposition::CancelledByCaller).ok());
    CHECK(f.commands.addNote(number, QStringLiteral("Family thanked the team.")).ok());
    CHECK(f.text("SELECT count(*) FROM case_events WHERE kind = 'note_added'") ==
          QLatin1String("2"));
}

TEST_CASE("an empty note, an oversized one or one for no case is refused and nothing is written")
{
    Fixture f;
    const QString number = f.open();
    CHECK(f.commands.addNote(number, QStringLiteral("   ")).message ==
          QStringLiteral("Write the note first."));
    const CommandResult tooLong = f.commands.addNote(number, QString(5000, QLatin1Char('x')));
    CHECK(tooLong.status == Status::Invalid);
    CHECK(tooLong.message.contains(QStringLiteral("4000")));
    CHECK(f.commands.addNote(QStringLiteral("2026-999999"), QStringLiteral("x")).message ==
          QStringLiteral("There is no case 2026-999999."));
    CHECK(f.text("SELECT count(*) FROM case_events WHERE kind = 'note_added'") ==
          QLatin1String("0"));
}

TEST_CASE("a dispatcher acknowledges an alert as an event; a call-taker is told who may")
{
    Fixture f;
    const QString number = f.open();
    PgConnection dispatcher =
        TestLogins::connect(f.logins.create(QStringLiteral("pela_dispatcher")));
    PgConnection callTaker =
        TestLogins::connect(f.logins.create(QStringLiteral("pela_call_taker")));

    const CommandResult refused = IncidentCommands(callTaker).acknowledgeAlert(number);
    CHECK(refused.status == Status::Invalid);
    CHECK(refused.message == QStringLiteral("Your role may not acknowledge an alert; that is for "
                                            "a dispatcher or shift lead."));
    // Not by hand either: the database checks the kind of event.
    CHECK(callTaker
              .exec("INSERT INTO case_events (case_id, kind) SELECT id, 'alert_acknowledged'"
                    " FROM cases WHERE number = $1",
                    {number})
              .sqlState() == QLatin1String("42501"));

    const CommandResult acknowledged = IncidentCommands(dispatcher).acknowledgeAlert(number);
    INFO(acknowledged.message.toStdString());
    REQUIRE(acknowledged.ok());
    const PgResult event =
        f.owner.exec("SELECT actor, payload FROM case_events WHERE kind = 'alert_acknowledged'");
    REQUIRE(event.rowCount() == 1);
    CHECK(event.text(0, "actor") == TestLogins::loginName(dispatcher.conninfo()));
    CHECK(event.toJson(0, "payload").object().value(QLatin1String("priority")).toInt() == 1);
    CHECK(event.toJson(0, "payload").object().contains(QLatin1String("waited_seconds")));
}

TEST_CASE("undo within the window frees the unit, logs it, and no interval counts it")
{
    Fixture f;
    const QString number = f.open();
    PgConnection dispatcher =
        TestLogins::connect(f.logins.create(QStringLiteral("pela_dispatcher")));
    IncidentCommands asDispatcher(dispatcher);
    const CommandResult assigned = asDispatcher.assignUnit(number, QStringLiteral("AMB-KOTA-1"));
    REQUIRE(assigned.ok());
    REQUIRE(f.text("SELECT first_dispatched_at IS NOT NULL FROM case_intervals WHERE number = $1",
                   {number}) == QLatin1String("t"));

    const CommandResult undone = asDispatcher.undoAssignment(assigned.assignmentId);
    INFO(undone.message.toStdString());
    REQUIRE(undone.ok());
    CHECK(undone.message ==
          QStringLiteral("AMB-KOTA-1 taken back from %1; it is free again.").arg(number));
    CHECK(f.text("SELECT status FROM units WHERE call_sign = 'AMB-KOTA-1'") ==
          QLatin1String("available"));
    CHECK(f.text("SELECT state FROM cases WHERE number = $1", {number}) ==
          QLatin1String("waiting"));
    // Waiting again, with no reason to show: the mistake is taken back.
    CHECK(f.text("SELECT waiting_reason FROM cases WHERE number = $1", {number}).isEmpty());
    CHECK(f.text("SELECT state || ' ' || (undone_at IS NOT NULL) || ' ' || undone_by"
                 " FROM assignments WHERE id = $1",
                 {assigned.assignmentId}) ==
          QStringLiteral("cancelled true %1").arg(TestLogins::loginName(dispatcher.conninfo())));
    CHECK(f.text("SELECT kind FROM case_events ORDER BY id DESC LIMIT 1") ==
          QLatin1String("assignment_undone"));
    CHECK(f.text("SELECT first_dispatched_at IS NULL FROM case_intervals WHERE number = $1",
                 {number}) == QLatin1String("t"));

    // The next real dispatch is the first.
    REQUIRE(asDispatcher.assignUnit(number, QStringLiteral("AMB-KOTA-2")).ok());
    CHECK(f.text("SELECT i.first_dispatched_at = a.dispatched_at FROM case_intervals i"
                 " JOIN cases c ON c.id = i.case_id JOIN assignments a ON a.case_id = c.id"
                 " AND a.undone_at IS NULL WHERE c.number = $1",
                 {number}) == QLatin1String("t"));
    // Once is enough.
    const CommandResult again = asDispatcher.undoAssignment(assigned.assignmentId);
    CHECK(again.status == Status::Conflict);
    CHECK(again.message.contains(QStringLiteral("already undone")));
}

TEST_CASE("undo after the window, of a unit that moved on, or of a reassignment is refused")
{
    Fixture f;
    const QString first = f.open();
    const QString second = f.open();

    SECTION("the window is the server's: past it, cancel instead")
    {
        REQUIRE(
            f.owner.exec("UPDATE settings SET value = '0' WHERE key = 'undo_window_seconds'").ok());
        const CommandResult assigned = f.commands.assignUnit(first, QStringLiteral("AMB-KOTA-1"));
        REQUIRE(assigned.ok());
        const CommandResult late = f.commands.undoAssignment(assigned.assignmentId);
        CHECK(late.status == Status::Conflict);
        CHECK(late.message == QStringLiteral("AMB-KOTA-1 was assigned to %1 more than 0 s ago; it "
                                             "can no longer be undone. Cancel the assignment "
                                             "instead, with a reason.")
                                  .arg(first));
        CHECK(f.text("SELECT status FROM units WHERE call_sign = 'AMB-KOTA-1'") ==
              QLatin1String("dispatched"));
    }
    SECTION("a unit already en route")
    {
        const CommandResult assigned = f.commands.assignUnit(first, QStringLiteral("AMB-KOTA-1"));
        REQUIRE(assigned.ok());
        REQUIRE(f.commands.advanceAssignment(QStringLiteral("AMB-KOTA-1"), AssignmentState::EnRoute)
                    .ok());
        const CommandResult moved = f.commands.undoAssignment(assigned.assignmentId);
        CHECK(moved.status == Status::Conflict);
        CHECK(moved.message.startsWith(QStringLiteral("AMB-KOTA-1 has already moved on")));
    }
    SECTION("a reassignment cannot give the unit back to its first case")
    {
        REQUIRE(f.commands.assignUnit(first, QStringLiteral("AMB-KOTA-1")).ok());
        const CommandResult moved =
            f.commands.assignUnit(second, QStringLiteral("AMB-KOTA-1"), AssignMode::Reassign);
        REQUIRE(moved.ok());
        const CommandResult refused = f.commands.undoAssignment(moved.assignmentId);
        CHECK(refused.status == Status::Conflict);
        CHECK(refused.message.contains(QStringLiteral("taken from another case")));
        CHECK(f.text("SELECT state FROM assignments WHERE id = $1", {moved.assignmentId}) ==
              QLatin1String("dispatched"));
    }
}

TEST_CASE("only the one who assigned, or a shift lead, may undo; others are told who")
{
    Fixture f;
    const QString number = f.open();
    PgConnection siti = TestLogins::connect(f.logins.create(QStringLiteral("pela_dispatcher")));
    PgConnection budi = TestLogins::connect(f.logins.create(QStringLiteral("pela_dispatcher")));
    PgConnection lead = TestLogins::connect(f.logins.create(QStringLiteral("pela_shift_lead")));
    PgConnection callTaker =
        TestLogins::connect(f.logins.create(QStringLiteral("pela_call_taker")));
    const QString sitiName = TestLogins::loginName(siti.conninfo());

    const CommandResult assigned =
        IncidentCommands(siti).assignUnit(number, QStringLiteral("AMB-KOTA-1"));
    REQUIRE(assigned.ok());
    const CommandResult notYours = IncidentCommands(budi).undoAssignment(assigned.assignmentId);
    CHECK(notYours.status == Status::Invalid);
    CHECK(notYours.message == QStringLiteral("AMB-KOTA-1 was assigned to %1 by %2; only %2 or a "
                                             "shift lead may undo it.")
                                  .arg(number, sitiName));
    const CommandResult noRole = IncidentCommands(callTaker).undoAssignment(assigned.assignmentId);
    CHECK(noRole.message == QStringLiteral("Your role may not undo an assignment; that is for the "
                                           "one who made the assignment, or a shift lead."));
    const CommandResult byLead = IncidentCommands(lead).undoAssignment(assigned.assignmentId);
    INFO(byLead.message.toStdString());
    CHECK(byLead.ok());
}

TEST_CASE("undone by hand is never possible: the marks are the function's alone")
{
    Fixture f;
    const QString number = f.open();
    const CommandResult assigned = f.commands.assignUnit(number, QStringLiteral("AMB-KOTA-1"));
    REQUIRE(assigned.ok());
    PgConnection admin = TestLogins::connect(f.logins.create(QStringLiteral("pela_admin")));
    // With its history row, so that nothing but the marks' own rule can refuse it.
    const PgResult written = admin.execScript(
        QStringLiteral("UPDATE assignments SET undone_at = now(), undone_by = 'x' WHERE id = %1;"
                       " INSERT INTO case_events (case_id, kind) SELECT case_id, 'x'"
                       " FROM assignments WHERE id = %1")
            .arg(assigned.assignmentId));
    INFO(written.error().fullText().toStdString());
    REQUIRE(written.ok());
    CHECK(f.text("SELECT undone_at IS NULL AND undone_by IS NULL FROM assignments WHERE id = $1",
                 {assigned.assignmentId}) == QLatin1String("t"));
}

TEST_CASE("the login profile says each login's groups and a liaison's hospital")
{
    Fixture f;
    struct Expected
    {
        const char *group;
        const char *hospital;
        bool callTaker, dispatcher, shiftLead, admin, liaison;
        const char *primary;
    };
    const Expected expectations[] = {
        {"pela_call_taker", "", true, false, false, false, false, "call_taker"},
        {"pela_dispatcher", "", true, true, false, false, false, "dispatcher"},
        {"pela_shift_lead", "", true, true, true, false, false, "shift_lead"},
        {"pela_admin", "", false, false, false, true, false, "admin"},
        {"pela_hospital", "HLS", false, false, false, false, true, "hospital"},
    };
    for (const Expected &expected : expectations) {
        INFO(expected.group);
        PgConnection login = TestLogins::connect(
            f.logins.create(QLatin1String(expected.group), QLatin1String(expected.hospital)));
        const ReadResult<LoginProfile> read = LoginProfile::read(login);
        INFO(read.error.fullText().toStdString());
        REQUIRE(read.ok());
        const LoginProfile &profile = *read.value;
        CHECK(profile.login == TestLogins::loginName(login.conninfo()));
        CHECK(profile.callTaker == expected.callTaker);
        CHECK(profile.dispatcher == expected.dispatcher);
        CHECK(profile.shiftLead == expected.shiftLead);
        CHECK(profile.admin == expected.admin);
        CHECK(profile.hospital == expected.liaison);
        CHECK(profile.primaryRole() == QLatin1String(expected.primary));
        CHECK(profile.hospitalCode == QLatin1String(expected.hospital));
        CHECK(profile.may(CommandAction::CloseCase) == (expected.shiftLead || expected.admin));
        CHECK(profile.may(CommandAction::AssignUnit) == (expected.dispatcher || expected.admin));
        CHECK(profile.may(CommandAction::AddNote) == (expected.callTaker || expected.admin));
    }
    PgConnection liaison = TestLogins::connect(
        f.logins.create(QStringLiteral("pela_hospital"), QStringLiteral("HLS")));
    const LoginProfile profile = *LoginProfile::read(liaison).value;
    const qint64 hls = f.text("SELECT id FROM hospitals WHERE code = 'HLS'").toLongLong();
    const qint64 lmn = f.text("SELECT id FROM hospitals WHERE code = 'LMN'").toLongLong();
    CHECK(profile.mayChangeHospital(hls));
    CHECK_FALSE(profile.mayChangeHospital(lmn));
}

TEST_CASE("the board's thresholds come from the settings table, defaults where a key is bad")
{
    Fixture f;
    ReadResult<BoardSettings> read = BoardSettings::read(f.owner);
    REQUIRE(read.ok());
    CHECK(*read.value == BoardSettings{});
    CHECK(read.value->p1Waiting == std::chrono::seconds(60));
    CHECK(read.value->notEnRoute == std::chrono::seconds(120));
    CHECK(read.value->referralUnacknowledged == std::chrono::seconds(300));
    REQUIRE(f.owner
                .exec("UPDATE settings SET value = CASE key"
                      " WHEN 'timer_p1_waiting_seconds' THEN '90'::jsonb"
                      " WHEN 'timer_on_scene_seconds' THEN '\"soon\"'::jsonb"
                      " WHEN 'timer_at_hospital_seconds' THEN '-5'::jsonb"
                      " WHEN 'hospital_status_stale_minutes' THEN '30'::jsonb END"
                      " WHERE key IN ('timer_p1_waiting_seconds', 'timer_on_scene_seconds',"
                      " 'timer_at_hospital_seconds', 'hospital_status_stale_minutes')")
                .ok());
    read = BoardSettings::read(f.owner);
    REQUIRE(read.ok());
    CHECK(read.value->p1Waiting == std::chrono::seconds(90));
    CHECK(read.value->onScene == std::chrono::seconds(1800));
    CHECK(read.value->atHospital == std::chrono::seconds(1800));
    CHECK(read.value->hospitalStale == std::chrono::minutes(30));
}

TEST_CASE("a case's detail holds its history, calls, assignments with the undone one, and links")
{
    Fixture f;
    const QString original = f.open();
    const QString duplicate = f.open(2);
    CallInfo second;
    second.callerPhone = QStringLiteral("0911 312 000");
    REQUIRE(f.commands.addCall(original, second).ok());
    const CommandResult mistaken = f.commands.assignUnit(original, QStringLiteral("AMB-KOTA-2"));
    REQUIRE(f.commands.undoAssignment(mistaken.assignmentId).ok());
    REQUIRE(f.commands.assignUnit(original, QStringLiteral("AMB-KOTA-1")).ok());
    REQUIRE(f.commands.addNote(original, QStringLiteral("Second caller is the neighbour.")).ok());
    REQUIRE(f.commands.markDuplicate(duplicate, original).ok());

    const qint64 id = f.text("SELECT id FROM cases WHERE number = $1", {original}).toLongLong();
    const ReadResult<CaseDetail> read = CaseDetail::read(f.owner, id);
    INFO(read.error.fullText().toStdString());
    REQUIRE(read.ok());
    const CaseDetail &detail = *read.value;
    CHECK(detail.record.number == original);
    QStringList kinds;
    for (const CaseEventRecord &event : detail.events)
        kinds << event.kind;
    CHECK(kinds == QStringList{QStringLiteral("case_opened"), QStringLiteral("call_added"),
                               QStringLiteral("unit_assigned"), QStringLiteral("assignment_undone"),
                               QStringLiteral("unit_assigned"), QStringLiteral("note_added"),
                               QStringLiteral("duplicate_merged")});
    // Its own two calls and the duplicate's, which moved here.
    REQUIRE(detail.calls.size() == 3);
    QStringList movedFrom;
    for (const CallFact &call : detail.calls)
        movedFrom << call.movedFromCase;
    CHECK(movedFrom == QStringList{QString(), duplicate, QString()});
    REQUIRE(detail.assignments.size() == 2);
    CHECK(detail.assignments[0].callSign == QLatin1String("AMB-KOTA-2"));
    CHECK(detail.assignments[0].undoneAt.isValid());
    CHECK(detail.assignments[1].isLive());
    REQUIRE(detail.links.size() == 1);
    CHECK(detail.links[0].otherNumber == duplicate);
    CHECK_FALSE(detail.links[0].outgoing);
    CHECK(detail.intervals.firstDispatched == detail.assignments[1].dispatchedAt);
    CHECK(detail.stateChangedAt.isValid());
}
