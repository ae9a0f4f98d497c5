// The incident lifecycle commands on a real database: legal paths, refusals, conflicts, races.
#include "commands/incidentcommands.h"
#include "db/pgconnection.h"
#include "live/labels.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <thread>

using namespace pela::core;
using pela::test::TestCluster;
using Status = CommandResult::Status;

namespace {

OpenCaseRequest medicalCase(const QString &address = QStringLiteral("Jl. Sultan Hairun, Honipopu"))
{
    OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 1;
    request.call.callerPhone = QStringLiteral("+62 812 4700 1122");
    request.call.callerName = QStringLiteral("Ibu Maria");
    request.locationText = address;
    request.lat = -3.6954;
    request.lon = 128.1814;
    return request;
}

QString field(PgConnection &db, const char *sql, const QString &parameter)
{
    const PgResult result = db.exec(sql, {parameter});
    REQUIRE(result.ok());
    REQUIRE(result.rowCount() > 0);
    return result.text(0, 0);
}

QString caseState(PgConnection &db, const QString &number)
{
    return field(db, "SELECT state FROM cases WHERE number = $1", number);
}

QString unitStatus(PgConnection &db, const QString &callSign)
{
    return field(db, "SELECT status FROM units WHERE call_sign = $1", callSign);
}

QStringList eventKinds(PgConnection &db, const QString &number)
{
    const PgResult result =
        db.exec("SELECT kind FROM case_events e JOIN cases c ON c.id = e.case_id"
                " WHERE c.number = $1 ORDER BY e.id",
                {number});
    QStringList kinds;
    for (int row = 0; row < result.rowCount(); ++row)
        kinds << result.text(row, 0);
    return kinds;
}

struct Fixture
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    IncidentCommands commands{db};

    QString open(const QString &address = QStringLiteral("Jl. Sultan Hairun, Honipopu"))
    {
        const CommandResult result = commands.openCase(medicalCase(address));
        REQUIRE(result.ok());
        return result.caseNumber;
    }
};

} // namespace

TEST_CASE("opening a case numbers it per year and records its call and event")
{
    Fixture f;
    const CommandResult first = f.commands.openCase(medicalCase());
    REQUIRE(first.ok());
    const CommandResult second = f.commands.openCase(medicalCase());
    REQUIRE(second.ok());
    const QString year = field(f.db, "SELECT extract(year FROM now() AT TIME ZONE $1)::text",
                               QStringLiteral("Asia/Jayapura"));
    CHECK(first.caseNumber == year + QStringLiteral("-000001"));
    CHECK(second.caseNumber == year + QStringLiteral("-000002"));
    CHECK(caseState(f.db, first.caseNumber) == QLatin1String("waiting"));
    CHECK(field(f.db,
                "SELECT count(*) FROM calls k JOIN cases c ON c.id = k.case_id WHERE c.number = $1",
                first.caseNumber) == QLatin1String("1"));
    CHECK(field(f.db,
                "SELECT k.caller_phone FROM calls k JOIN cases c ON c.id = k.case_id WHERE "
                "c.number = $1",
                first.caseNumber) == QLatin1String("+62 812 4700 1122"));
    CHECK(eventKinds(f.db, first.caseNumber) == QStringList{QStringLiteral("case_opened")});
}

