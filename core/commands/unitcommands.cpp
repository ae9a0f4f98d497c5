// Units in and out of service; hospitals' ER status and beds (a liaison: its own only).
#include "commandwork.h"
#include "domain/inputrules.h"

namespace pela::core {

CommandResult IncidentCommands::setUnitOutOfService(const QString &callSign, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return CommandResult::invalid(tr("Say why the unit is out of service."));
    if (const QString problem = InputRules::whyNot(TextField::Reason, reason); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::UnitService, [&](Work &work) {
        // The database checks whose unit it is and that it is free (pela_set_unit_service).
        work.run("SELECT pela_set_unit_service($1, false, $2)", {callSign, reason.trimmed()});
        CommandResult result;
        result.message = tr("%1 is out of service.").arg(callSign.trimmed().toUpper());
        return result;
    });
}

CommandResult IncidentCommands::setUnitInService(const QString &callSign)
{
    return inTransaction(CommandAction::UnitService, [&](Work &work) {
        CommandResult result;
        if (work.run("SELECT pela_set_unit_service($1, true, '') AS changed", {callSign})
                .toBool(0, "changed")) {
            result.message = tr("%1 is back in service.").arg(callSign.trimmed().toUpper());
            return result;
        }
        // Back in service is for a unit out of service; a unit on a case is freed by clearing or
        // cancelling its assignment, so that the case's history says what happened.
        const Work::UnitRow unit = work.findUnit(callSign, false);
        if (const auto assignment = work.liveAssignment(unit.id, false))
            throw Abort{CommandResult::invalid(
                tr("%1 is %2 on %3 (since %4, by %5); \"available\" only brings a unit back "
                   "from out of service. Clear the unit when it is done, or cancel the "
                   "assignment.")
                    .arg(unit.callSign, Lifecycle::displayName(unit.status), assignment->caseNumber,
                         assignment->since, assignment->assignedBy))};
        result.changed = false;
        result.message = tr("%1 is already available.").arg(unit.callSign);
        return result;
    });
}

CommandResult IncidentCommands::setHospitalStatus(const QString &hospitalCode, ErStatus status,
                                                  const QString &reason)
{
    if (status != ErStatus::Open && reason.trimmed().isEmpty())
        return CommandResult::invalid(
            tr("Say why the emergency department is limited or diverting."));
    if (const QString problem = InputRules::whyNot(TextField::Reason, reason); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::HospitalStatus, [&](Work &work) {
        const int id = work.ownHospitalId(hospitalCode);
        work.run("SELECT 1 FROM hospitals WHERE id = $1 FOR UPDATE", {id});
        work.run("UPDATE hospitals SET er_status = $2, er_status_reason = $3 WHERE id = $1",
                 {id, toText(status), status == ErStatus::Open ? QString() : reason.trimmed()});
        work.event(
            {}, {}, id, "hospital_status_changed",
            {{QStringLiteral("status"), toText(status)}, {QStringLiteral("reason"), reason}});
        return CommandResult{};
    });
}

CommandResult IncidentCommands::setHospitalBeds(const QString &hospitalCode,
                                                const QString &category, int available,
                                                std::optional<int> total)
{
    static const QRegularExpression validCategory(QStringLiteral("^[a-z_]{2,24}$"));
    if (!validCategory.match(category).hasMatch())
        return CommandResult::invalid(
            tr("Bed category \"%1\" must be a short lower-case word (e.g. igd, icu).")
                .arg(category));
    if (available < 0 || (total && (*total < 0 || available > *total)))
        return CommandResult::invalid(
            tr("Available beds must be between 0 and the total (%1 given).").arg(available));
    return inTransaction(CommandAction::HospitalBeds, [&](Work &work) {
        const int id = work.ownHospitalId(hospitalCode);
        // The beds' change is announced as a change of their hospital (a notify trigger).
        work.run("INSERT INTO hospital_beds (hospital_id, category, available, total)"
                 " VALUES ($1, $2, $3, $4) ON CONFLICT (hospital_id, category) DO UPDATE"
                 " SET available = EXCLUDED.available,"
                 " total = coalesce(EXCLUDED.total, hospital_beds.total)",
                 {id, category, available, total ? QVariant(*total) : QVariant()});
        work.event(
            {}, {}, id, "hospital_beds_changed",
            {{QStringLiteral("category"), category}, {QStringLiteral("available"), available}});
        return CommandResult{};
    });
}

} // namespace pela::core
