// Partner requests (a hospital accepts or declines; unanswered ones expire) and the receiving
// hospital's "patient arrived". Each is a function in the database (migration 002) because a
// hospital's liaison may not write those rows directly: the function checks whose unit or
// patient it is, locks in the one order and writes the event row.
#include "commandwork.h"
#include "domain/inputrules.h"

namespace pela::core {

namespace {

CommandResult caseResult(const PgResult &row)
{
    CommandResult result;
    result.caseId = row.toInt(0, "case_id");
    result.caseNumber = row.text(0, "case_number");
    result.assignmentId = row.toInt(0, "assignment_id");
    return result;
}

} // namespace

CommandResult IncidentCommands::acceptRequest(const QString &callSign)
{
    return inTransaction(CommandAction::AnswerRequest, [&](Work &work) {
        CommandResult result =
            caseResult(work.run("SELECT * FROM pela_answer_request($1, true, '')", {callSign}));
        result.message = tr("%1 accepted for %2.").arg(callSign.toUpper(), result.caseNumber);
        return result;
    });
}

CommandResult IncidentCommands::declineRequest(const QString &callSign, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return CommandResult::invalid(tr("Say why the request is declined."));
    if (const QString problem = InputRules::whyNot(TextField::Reason, reason); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::AnswerRequest, [&](Work &work) {
        CommandResult result = caseResult(work.run(
            "SELECT * FROM pela_answer_request($1, false, $2)", {callSign, reason.trimmed()}));
        result.message = tr("%1 declined for %2.").arg(callSign.toUpper(), result.caseNumber);
        return result;
    });
}

CommandResult IncidentCommands::expireDueRequests()
{
    return inTransaction(CommandAction::ExpireRequests, [&](Work &work) {
        const qint64 expired =
            work.run("SELECT pela_expire_due_requests() AS expired").toInt(0, "expired");
        CommandResult result;
        result.changed = expired > 0;
        result.message = QString::number(expired);
        return result;
    });
}

CommandResult IncidentCommands::markPatientArrived(const QString &callSign)
{
    return inTransaction(CommandAction::PatientArrived, [&](Work &work) {
        CommandResult result =
            caseResult(work.run("SELECT * FROM pela_mark_patient_arrived($1)", {callSign}));
        result.message =
            tr("%1 has arrived with the patient of %2.").arg(callSign.toUpper(), result.caseNumber);
        return result;
    });
}

} // namespace pela::core