TEST_CASE("bad intake input is refused with the rule in words and nothing is written")
{
    Fixture f;
    OpenCaseRequest request = medicalCase();
    SECTION("unknown category")
    {
        request.category = QStringLiteral("alien_landing");
        const CommandResult result = f.commands.openCase(request);
        CHECK(result.status == Status::Invalid);
        CHECK(result.message.contains(QStringLiteral("alien_landing")));
    }
    SECTION("priority out of range")
    {
        request.priority = 7;
        CHECK(f.commands.openCase(request).message.contains(QStringLiteral("Priority")));
    }
    SECTION("letters in the phone number")
    {
        request.call.callerPhone = QStringLiteral("0812-abc");
        CHECK(f.commands.openCase(request).message.contains(QStringLiteral("0812-abc")));
    }
    SECTION("coordinates off the Earth")
    {
        request.lat = -93.0;
        CHECK(f.commands.openCase(request).message.contains(QStringLiteral("not on Earth")));
    }
    SECTION("no location at all")
    {
        request.lat.reset();
        request.lon.reset();
        request.locationText.clear();
        CHECK(f.commands.openCase(request).message.contains(
            QStringLiteral("Where is the emergency")));
    }
    SECTION("a kelurahan code that does not exist")
    {
        request.kelurahanCode = QStringLiteral("81.71.09.9999");
        CHECK(f.commands.openCase(request).message.contains(QStringLiteral("81.71.09.9999")));
    }
    CHECK(field(f.db, "SELECT count(*) FROM cases WHERE $1 <> ''", QStringLiteral("x")) ==
          QLatin1String("0"));
    CHECK(field(f.db, "SELECT count(*) FROM case_events WHERE $1 <> ''", QStringLiteral("x")) ==
          QLatin1String("0"));
}

TEST_CASE("a unit goes dispatched to cleared and the case follows every step")
{
    Fixture f;
    const QString number = f.open();
    const QString unit = QStringLiteral("AMB-KOTA-1");
    REQUIRE(f.commands.assignUnit(number, unit).ok());
    CHECK(caseState(f.db, number) == QLatin1String("dispatched"));
    CHECK(unitStatus(f.db, unit) == QLatin1String("dispatched"));

    REQUIRE(f.commands.advanceAssignment(unit, AssignmentState::EnRoute).ok());
    CHECK(caseState(f.db, number) == QLatin1String("en_route"));
    REQUIRE(f.commands.advanceAssignment(unit, AssignmentState::OnScene).ok());
    CHECK(unitStatus(f.db, unit) == QLatin1String("on_scene"));
    const CommandResult noHospital =
        f.commands.advanceAssignment(unit, AssignmentState::Transporting);
    CHECK(noHospital.status == Status::Invalid);
    CHECK(noHospital.message.contains(QStringLiteral("Which hospital")));
    REQUIRE(f.commands.advanceAssignment(unit, AssignmentState::Transporting, QStringLiteral("hls"))
                .ok());
    CHECK(caseState(f.db, number) == QLatin1String("transporting"));
    CHECK(field(f.db,
                "SELECT h.code FROM cases c JOIN hospitals h ON h.id = c.destination_hospital_id"
                " WHERE c.number = $1",
                number) == QLatin1String("HLS"));
    REQUIRE(f.commands.advanceAssignment(unit, AssignmentState::AtHospital).ok());
    REQUIRE(f.commands.advanceAssignment(unit, AssignmentState::Cleared).ok());
    CHECK(caseState(f.db, number) == QLatin1String("cleared"));
    CHECK(unitStatus(f.db, unit) == QLatin1String("available"));
    REQUIRE(f.commands.closeCase(number, Disposition::Transported).ok());
    CHECK(caseState(f.db, number) == QLatin1String("closed"));

    CHECK(eventKinds(f.db, number) ==
          QStringList{QStringLiteral("case_opened"), QStringLiteral("unit_assigned"),
                      QStringLiteral("assignment_advanced"), QStringLiteral("assignment_advanced"),
                      QStringLiteral("assignment_advanced"), QStringLiteral("assignment_advanced"),
                      QStringLiteral("assignment_advanced"), QStringLiteral("case_closed")});

    // Intervals from the server's timestamps, in order.
    const auto intervals = f.commands.caseIntervals(number);
    REQUIRE(intervals.has_value());
    const QList<QDateTime> steps{intervals->callReceived,    intervals->opened,
                                 intervals->firstDispatched, intervals->firstEnRoute,
                                 intervals->firstOnScene,    intervals->firstTransporting,
                                 intervals->firstAtHospital, intervals->closed};
    for (int i = 0; i < steps.size(); ++i) {
        INFO("step " << i);
        REQUIRE(steps[i].isValid());
        if (i > 0)
            CHECK(steps[i - 1] <= steps[i]);
    }
}

