// Units on cases: assign (or request), advance through the statuses, cancel. The database
// stamps every time and moves the unit's status and the case's state with the assignment.
#include "commandwork.h"
#include "domain/inputrules.h"

namespace pela::core {

CommandResult IncidentCommands::assignUnit(const QString &caseNumber, const QString &callSign,
                                           AssignMode mode, std::optional<int> expectedUnitVersion)
{
    return inTransaction(CommandAction::AssignUnit, [&](Work &work) {
        // Where the unit is now, read without locks; then the cases (in id order, so two
        // crossing reassignments cannot deadlock), the unit and its assignment, re-checked.
        const Work::UnitRow seen = work.findUnit(callSign, false);
        const std::optional<Work::LiveAssignment> seenCurrent = work.liveAssignment(seen.id, false);
        const PgResult targetRow =
            work.run("SELECT id FROM cases WHERE number = $1", {caseNumber.trimmed()});
        if (targetRow.rowCount() == 0)
            throw Abort{CommandResult::invalid(tr("There is no case %1.").arg(caseNumber))};
        if (seenCurrent && seenCurrent->caseId != targetRow.toInt(0, "id"))
            work.run("SELECT id FROM cases WHERE id IN ($1, $2) ORDER BY id FOR UPDATE",
                     {targetRow.toInt(0, "id"), seenCurrent->caseId});
        const Work::CaseRow target = work.lockCase(caseNumber);
        if (target.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(
                tr("Case %1 is closed; reopen it before assigning a unit.").arg(target.number))};
        const Work::UnitRow unit = work.lockUnit(callSign);
        CommandResult result;
        result.caseId = target.id;
        result.caseNumber = target.number;

        const std::optional<Work::LiveAssignment> current = work.liveAssignment(unit.id, true);
        if (current && current->caseId == target.id) {
            // Already there: nothing changes, no status reset.
            result.changed = false;
            result.assignmentId = current->id;
            result.message = tr("%1 is already on %2.").arg(unit.callSign, target.number);
            return result;
        }
        if (const QString why = Lifecycle::whyUnitCannotServe(unit.kind, target.category);
            !why.isEmpty())
            throw Abort{CommandResult::invalid(
                tr("%1 cannot go to %2: %3.").arg(unit.callSign, target.number, why))};
        if (expectedUnitVersion && *expectedUnitVersion != unit.version && !current &&
            unit.status != UnitStatus::OutOfService)
            expectedUnitVersion.reset(); // changed, but still free to take
        if (unit.status == UnitStatus::OutOfService)
            throw Abort{CommandResult::conflict(
                tr("%1 is out of service since %2 (%3), set by %4.")
                    .arg(unit.callSign, unit.statusSince, unit.statusReason, unit.statusBy))};
        if (current) {
            if (mode != AssignMode::Reassign)
                throw Abort{
                    CommandResult::conflict(tr("%1 is already on %2 since %3, assigned by %4.")
                                                .arg(unit.callSign, current->caseNumber,
                                                     current->since, current->assignedBy))};
            if (!seenCurrent || seenCurrent->caseId != current->caseId)
                throw Abort{CommandResult::conflict(
                    tr("%1's assignment changed at this moment; look again.").arg(unit.callSign))};
            if (current->state != AssignmentState::Requested &&
                current->state != AssignmentState::Dispatched &&
                current->state != AssignmentState::EnRoute)
                throw Abort{CommandResult::conflict(
                    tr("%1 is %2 on %3 and cannot be taken off it; clear it first.")
                        .arg(unit.callSign, Lifecycle::displayName(current->state),
                             current->caseNumber))};
            // Reassignment: the other case learns why it lost its unit.
            work.endAssignment(*current, AssignmentState::Cancelled,
                               tr("reassigned to %1").arg(target.number));
            work.setWaitingReason(current->caseId,
                                  {{QStringLiteral("kind"), QStringLiteral("reassigned")},
                                   {QStringLiteral("unit"), unit.callSign},
                                   {QStringLiteral("to_case"), target.number}});
            work.event(current->caseId, unit.id, {}, "unit_reassigned_away",
                       {{QStringLiteral("unit"), unit.callSign},
                        {QStringLiteral("to_case"), target.number}});
        }

        const bool request = unit.requiresAcceptance;
        const PgResult inserted =
            work.run("INSERT INTO assignments (case_id, unit_id, state) VALUES ($1, $2, $3)"
                     " RETURNING id",
                     {target.id, unit.id,
                      request ? QStringLiteral("requested") : QStringLiteral("dispatched")});
        result.assignmentId = inserted.toInt(0, "id");
        work.event(
            target.id, unit.id, {}, request ? "unit_requested" : "unit_assigned",
            {{QStringLiteral("unit"), unit.callSign},
             {QStringLiteral("assignment"), result.assignmentId},
             {QStringLiteral("reassigned_from"), current ? current->caseNumber : QString()}});
        result.message = request ? tr("%1 requested from %2 for %3; waiting for acceptance.")
                                       .arg(unit.callSign, unit.ownerName, target.number)
                                 : tr("%1 dispatched to %2.").arg(unit.callSign, target.number);
        return result;
    });
}

CommandResult IncidentCommands::advanceAssignment(const QString &callSign, AssignmentState to,
                                                  const QString &hospitalCode)
{
    if (to == AssignmentState::Transporting && hospitalCode.trimmed().isEmpty())
        return CommandResult::invalid(
            tr("Which hospital is %1 transporting to? Give its code.").arg(callSign));
    if (to == AssignmentState::Requested || to == AssignmentState::Dispatched ||
        to == AssignmentState::Declined || to == AssignmentState::Expired ||
        to == AssignmentState::Cancelled)
        return CommandResult::invalid(
            tr("Use assign, accept, decline or cancel for \"%1\".").arg(toText(to)));
    return inTransaction(CommandAction::AdvanceUnit, [&](Work &work) {
        const auto [unit, caseRow, assignment] =
            work.lockAssignmentOf(callSign, tr("%1 has no assignment (it is %2)."));
        if (const QString why = Lifecycle::whyNot(assignment.state, to); !why.isEmpty())
            throw Abort{CommandResult::invalid(
                tr("%1 on %2: %3.").arg(unit.callSign, caseRow.number, why))};

        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        result.assignmentId = assignment.id;
        QVariant hospital;
        QJsonObject payload{{QStringLiteral("unit"), unit.callSign},
                            {QStringLiteral("from"), toText(assignment.state)},
                            {QStringLiteral("to"), toText(to)}};
        if (to == AssignmentState::Transporting) {
            QString name, erStatus, erReason;
            hospital = work.hospitalId(hospitalCode, &name, &erStatus, &erReason);
            payload.insert(QStringLiteral("hospital"), hospitalCode.trimmed().toUpper());
            if (erStatus == QLatin1String("diverting"))
                result.warning = tr("Warning: %1 is diverting (%2).").arg(name, erReason);
            work.run("UPDATE cases SET destination_hospital_id = $2 WHERE id = $1",
                     {caseRow.id, hospital});
        }
        work.run("UPDATE assignments SET state = $2,"
                 " destination_hospital_id = coalesce($3, destination_hospital_id) WHERE id = $1",
                 {assignment.id, toText(to), hospital});
        work.event(caseRow.id, unit.id, hospital, "assignment_advanced", payload);
        return result;
    });
}

CommandResult IncidentCommands::cancelAssignment(const QString &callSign, const QString &reason)
{
    if (const QString problem = InputRules::whyNot(TextField::Reason, reason); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::CancelAssignment, [&](Work &work) {
        const auto [unit, caseRow, assignment] =
            work.lockAssignmentOf(callSign, tr("%1 has no assignment to cancel (it is %2)."));
        if (const QString why = Lifecycle::whyNot(assignment.state, AssignmentState::Cancelled);
            !why.isEmpty())
            throw Abort{CommandResult::invalid(tr("%1: %2.").arg(unit.callSign, why))};
        work.endAssignment(assignment, AssignmentState::Cancelled, reason);
        work.setWaitingReason(caseRow.id, {{QStringLiteral("kind"), QStringLiteral("cancelled")},
                                           {QStringLiteral("unit"), unit.callSign},
                                           {QStringLiteral("reason"), reason.trimmed()}});
        work.event(caseRow.id, unit.id, {}, "assignment_cancelled",
                   {{QStringLiteral("unit"), unit.callSign}, {QStringLiteral("reason"), reason}});
        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        return result;
    });
}

} // namespace pela::core
