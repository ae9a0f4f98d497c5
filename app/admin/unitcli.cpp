// pela-admin dispatch and unit status.
#include "clicommands.h"
#include "commands/incidentcommands.h"

namespace pela::admin {

using namespace pela::core;

int commandDispatch(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    IncidentCommands commands(db.connection);
    const CommandResult result = commands.assignUnit(
        call.argument(0), call.argument(1),
        call.has(QStringLiteral("--reassign")) ? AssignMode::Reassign : AssignMode::Normal);
    return output.report(result, result.message);
}

int commandUnitStatus(const Invocation &call, Output &output)
{
    const QString callSign = call.argument(0);
    const QString status = call.argument(1);
    const std::optional<QString> hospital = call.value(QStringLiteral("--hospital"));
    const std::optional<QString> reason = call.value(QStringLiteral("--reason"));
    const std::optional<AssignmentState> state = assignmentStateFromText(status);
    const bool takesReason = status == QLatin1String("out_of_service") ||
                             status == QLatin1String("cancelled") ||
                             status == QLatin1String("declined");
    const bool known = takesReason || status == QLatin1String("available") ||
                       status == QLatin1String("accepted") || state;
    if (!known)
        return output.fail(Usage, QStringLiteral("unknown unit status '%1'; one of: en_route, "
                                                 "on_scene, transporting, at_hospital, cleared, "
                                                 "cancelled, accepted, declined, out_of_service, "
                                                 "available")
                                      .arg(status));
    // An option the status does not use is refused, not silently dropped.
    if (hospital && state != AssignmentState::Transporting)
        return output.fail(Usage, QStringLiteral("--hospital is only for transporting"));
    if (reason && !takesReason)
        return output.fail(Usage, QStringLiteral("--reason is only for out_of_service, cancelled "
                                                 "and declined"));
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    IncidentCommands commands(db.connection);
    CommandResult result;
    if (status == QLatin1String("out_of_service"))
        result = commands.setUnitOutOfService(callSign, reason.value_or(QString()));
    else if (status == QLatin1String("available"))
        result = commands.setUnitInService(callSign);
    else if (status == QLatin1String("cancelled"))
        result = commands.cancelAssignment(callSign, reason.value_or(QString()));
    else if (status == QLatin1String("accepted"))
        result = commands.acceptRequest(callSign);
    else if (status == QLatin1String("declined"))
        result = commands.declineRequest(callSign, reason.value_or(QString()));
    else
        result = commands.advanceAssignment(callSign, *state, hospital.value_or(QString()));
    return output.report(result, QStringLiteral("%1 %2").arg(callSign.toUpper(), status));
}

} // namespace pela::admin