TEST_CASE("illegal unit steps are refused and change nothing")
{
    Fixture f;
    const QString number = f.open();
    const QString unit = QStringLiteral("AMB-HLS-1");
    const CommandResult idle = f.commands.advanceAssignment(unit, AssignmentState::OnScene);
    CHECK(idle.status == Status::Invalid);
    CHECK(idle.message.contains(QStringLiteral("has no assignment")));
    REQUIRE(f.commands.assignUnit(number, unit).ok());
    const CommandResult skip = f.commands.advanceAssignment(unit, AssignmentState::AtHospital);
    CHECK(skip.status == Status::Invalid);
    CHECK(skip.message.contains(QStringLiteral("cannot go from dispatched to at hospital")));
    REQUIRE(f.commands.advanceAssignment(unit, AssignmentState::OnScene).ok());
    const CommandResult cancel = f.commands.cancelAssignment(unit, QStringLiteral("test"));
    CHECK(cancel.status == Status::Invalid);
    CHECK(cancel.message.contains(QStringLiteral("clear it instead")));
    CHECK(unitStatus(f.db, unit) == QLatin1String("on_scene"));
}

TEST_CASE("assigning a unit already on this case changes nothing")
{
    Fixture f;
    const QString number = f.open();
    REQUIRE(f.commands.assignUnit(number, QStringLiteral("AMB-SLM-1")).ok());
    REQUIRE(
        f.commands.advanceAssignment(QStringLiteral("AMB-SLM-1"), AssignmentState::EnRoute).ok());
    const int events = eventKinds(f.db, number).size();
    const CommandResult again = f.commands.assignUnit(number, QStringLiteral("amb-slm-1"));
    CHECK(again.ok());
    CHECK_FALSE(again.changed);
    CHECK(unitStatus(f.db, QStringLiteral("AMB-SLM-1")) == QLatin1String("en_route"));
    CHECK(eventKinds(f.db, number).size() == events);
}

TEST_CASE("assigning a unit busy elsewhere reports who took it, unless it is a reassignment")
{
    Fixture f;
    const QString first = f.open();
    const QString second = f.open(QStringLiteral("Pasar Mardika"));
    REQUIRE(f.commands.assignUnit(first, QStringLiteral("AMB-LMN-1")).ok());
    const CommandResult taken = f.commands.assignUnit(second, QStringLiteral("AMB-LMN-1"));
    CHECK(taken.status == Status::Conflict);
    CHECK(taken.message.contains(QStringLiteral("AMB-LMN-1 is already on ") + first));
    CHECK(taken.message.contains(QStringLiteral("since ")));
    CHECK(taken.message.contains(QStringLiteral("assigned by pela")));
    CHECK(caseState(f.db, second) == QLatin1String("waiting"));

    const CommandResult moved =
        f.commands.assignUnit(second, QStringLiteral("AMB-LMN-1"), AssignMode::Reassign);
    REQUIRE(moved.ok());
    CHECK(caseState(f.db, second) == QLatin1String("dispatched"));
    CHECK(caseState(f.db, first) == QLatin1String("waiting"));
    CHECK(labels::waitingReason(
              field(f.db, "SELECT waiting_reason FROM cases WHERE number = $1", first)) ==
          QStringLiteral("AMB-LMN-1 was reassigned to ") + second);
    CHECK(eventKinds(f.db, first).contains(QStringLiteral("unit_reassigned_away")));
}

TEST_CASE("a closed case takes no new assignment until reopened")
{
    Fixture f;
    const QString number = f.open();
    REQUIRE(f.commands.closeCase(number, Disposition::CancelledByCaller).ok());
    const CommandResult refused = f.commands.assignUnit(number, QStringLiteral("AMB-KOTA-2"));
    CHECK(refused.status == Status::Invalid);
    CHECK(refused.message.contains(QStringLiteral("closed")));
    const CommandResult again = f.commands.closeCase(number, Disposition::Prank);
    CHECK(again.status == Status::Conflict);
    CHECK(again.message.contains(QStringLiteral("already closed by")));
    CHECK(f.commands.reopenCase(number, QString()).status == Status::Invalid);
    REQUIRE(f.commands.reopenCase(number, QStringLiteral("caller rang back")).ok());
    CHECK(caseState(f.db, number) == QLatin1String("waiting"));
    CHECK(field(f.db, "SELECT coalesce(disposition, '-') FROM cases WHERE number = $1", number) ==
          QLatin1String("-"));
    CHECK(f.commands.assignUnit(number, QStringLiteral("AMB-KOTA-2")).ok());
}

