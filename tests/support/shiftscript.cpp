#include "shiftscript.h"

#include "commands/incidentcommands.h"

#include <catch2/catch.hpp>

namespace pela::test {

using namespace pela::core;

namespace {

void require(const CommandResult &result)
{
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
}

void exec(PgConnection &owner, const char *sql)
{
    const PgResult result = owner.exec(sql);
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
}

} // namespace

ScriptedShift playShift(PgConnection &owner)
{
    IncidentCommands commands(owner);
    exec(owner, "UPDATE hospitals SET requires_acceptance = true WHERE code IN ('LMN', 'BHY')");
    const PgResult clock = owner.exec("SELECT now() AS now");
    REQUIRE(clock.ok());
    const QDateTime now = clock.toDateTime(0, "now");

    // Answered secondsAgo before now, as a journalled call says.
    auto open = [&](const char *category, int priority, int secondsAgo) {
        OpenCaseRequest request;
        request.category = QLatin1String(category);
        request.priority = priority;
        request.call.callerPhone = QStringLiteral("081247001122");
        request.call.answeredAt = now.addSecs(-secondsAgo);
        request.locationText = QStringLiteral("Jl. Pattimura");
        const CommandResult result = commands.openCase(request);
        require(result);
        return result.caseNumber;
    };
    auto advance = [&](const char *unit, AssignmentState to, const char *hospital = "") {
        require(commands.advanceAssignment(QLatin1String(unit), to, QLatin1String(hospital)));
    };

    ScriptedShift shift;
    shift.from = now.addSecs(-3600);
    shift.to = now.addSecs(3600);

    shift.transported = open("medical", 1, 40);
    CallInfo second;
    second.callerPhone = QStringLiteral("0911 312 000");
    require(commands.addCall(shift.transported, second));
    const CommandResult mistaken =
        commands.assignUnit(shift.transported, QStringLiteral("AMB-KOTA-1"));
    require(mistaken);
    require(commands.undoAssignment(mistaken.assignmentId));
    require(commands.assignUnit(shift.transported, QStringLiteral("AMB-KOTA-2")));
    advance("AMB-KOTA-2", AssignmentState::EnRoute);
    advance("AMB-KOTA-2", AssignmentState::OnScene);
    advance("AMB-KOTA-2", AssignmentState::Transporting, "HLS");
    advance("AMB-KOTA-2", AssignmentState::AtHospital);

    shift.partner = open("traffic_accident", 2, 300);
    require(commands.assignUnit(shift.partner, QStringLiteral("AMB-LMN-1")));
    require(commands.acceptRequest(QStringLiteral("AMB-LMN-1")));
    advance("AMB-LMN-1", AssignmentState::OnScene);

    shift.referred = open("fire", 2, 90);
    require(
        commands.referToAgency(shift.referred, QStringLiteral("Damkar"), ReferralState::Forwarded));
    require(commands.referToAgency(shift.referred, QStringLiteral("Damkar"),
                                   ReferralState::Acknowledged));

    shift.duplicate = open("medical", 3, 30);
    require(commands.markDuplicate(shift.duplicate, shift.transported));

    shift.declined = open("medical", 1, 120);
    require(commands.assignUnit(shift.declined, QStringLiteral("AMB-LMN-2")));
    require(commands.declineRequest(QStringLiteral("AMB-LMN-2"), QStringLiteral("crew at lunch")));
    exec(owner, "UPDATE settings SET value = '0' WHERE key = 'request_timeout_seconds'");
    require(commands.assignUnit(shift.declined, QStringLiteral("AMB-BHY-1")));
    const CommandResult expired = commands.expireDueRequests();
    require(expired);
    REQUIRE(expired.message == QLatin1String("1"));

    shift.hearse = open("hearse_transport", 4, 600);
    require(commands.assignUnit(shift.hearse, QStringLiteral("JNZ-1")));
    advance("JNZ-1", AssignmentState::EnRoute);
    advance("JNZ-1", AssignmentState::OnScene);

    shift.cleared = open("medical", 3, 20);
    require(commands.assignUnit(shift.cleared, QStringLiteral("AMB-KOTA-1")));
    advance("AMB-KOTA-1", AssignmentState::EnRoute);
    advance("AMB-KOTA-1", AssignmentState::OnScene);
    advance("AMB-KOTA-1", AssignmentState::Cleared);
    return shift;
}

} // namespace pela::test
