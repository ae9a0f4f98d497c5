// Units on cases: assign (or request), advance through the statuses, cancel.
#include "commandwork.h"
#include "domain/inputrules.h"

namespace pela::core {

CommandResult IncidentCommands::assignUnit(const QString &caseNumber, const QString &callSign,
                                           AssignMode mode, std::optional<int> expectedUnitVersion)
{
    return inTransaction([&](Work &work) {
        // Lock order everywhere: case, then unit (then another case): keeps deadlocks rare.
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
            expectedUnitVersion.reset(); // it moved, nothing else: still free to take
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
            if (current->state != AssignmentState::Requested &&
                current->state != AssignmentState::Dispatched &&
                current->state != AssignmentState::EnRoute)
                throw Abort{CommandResult::conflict(
                    tr("%1 is %2 on %3 and cannot be taken off it; clear it first.")
                        .arg(unit.callSign, Lifecycle::displayName(current->state),
                             current->caseNumber))};
            // Reassignment: the other case learns why it lost its unit.
            work.run("SELECT id FROM cases WHERE id = $1 FOR UPDATE", {current->caseId});
            work.endAssignment(*current, unit.id, AssignmentState::Cancelled,
                               tr("reassigned to %1").arg(target.number));
            work.refreshCaseState(current->caseId,
                                  tr("%1 was reassigned to %2").arg(unit.callSign, target.number));
            work.event(current->caseId, unit.id, {}, "unit_reassigned_away",
                       {{QStringLiteral("unit"), unit.callSign},
                        {QStringLiteral("to_case"), target.number}});
        }

        const bool request = unit.requiresAcceptance;
        const PgResult inserted = work.run(
            request ? "INSERT INTO assignments (case_id, unit_id, state, requested_at,"
                      " request_expires_at) SELECT $1, $2, 'requested', now(), now() +"
                      " make_interval(secs => coalesce((SELECT value::text::double precision"
                      " FROM settings WHERE key = 'request_timeout_seconds'), 60)) RETURNING id"
                    : "INSERT INTO assignments (case_id, unit_id, state, dispatched_at)"
                      " VALUES ($1, $2, 'dispatched', now()) RETURNING id",
            {target.id, unit.id});
        result.assignmentId = inserted.toInt(0, "id");
        work.run("UPDATE units SET status = $2, status_reason = '', current_assignment_id = $3,"
                 " status_changed_at = now(), status_changed_by = current_user,"
                 " version = version + 1 WHERE id = $1",
                 {unit.id, request ? QStringLiteral("requested") : QStringLiteral("dispatched"),
                  result.assignmentId});
        work.refreshCaseState(target.id);
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
    return inTransaction([&](Work &work) {
        const auto [unit, caseRow, current] =
            work.lockAssignmentOf(callSign, tr("%1 has no assignment (it is %2)."));
        const auto *assignment = &current;
        if (const QString why = Lifecycle::whyNot(assignment->state, to); !why.isEmpty())
            throw Abort{CommandResult::invalid(
                tr("%1 on %2: %3.").arg(unit.callSign, caseRow.number, why))};

        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        result.assignmentId = assignment->id;
        QVariant hospital;
        QJsonObject payload{{QStringLiteral("unit"), unit.callSign},
                            {QStringLiteral("from"), toText(assignment->state)},
                            {QStringLiteral("to"), toText(to)}};
        if (to == AssignmentState::Transporting) {
            QString name, erStatus, erReason;
            hospital = work.hospitalId(hospitalCode, &name, &erStatus, &erReason);
            payload.insert(QStringLiteral("hospital"), hospitalCode.toUpper());
            if (erStatus == QLatin1String("diverting"))
                result.warning = tr("Warning: %1 is diverting (%2).").arg(name, erReason);
            work.run("UPDATE cases SET destination_hospital_id = $2 WHERE id = $1",
                     {caseRow.id, hospital});
        }
        static const QHash<AssignmentState, const char *> Stamp{
            {AssignmentState::EnRoute, "en_route_at"},
            {AssignmentState::OnScene, "on_scene_at"},
            {AssignmentState::Transporting, "transporting_at"},
            {AssignmentState::AtHospital, "at_hospital_at"},
            {AssignmentState::Cleared, "cleared_at"}};
        // Column name from a fixed table above, never from input.
        const QString sql =
            QStringLiteral("UPDATE assignments SET state = $2, %1 = now(),"
                           " destination_hospital_id = coalesce($3, destination_hospital_id),"
                           " version = version + 1 WHERE id = $1")
                .arg(QLatin1String(Stamp.value(to)));
        work.run(sql.toUtf8().constData(), {assignment->id, toText(to), hospital});
        if (to == AssignmentState::Cleared)
            work.freeUnit(unit.id);
        else
            work.run("UPDATE units SET status = $2, status_changed_at = now(),"
                     " status_changed_by = current_user, version = version + 1 WHERE id = $1",
                     {unit.id, toText(Lifecycle::unitStatusFor(to))});
        work.refreshCaseState(caseRow.id);
        work.event(caseRow.id, unit.id, hospital, "assignment_advanced", payload);
        return result;
    });
}

CommandResult IncidentCommands::cancelAssignment(const QString &callSign, const QString &reason)
{
    if (const QString problem = InputRules::whyNot(TextField::Reason, reason); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction([&](Work &work) {
        const auto [unit, caseRow, current] =
            work.lockAssignmentOf(callSign, tr("%1 has no assignment to cancel (it is %2)."));
        const auto *assignment = &current;
        if (const QString why = Lifecycle::whyNot(assignment->state, AssignmentState::Cancelled);
            !why.isEmpty())
            throw Abort{CommandResult::invalid(tr("%1: %2.").arg(unit.callSign, why))};
        work.endAssignment(*assignment, unit.id, AssignmentState::Cancelled, reason);
        work.refreshCaseState(caseRow.id, tr("%1 was cancelled: %2").arg(unit.callSign, reason));
        work.event(caseRow.id, unit.id, {}, "assignment_cancelled",
                   {{QStringLiteral("unit"), unit.callSign}, {QStringLiteral("reason"), reason}});
        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        return result;
    });
}

} // namespace pela::core
