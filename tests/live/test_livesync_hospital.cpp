// Live sync for a hospital's liaison, as a real login bound to RSUD dr. M. Haulussy (HLS): it
// loads and follows through the hospital views, so it holds its own units, the requests for
// them and the patients coming to it, never a caller's name or phone, and nothing of another
// hospital's cases; notifications about rows it may not see change nothing it holds.
#include "commands/incidentcommands.h"
#include "live/caseeventmodel.h"
#include "livetestsupport.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace pela::core;
using pela::test::LiveConsole;
using pela::test::TestCluster;
using pela::test::TestLogins;
using pela::test::waitUntil;

namespace {

const QString CallerPhone = QStringLiteral("+6281247001122");
const QString CallerName = QStringLiteral("Ibu Maria");

// Cases in every relation to Haulussy, opened and dispatched by the owner (an admin) with the
// commands, and the logins of Haulussy's liaison and of a dispatcher.
struct Fixture
{
    QString ownerConninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(ownerConninfo);
    IncidentCommands commands{owner};
    qint64 haulussy = 0, leimena = 0;
    CommandResult request, transport, elsewhere, toLeimena, waiting;
    QString liaison, dispatcher;

    Fixture()
    {
        pela::test::execOrFail(
            owner, "UPDATE hospitals SET requires_acceptance = true WHERE code = 'HLS'");
        haulussy = pela::test::hospitalId(owner, QStringLiteral("HLS"));
        leimena = pela::test::hospitalId(owner, QStringLiteral("LMN"));
        // A request for Haulussy's own ambulance.
        request = open("Kudamati");
        require(commands.assignUnit(request.caseNumber, QStringLiteral("AMB-HLS-1")));
        // A private hospital's ambulance bringing a patient to Haulussy.
        transport = open("Urimessing");
        transportTo(transport, QStringLiteral("AMB-GPM-1"), QStringLiteral("HLS"));
        // A city ambulance on a case of nobody's hospital, and a patient going to Leimena.
        elsewhere = open("Batu Merah");
        require(commands.assignUnit(elsewhere.caseNumber, QStringLiteral("AMB-KOTA-1")));
        toLeimena = open("Mardika");
        transportTo(toLeimena, QStringLiteral("AMB-LMN-1"), QStringLiteral("LMN"));
        waiting = open("Halong");

        TestLogins logins(ownerConninfo);
        liaison = logins.create(QStringLiteral("pela_hospital"), QStringLiteral("HLS"));
        dispatcher = logins.create(QStringLiteral("pela_dispatcher"));
    }

    CommandResult open(const char *where)
    {
        OpenCaseRequest opening;
        opening.category = QStringLiteral("medical");
        opening.priority = 2;
        opening.call.callerPhone = CallerPhone;
        opening.call.callerName = CallerName;
        opening.locationText = QLatin1String(where);
        opening.notes = QStringLiteral("caller's neighbour: 0812 4700 1122");
        const CommandResult opened = commands.openCase(opening);
        require(opened);
        return opened;
    }

    void transportTo(const CommandResult &opened, const QString &unit, const QString &hospital)
    {
        require(commands.assignUnit(opened.caseNumber, unit));
        require(commands.advanceAssignment(unit, AssignmentState::OnScene));
        require(commands.advanceAssignment(unit, AssignmentState::Transporting, hospital));
    }

