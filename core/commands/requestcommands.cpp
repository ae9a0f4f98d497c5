// Partner requests: a hospital accepts or declines; unanswered ones expire.
#include "commandwork.h"
#include "domain/inputrules.h"

namespace pela::core {

CommandResult IncidentCommands::acceptRequest(const QString &callSign)
{
    return inTransaction([&](Work &work) {
        const auto [unit, caseRow, current] = work.lockOpenRequestOf(callSign);
        const auto *assignment = &current;
        work.run("UPDATE assignments SET state = 'dispatched', dispatched_at = now(),"
                 " version = version + 1 WHERE id = $1",
                 {assignment->id});
        work.run("UPDATE units SET status = 'dispatched', status_changed_at = now(),"
                 " status_changed_by = current_user, version = version + 1 WHERE id = $1",
                 {unit.id});
        work.refreshCaseState(caseRow.id);
        work.event(caseRow.id, unit.id, {}, "request_accepted",
                   {{QStringLiteral("unit"), unit.callSign}});
        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        result.assignmentId = assignment->id;
        return result;
    });
}

CommandResult IncidentCommands::declineRequest(const QString &callSign, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return CommandResult::invalid(tr("Say why the request is declined."));
    if (const QString problem = InputRules::whyNot(TextField::Reason, reason); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction([&](Work &work) {
        const auto [unit, caseRow, current] = work.lockOpenRequestOf(callSign);
        const auto *assignment = &current;
        work.endAssignment(*assignment, unit.id, AssignmentState::Declined, reason);
        work.refreshCaseState(caseRow.id,
                              tr("%1 declined: %2").arg(unit.ownerName, reason.trimmed()));
        work.event(caseRow.id, unit.id, {}, "request_declined",
                   {{QStringLiteral("unit"), unit.callSign}, {QStringLiteral("reason"), reason}});
        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        return result;
    });
}

CommandResult IncidentCommands::expireDueRequests()
{
    return inTransaction([&](Work &work) {
        // SKIP LOCKED: several consoles may sweep at once; each request expires once.
        const PgResult due =
            work.run("SELECT a.id, a.case_id, a.unit_id, u.call_sign,"
                     " extract(epoch FROM a.request_expires_at - a.requested_at)::int AS seconds"
                     " FROM assignments a JOIN units u ON u.id = a.unit_id"
                     " WHERE a.state = 'requested' AND a.request_expires_at <= now()"
                     " ORDER BY a.id FOR UPDATE OF a SKIP LOCKED");
        CommandResult result;
        result.changed = due.rowCount() > 0;
        for (int row = 0; row < due.rowCount(); ++row) {
            const qint64 caseId = due.toInt(row, "case_id");
            const int unitId = int(due.toInt(row, "unit_id"));
            const QString callSign = due.text(row, "call_sign");
            work.run("UPDATE assignments SET state = 'expired', ended_reason = 'no answer',"
                     " version = version + 1 WHERE id = $1",
                     {due.toInt(row, "id")});
            work.freeUnit(unitId);
            work.refreshCaseState(caseId, tr("request for %1 expired after %2 s without an answer")
                                              .arg(callSign)
                                              .arg(due.toInt(row, "seconds")));
            work.event(caseId, unitId, {}, "request_expired", {{QStringLiteral("unit"), callSign}});
        }
        result.message = QString::number(due.rowCount());
        return result;
    });
}

} // namespace pela::core