TEST_CASE("a case with units on it cannot be closed")
{
    Fixture f;
    const QString number = f.open();
    REQUIRE(f.commands.assignUnit(number, QStringLiteral("AMB-GPM-1")).ok());
    const CommandResult refused = f.commands.closeCase(number, Disposition::TreatedOnScene);
    CHECK(refused.status == Status::Invalid);
    CHECK(refused.message.contains(QStringLiteral("AMB-GPM-1")));
    REQUIRE(
        f.commands.cancelAssignment(QStringLiteral("AMB-GPM-1"), QStringLiteral("caller cancelled"))
            .ok());
    CHECK(f.commands.closeCase(number, Disposition::CancelledByCaller).ok());
}

TEST_CASE(
    "a partner that requires acceptance is asked first; decline and expiry send the case back")
{
    Fixture f;
    REQUIRE(f.db.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'LMN'").ok());
    const QString number = f.open();

    SECTION("accepted: the unit is dispatched")
    {
        const CommandResult requested = f.commands.assignUnit(number, QStringLiteral("AMB-LMN-1"));
        REQUIRE(requested.ok());
        CHECK(requested.message.contains(QStringLiteral("waiting for acceptance")));
        CHECK(caseState(f.db, number) == QLatin1String("requested"));
        CHECK(unitStatus(f.db, QStringLiteral("AMB-LMN-1")) == QLatin1String("requested"));
        CHECK(f.commands.advanceAssignment(QStringLiteral("AMB-LMN-1"), AssignmentState::EnRoute)
                  .status == Status::Invalid);
        REQUIRE(f.commands.acceptRequest(QStringLiteral("AMB-LMN-1")).ok());
        CHECK(caseState(f.db, number) == QLatin1String("dispatched"));
        CHECK(eventKinds(f.db, number).mid(1) ==
              QStringList{QStringLiteral("unit_requested"), QStringLiteral("request_accepted")});
    }
    SECTION("declined: the case waits again and says why")
    {
        REQUIRE(f.commands.assignUnit(number, QStringLiteral("AMB-LMN-2")).ok());
        CHECK(f.commands.declineRequest(QStringLiteral("AMB-LMN-2"), QString()).status ==
              Status::Invalid);
        REQUIRE(
            f.commands.declineRequest(QStringLiteral("AMB-LMN-2"), QStringLiteral("crew at lunch"))
                .ok());
        CHECK(caseState(f.db, number) == QLatin1String("waiting"));
        CHECK(labels::waitingReason(
                  field(f.db, "SELECT waiting_reason FROM cases WHERE number = $1", number)) ==
              QStringLiteral("RSUP Dr. J. Leimena declined AMB-LMN-2: crew at lunch"));
        CHECK(unitStatus(f.db, QStringLiteral("AMB-LMN-2")) == QLatin1String("available"));
    }
    SECTION("no answer in time: the request expires")
    {
        REQUIRE(f.db.exec("UPDATE settings SET value = '0' WHERE key = 'request_timeout_seconds'")
                    .ok());
        REQUIRE(f.commands.assignUnit(number, QStringLiteral("AMB-LMN-1")).ok());
        const CommandResult swept = f.commands.expireDueRequests();
        REQUIRE(swept.ok());
        CHECK(swept.message == QLatin1String("1"));
        CHECK(caseState(f.db, number) == QLatin1String("waiting"));
        CHECK(labels::waitingReason(
                  field(f.db, "SELECT waiting_reason FROM cases WHERE number = $1", number)) ==
              QStringLiteral("request for AMB-LMN-1 expired: no answer within 0 s"));
        CHECK(f.commands.acceptRequest(QStringLiteral("AMB-LMN-1")).status == Status::Conflict);
        CHECK(eventKinds(f.db, number).contains(QStringLiteral("request_expired")));
        CHECK(f.commands.expireDueRequests().message == QLatin1String("0"));
    }
}

TEST_CASE("racing dispatchers: exactly one gets the unit, the others hear who did")
{
    Fixture f;
    constexpr int Dispatchers = 12;
    QStringList cases;
    for (int i = 0; i < Dispatchers; ++i)
        cases << f.open(QStringLiteral("Rumah %1").arg(i));
    const QString conninfo = f.db.conninfo();
    std::vector<CommandResult> results(Dispatchers);
    std::vector<std::thread> threads;
    for (int i = 0; i < Dispatchers; ++i)
        threads.emplace_back([&, i] {
            PgConnection own = PgConnection::open(conninfo);
            IncidentCommands commands(own);
            results[i] = commands.assignUnit(cases[i], QStringLiteral("AMB-HTV-1"));
        });
    for (std::thread &thread : threads)
        thread.join();
    int winners = 0;
    QString winnerCase;
    for (int i = 0; i < Dispatchers; ++i)
        if (results[i].ok()) {
            ++winners;
            winnerCase = cases[i];
        }
    REQUIRE(winners == 1);
    for (const CommandResult &result : results)
        if (!result.ok()) {
            CHECK(result.status == Status::Conflict);
            CHECK(result.message.contains(winnerCase));
        }
    CHECK(field(f.db, "SELECT count(*) FROM assignments WHERE state = $1",
                QStringLiteral("dispatched")) == QLatin1String("1"));
}

TEST_CASE("marking a duplicate moves its calls and keeps both histories")
{
    Fixture f;
    const QString original = f.open();
    const QString duplicate = f.open(QStringLiteral("same crash, second caller"));
    CallInfo follow;
    follow.callerPhone = QStringLiteral("0911 000 111");
    REQUIRE(f.commands.addCall(duplicate, follow).ok());
    REQUIRE(f.commands.markDuplicate(duplicate, original).ok());
    CHECK(field(f.db,
                "SELECT count(*) FROM calls k JOIN cases c ON c.id = k.case_id WHERE c.number = $1",
                original) == QLatin1String("3"));
    CHECK(field(f.db,
                "SELECT count(*) FROM calls k JOIN cases c ON c.id = k.moved_from_case_id"
                " WHERE c.number = $1",
                duplicate) == QLatin1String("2"));
    CHECK(caseState(f.db, duplicate) == QLatin1String("closed"));
    CHECK(field(f.db, "SELECT disposition FROM cases WHERE number = $1", duplicate) ==
          QLatin1String("duplicate"));
    CHECK(eventKinds(f.db, duplicate).contains(QStringLiteral("call_added")));
    CHECK(eventKinds(f.db, duplicate).last() == QLatin1String("case_marked_duplicate"));
    CHECK(eventKinds(f.db, original).last() == QLatin1String("duplicate_merged"));
    CHECK(f.commands.markDuplicate(original, original).status == Status::Invalid);
    REQUIRE(f.commands.linkRelated(original, f.open(QStringLiteral("nearby"))).ok());
}

TEST_CASE("referring to an agency is tracked from forwarded to done")
{
    Fixture f;
    OpenCaseRequest fire = medicalCase();
    fire.category = QStringLiteral("fire");
    const QString number = f.commands.openCase(fire).caseNumber;
    CHECK(f.commands.referToAgency(number, QStringLiteral("Damkar"), ReferralState::Done).status ==
          Status::Invalid);
    REQUIRE(
        f.commands.referToAgency(number, QStringLiteral("Damkar"), ReferralState::Forwarded).ok());
    CHECK(caseState(f.db, number) == QLatin1String("referred"));
    REQUIRE(f.commands.referToAgency(number, QStringLiteral("damkar"), ReferralState::Acknowledged)
                .ok());
    CHECK(f.commands.referToAgency(number, QStringLiteral("Damkar"), ReferralState::Forwarded)
              .status == Status::Invalid);
    REQUIRE(f.commands.referToAgency(number, QStringLiteral("Damkar"), ReferralState::Done).ok());
    CHECK(caseState(f.db, number) == QLatin1String("waiting"));
    CHECK(f.commands.closeCase(number, Disposition::ReferredToAgency).ok());
}

TEST_CASE("hospital status and beds: diverting needs a reason and transport there warns")
{
    Fixture f;
    CHECK(f.commands.setHospitalStatus(QStringLiteral("HLS"), ErStatus::Diverting, QString())
              .status == Status::Invalid);
    REQUIRE(f.commands
                .setHospitalStatus(QStringLiteral("HLS"), ErStatus::Diverting,
                                   QStringLiteral("IGD full"))
                .ok());
    CHECK(field(f.db, "SELECT er_status FROM hospitals WHERE code = $1", QStringLiteral("HLS")) ==
          QLatin1String("diverting"));
    CHECK(f.commands.setHospitalBeds(QStringLiteral("HLS"), QStringLiteral("icu"), 7, 6).status ==
          Status::Invalid);
    REQUIRE(f.commands.setHospitalBeds(QStringLiteral("HLS"), QStringLiteral("icu"), 2, 6).ok());
    CHECK(field(f.db,
                "SELECT available FROM hospital_beds b JOIN hospitals h ON h.id = b.hospital_id"
                " WHERE h.code = $1 AND category = 'icu'",
                QStringLiteral("HLS")) == QLatin1String("2"));
    CHECK(f.commands.setHospitalStatus(QStringLiteral("XXX"), ErStatus::Open, QString())
              .message.contains(QStringLiteral("XXX")));

    const QString number = f.open();
    REQUIRE(f.commands.assignUnit(number, QStringLiteral("AMB-KOTA-1")).ok());
    REQUIRE(
        f.commands.advanceAssignment(QStringLiteral("AMB-KOTA-1"), AssignmentState::OnScene).ok());
    const CommandResult warned = f.commands.advanceAssignment(
        QStringLiteral("AMB-KOTA-1"), AssignmentState::Transporting, QStringLiteral("HLS"));
    CHECK(warned.ok());
    CHECK(warned.warning.contains(QStringLiteral("diverting (IGD full)")));
}

TEST_CASE("a unit out of service cannot be assigned and says since when and why")
{
    Fixture f;
    const QString number = f.open();
    CHECK(f.commands.setUnitOutOfService(QStringLiteral("AMB-SLM-1"), QString()).status ==
          Status::Invalid);
    REQUIRE(f.commands.setUnitOutOfService(QStringLiteral("AMB-SLM-1"), QStringLiteral("flat tyre"))
                .ok());
    const CommandResult refused = f.commands.assignUnit(number, QStringLiteral("AMB-SLM-1"));
    CHECK(refused.status == Status::Conflict);
    CHECK(refused.message.contains(QStringLiteral("out of service")));
    CHECK(refused.message.contains(QStringLiteral("flat tyre")));
    REQUIRE(f.commands.setUnitInService(QStringLiteral("AMB-SLM-1")).ok());
    CHECK(f.commands.assignUnit(number, QStringLiteral("AMB-SLM-1")).ok());
    CHECK(f.commands.setUnitOutOfService(QStringLiteral("AMB-SLM-1"), QStringLiteral("x")).status ==
          Status::Conflict);
}

TEST_CASE("an edit based on an old version is a conflict naming who changed it")
{
    Fixture f;
    const QString number = f.open();
    const int seen = field(f.db, "SELECT version FROM cases WHERE number = $1", number).toInt();
    REQUIRE(f.commands.setPriority(number, 2, QStringLiteral("re-triaged")).ok());
    CaseDetailsChange change;
    change.notes = QStringLiteral("patient conscious");
    change.expectedVersion = seen;
    const CommandResult stale = f.commands.updateCaseDetails(number, change);
    CHECK(stale.status == Status::Conflict);
    CHECK(stale.message.contains(QStringLiteral("changed by pela")));
    change.expectedVersion.reset();
    REQUIRE(f.commands.updateCaseDetails(number, change).ok());
    CHECK(field(f.db, "SELECT notes FROM cases WHERE number = $1", number) ==
          QLatin1String("patient conscious"));
}

TEST_CASE("without a database a command says nothing was saved")
{
    PgConnection nowhere =
        PgConnection::open(QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela"));
    IncidentCommands commands(nowhere);
    const CommandResult result = commands.openCase(medicalCase());
    CHECK(result.status == Status::Unavailable);
    CHECK(result.message.contains(QStringLiteral("nothing was saved")));
}

TEST_CASE("a call-taker's login cannot dispatch and is told who may")
{
    Fixture f;
    const QString number = f.open();
    pela::test::TestLogins logins(f.db.conninfo());
    PgConnection callTaker =
        pela::test::TestLogins::connect(logins.create(QStringLiteral("pela_call_taker")));
    IncidentCommands commands(callTaker);
    const CommandResult refused = commands.assignUnit(number, QStringLiteral("AMB-KOTA-1"));
    CHECK(refused.status == Status::Invalid);
    CHECK(
        refused.message ==
        QStringLiteral("Your role may not assign a unit; that is for a dispatcher or shift lead."));
    CHECK(commands.openCase(medicalCase()).ok());
    CHECK(unitStatus(f.db, QStringLiteral("AMB-KOTA-1")) == QLatin1String("available"));
}

#include "commands/commandrunner.h"
#include "commands/requestexpirysweeper.h"
#include <QSignalSpy>

TEST_CASE("the sweeper expires an unanswered request at its deadline without being asked")
{
    Fixture f;
    REQUIRE(f.db.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'SLM'").ok());
    REQUIRE(
        f.db.exec("UPDATE settings SET value = '1' WHERE key = 'request_timeout_seconds'").ok());
    const QString number = f.open();
    CommandRunner runner(f.db.conninfo());
    RequestExpirySweeper sweeper(&runner);
    QSignalSpy expired(&sweeper, &RequestExpirySweeper::expired);
    sweeper.start();
    REQUIRE(f.commands.assignUnit(number, QStringLiteral("AMB-SLM-2")).ok());
    CHECK(caseState(f.db, number) == QLatin1String("requested"));
    REQUIRE(expired.wait(5000));
    CHECK(expired.first().first().toInt() == 1);
    CHECK(caseState(f.db, number) == QLatin1String("waiting"));
    CHECK(unitStatus(f.db, QStringLiteral("AMB-SLM-2")) == QLatin1String("available"));
}

TEST_CASE("each operator's login can carry out its own commands end to end")
{
    Fixture f;
    REQUIRE(f.db.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'BHY'").ok());
    pela::test::TestLogins logins(f.db.conninfo());
    using pela::test::TestLogins;
    PgConnection callTakerDb =
        TestLogins::connect(logins.create(QStringLiteral("pela_call_taker")));
    PgConnection dispatcherDb =
        TestLogins::connect(logins.create(QStringLiteral("pela_dispatcher")));
    PgConnection shiftLeadDb =
        TestLogins::connect(logins.create(QStringLiteral("pela_shift_lead")));
    PgConnection liaisonDb =
        TestLogins::connect(logins.create(QStringLiteral("pela_hospital"), QStringLiteral("BHY")));
    IncidentCommands callTaker(callTakerDb), dispatcher(dispatcherDb), shiftLead(shiftLeadDb),
        liaison(liaisonDb);

    const CommandResult opened = callTaker.openCase(medicalCase());
    REQUIRE(opened.ok());
    const QString number = opened.caseNumber;
    CallInfo again;
    again.callerPhone = QStringLiteral("0812 555");
    CHECK(callTaker.addCall(number, again).ok());
    CHECK(callTaker.setPriority(number, 2).ok());

    // The liaison declines the first request: the case waits again at once.
    REQUIRE(dispatcher.assignUnit(number, QStringLiteral("AMB-BHY-2")).ok());
    REQUIRE(liaison.declineRequest(QStringLiteral("AMB-BHY-2"), QStringLiteral("no crew")).ok());
    CHECK(caseState(f.db, number) == QLatin1String("waiting"));
    CHECK(unitStatus(f.db, QStringLiteral("AMB-BHY-2")) == QLatin1String("available"));

    REQUIRE(dispatcher.assignUnit(number, QStringLiteral("AMB-BHY-1")).ok());
    CHECK(caseState(f.db, number) == QLatin1String("requested"));
    REQUIRE(liaison.acceptRequest(QStringLiteral("AMB-BHY-1")).ok());
    CHECK(liaison.assignUnit(number, QStringLiteral("AMB-KOTA-1")).status == Status::Invalid);

    REQUIRE(
        dispatcher.advanceAssignment(QStringLiteral("AMB-BHY-1"), AssignmentState::OnScene).ok());
    REQUIRE(dispatcher
                .advanceAssignment(QStringLiteral("AMB-BHY-1"), AssignmentState::Transporting,
                                   QStringLiteral("BHY"))
                .ok());
    REQUIRE(liaison.markPatientArrived(QStringLiteral("AMB-BHY-1")).ok());
    CHECK(caseState(f.db, number) == QLatin1String("at_hospital"));
    REQUIRE(
        dispatcher.advanceAssignment(QStringLiteral("AMB-BHY-1"), AssignmentState::Cleared).ok());
    CHECK(dispatcher.closeCase(number, Disposition::Transported).status == Status::Invalid);

    REQUIRE(shiftLead.closeCase(number, Disposition::Transported).ok());
    REQUIRE(
        shiftLead
            .setHospitalStatus(QStringLiteral("BHY"), ErStatus::Limited, QStringLiteral("CT down"))
            .ok());
    const CommandResult reopened =
        liaison.setHospitalStatus(QStringLiteral("BHY"), ErStatus::Open, {});
    INFO(reopened.message.toStdString() << " / " << reopened.error.fullText().toStdString());
    REQUIRE(reopened.ok());
    REQUIRE(liaison.setUnitOutOfService(QStringLiteral("AMB-BHY-2"), QStringLiteral("oil")).ok());
    CHECK(caseState(f.db, number) == QLatin1String("closed"));
    // Every step names the login that took it.
    CHECK(field(f.db,
                "SELECT string_agg(DISTINCT actor, ',' ORDER BY actor) FROM case_events e"
                " JOIN cases c ON c.id = e.case_id WHERE c.number = $1",
                number)
              .split(QLatin1Char(','))
              .size() == 4);
}

TEST_CASE("a hearse is never sent to an emergency, and serves hearse transport")
{
    Fixture f;
    const QString emergency = f.open();
    const CommandResult refused = f.commands.assignUnit(emergency, QStringLiteral("JNZ-1"));
    CHECK(refused.status == Status::Invalid);
    CHECK(refused.message.contains(QStringLiteral("hearse")));
    OpenCaseRequest hearse = medicalCase(QStringLiteral("Rumah duka, Kudamati"));
    hearse.category = QStringLiteral("hearse_transport");
    hearse.priority = 4;
    const QString transport = f.commands.openCase(hearse).caseNumber;
    CHECK(f.commands.assignUnit(transport, QStringLiteral("JNZ-1")).ok());
}

TEST_CASE("a unit already on scene cannot be reassigned away from its patient")
{
    Fixture f;
    const QString first = f.open();
    const QString second = f.open(QStringLiteral("Tantui"));
    REQUIRE(f.commands.assignUnit(first, QStringLiteral("AMB-LTM-1")).ok());
    REQUIRE(
        f.commands.advanceAssignment(QStringLiteral("AMB-LTM-1"), AssignmentState::OnScene).ok());
    const CommandResult refused =
        f.commands.assignUnit(second, QStringLiteral("AMB-LTM-1"), AssignMode::Reassign);
    CHECK(refused.status == Status::Conflict);
    CHECK(refused.message.contains(QStringLiteral("on scene on ") + first));
    CHECK(refused.message.contains(QStringLiteral("clear it first")));
    CHECK(caseState(f.db, first) == QLatin1String("on_scene"));
    CHECK(caseState(f.db, second) == QLatin1String("waiting"));
}