    static void require(const CommandResult &result)
    {
        INFO(result.message.toStdString());
        REQUIRE(result.ok());
    }
};

QStringList callSigns(const LiveState &state)
{
    QStringList signs;
    for (const UnitRecord &unit : state.units())
        signs << unit.callSign;
    signs.sort();
    return signs;
}

QList<qint64> caseIds(const LiveState &state)
{
    QList<qint64> ids = state.cases().keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Nothing the liaison holds carries a caller's name, phone number or the centre's notes.
void checkNoCallerDetails(const LiveState &state)
{
    for (const CaseRecord &record : state.cases()) {
        CHECK(record.callerName.isEmpty());
        CHECK(record.callerPhone.isEmpty());
        CHECK(record.notes.isEmpty());
    }
}

void checkSameAsFreshLoad(const LiveState &state, const QString &conninfo)
{
    LiveState fresh;
    LiveSync freshSync(&fresh);
    REQUIRE(pela::test::startOnline(freshSync, conninfo));
    CHECK(waitUntil([&] { return state.sameContent(fresh); }));
}

} // namespace

TEST_CASE("a hospital liaison's live sync holds its units, the requests for them and the "
          "patients coming to it, never a caller's details, and no other hospital's case")
{
    Fixture fixture;
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, fixture.liaison));
    CHECK(console.sync.hospitalId() == fixture.haulussy);

    CHECK(caseIds(console.state) ==
          QList<qint64>{fixture.request.caseId, fixture.transport.caseId});
    checkNoCallerDetails(console.state);
    CHECK(callSigns(console.state) == QStringList{QStringLiteral("AMB-GPM-1"),
                                                  QStringLiteral("AMB-HLS-1"),
                                                  QStringLiteral("AMB-HLS-2")});
    const QList<AssignmentRecord> requested =
        console.state.assignmentsOfCase(fixture.request.caseId);
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().state == QLatin1String("requested"));
    const QList<AssignmentRecord> coming =
        console.state.assignmentsOfCase(fixture.transport.caseId);
    REQUIRE(coming.size() == 1);
    CHECK(coming.first().state == QLatin1String("transporting"));
    CHECK(coming.first().destinationHospitalId == fixture.haulussy);
    CHECK(console.state.assignments().size() == 2);
    // Every hospital's public status and beds, as every console.
    CHECK(console.state.hospitals().size() == 11);
    CHECK_FALSE(console.state.findHospital(fixture.leimena)->beds.isEmpty());
    CHECK(console.cases.rowCount() == 2);
    CHECK(console.units.rowCount() == 3);
    CHECK(console.hospitals.rowCount() == 11);

    // The case history through the hospital's view: whitelisted payload keys only.
    CaseEventModel events(&console.sync);
    QAbstractItemModelTester tester(&events, QAbstractItemModelTester::FailureReportingMode::Fatal);
    events.setCaseId(fixture.transport.caseId);
    REQUIRE(waitUntil([&] { return !events.isLoading(); }));
    CHECK(events.rowCount() >= 4); // opened, assigned, on scene, transporting
    for (int row = 0; row < events.rowCount(); ++row) {
        const QString payload =
            QString::fromUtf8(QJsonDocument(events.eventAt(row).payload).toJson());
        CHECK_FALSE(payload.contains(QStringLiteral("1247001122")));
        CHECK_FALSE(payload.contains(CallerName));
    }

    // The centre's own login, for comparison, holds every case with its caller.
    LiveConsole centre;
    REQUIRE(pela::test::startOnline(centre.sync, fixture.ownerConninfo));
    CHECK_FALSE(centre.sync.hospitalId().has_value());
    CHECK(centre.state.cases().size() == 5);
    CHECK(centre.state.findCase(fixture.request.caseId)->callerPhone == CallerPhone);
    checkSameAsFreshLoad(console.state, fixture.liaison);
}

TEST_CASE("changes to cases and units a hospital may not see arrive as notifications and change "
          "nothing it holds")
{
    Fixture fixture;
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, fixture.liaison));
    const LiveSnapshot before{console.state.cases(), console.state.units(),
                              console.state.hospitals(), console.state.assignments(),
                              console.state.settings()};
    QSignalSpy caseSignals(&console.state, &LiveState::caseChanged);
    QSignalSpy caseInserts(&console.state, &LiveState::caseInserted);
    QSignalSpy caseRemovals(&console.state, &LiveState::caseRemoved);
    QSignalSpy unitSignals(&console.state, &LiveState::unitChanged);
    QSignalSpy unitInserts(&console.state, &LiveState::unitInserted);
    QSignalSpy unitRemovals(&console.state, &LiveState::unitRemoved);
    QSignalSpy assignmentSignals(&console.state, &LiveState::assignmentsChanged);
    QSignalSpy eventsAdded(&console.state, &LiveState::caseEventsAdded);
    const qint64 notifiedBefore = console.sync.counters().notifications;

    // Another hospital's patient and a case of nobody's hospital change; a city ambulance and
    // Leimena's ambulance move; a case is opened and given a city ambulance.
    Fixture::require(
        fixture.commands.setPriority(fixture.toLeimena.caseNumber, 1, QStringLiteral("worse")));
    CaseDetailsChange notes;
    notes.notes = QStringLiteral("caller called back");
    Fixture::require(fixture.commands.updateCaseDetails(fixture.elsewhere.caseNumber, notes));
    pela::test::execOrFail(fixture.owner,
                           "UPDATE units SET lat = -3.70, lon = 128.18, position_at = now() "
                           "WHERE call_sign IN ('AMB-KOTA-1', 'AMB-LMN-1')");
    const CommandResult opened = fixture.open("Tantui");
    Fixture::require(fixture.commands.assignUnit(opened.caseNumber, QStringLiteral("AMB-KOTA-2")));
    // Then a change every console sees: once it is there, the ones before it were handled.
    Fixture::require(fixture.commands.setHospitalStatus(QStringLiteral("LMN"), ErStatus::Limited,
                                                        QStringLiteral("CT down")));
    REQUIRE(waitUntil([&] {
        return console.state.findHospital(fixture.leimena)->erStatus == QLatin1String("limited");
    }));

    INFO((console.sync.counters().notifications - notifiedBefore) << " notifications");
    CHECK(console.sync.counters().notifications - notifiedBefore >= 8);
    CHECK(console.sync.isOnline());
    CHECK(console.state.cases() == before.cases);
    CHECK(console.state.units() == before.units);
    CHECK(console.state.assignments() == before.assignments);
    CHECK(caseSignals.isEmpty());
    CHECK(caseInserts.isEmpty());
    CHECK(caseRemovals.isEmpty());
    CHECK(unitSignals.isEmpty());
    CHECK(unitInserts.isEmpty());
    CHECK(unitRemovals.isEmpty());
    CHECK(assignmentSignals.isEmpty());
    CHECK(eventsAdded.isEmpty());
    CHECK(console.state.findCase(opened.caseId) == nullptr);
    checkSameAsFreshLoad(console.state, fixture.liaison);
}

TEST_CASE("a request for a hospital's ambulance appears on its liaison's console within a "
          "second, without the caller's details, and leaves when declined")
{
    Fixture fixture;
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, fixture.liaison));
    PgConnection dispatcherConnection = TestLogins::connect(fixture.dispatcher);
    IncidentCommands dispatcher(dispatcherConnection);

    Fixture::require(
        dispatcher.assignUnit(fixture.waiting.caseNumber, QStringLiteral("AMB-HLS-2")));
    QElapsedTimer clock;
    clock.start();
    auto requestShown = [&] {
        const QList<AssignmentRecord> assignments =
            console.state.assignmentsOfCase(fixture.waiting.caseId);
        return console.cases.rowOf(fixture.waiting.caseId) >= 0 && assignments.size() == 1 &&
               assignments.first().state == QLatin1String("requested");
    };
    REQUIRE(waitUntil(requestShown, 3000));
    INFO("shown after " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 1000);
    const CaseRecord *shown = console.state.findCase(fixture.waiting.caseId);
    CHECK(shown->locationText == QLatin1String("Halong"));
    CHECK(shown->priority == 2);
    CHECK(shown->state == QLatin1String("requested"));
    checkNoCallerDetails(console.state);

    // Declined by the liaison itself: the request leaves, the case is redispatchable.
    PgConnection liaisonConnection = TestLogins::connect(fixture.liaison);
    Fixture::require(IncidentCommands(liaisonConnection)
                         .declineRequest(QStringLiteral("AMB-HLS-2"), QStringLiteral("no crew")));
    REQUIRE(waitUntil(
        [&] { return console.state.assignmentsOfCase(fixture.waiting.caseId).isEmpty(); }));
    CHECK(console.state.findUnit(pela::test::unitId(fixture.owner, QStringLiteral("AMB-HLS-2")))
              ->status == QLatin1String("available"));
    checkSameAsFreshLoad(console.state, fixture.liaison);
}

TEST_CASE("a patient redirected from a hospital leaves its console with the city ambulance "
          "bringing it, though only the case was notified")
{
    Fixture fixture;
    LiveConsole console;
    REQUIRE(pela::test::startOnline(console.sync, fixture.liaison));
    PgConnection dispatcher = TestLogins::connect(fixture.dispatcher);
    const qint64 cityUnit = pela::test::unitId(fixture.owner, QStringLiteral("AMB-KOTA-1"));
    // The dispatcher names the destination of a case a city ambulance is already on: only the
    // case changes (and its history), not the assignment nor the unit.
    auto sendTo = [&](qint64 hospital) {
        pela::test::execOrFail(dispatcher, "BEGIN");
        pela::test::execOrFail(dispatcher,
                               "UPDATE cases SET destination_hospital_id = $2 WHERE id = $1",
                               {fixture.elsewhere.caseId, hospital});
        pela::test::execOrFail(dispatcher,
                               "INSERT INTO case_events (case_id, hospital_id, kind) "
                               "VALUES ($1, $2, 'destination_set')",
                               {fixture.elsewhere.caseId, hospital});
        pela::test::execOrFail(dispatcher, "COMMIT");
    };
    REQUIRE(console.state.findCase(fixture.elsewhere.caseId) == nullptr);
    REQUIRE(console.state.findUnit(cityUnit) == nullptr);

    sendTo(fixture.haulussy);
    REQUIRE(waitUntil([&] {
        return console.state.findCase(fixture.elsewhere.caseId) &&
               console.state.assignmentsOfCase(fixture.elsewhere.caseId).size() == 1 &&
               console.state.findUnit(cityUnit);
    }));
    checkNoCallerDetails(console.state);
    checkSameAsFreshLoad(console.state, fixture.liaison);

    sendTo(fixture.leimena);
    REQUIRE(waitUntil([&] {
        return !console.state.findCase(fixture.elsewhere.caseId) &&
               !console.state.findUnit(cityUnit);
    }));
    CHECK(console.state.assignmentsOfCase(fixture.elsewhere.caseId).isEmpty());
    // What it held of its own stays.
    CHECK(console.state.findCase(fixture.request.caseId) != nullptr);
    CHECK(console.state.findCase(fixture.transport.caseId) != nullptr);
    checkSameAsFreshLoad(console.state, fixture.liaison);
}
