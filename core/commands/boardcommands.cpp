// The shift lead's board: notes on a case's timeline, acknowledged alerts, and undoing an
// assignment made by mistake a moment ago (pela_undo_assignment, migration 008, decides).
#include "commandwork.h"
#include "domain/inputrules.h"

namespace pela::core {

QString boardServerReason(const QString &key, const QJsonObject &values)
{
    auto value = [&values](const char *name) {
        return values.value(QLatin1String(name)).toVariant().toString();
    };
    if (key == QLatin1String("no_assignment"))
        return IncidentCommands::tr("There is no such assignment to undo.");
    if (key == QLatin1String("undo_not_yours"))
        return IncidentCommands::tr("%1 was assigned to %2 by %3; only %3 or a shift lead may "
                                    "undo it.")
            .arg(value("unit"), value("case"), value("by"));
    if (key == QLatin1String("undo_done"))
        return IncidentCommands::tr("%1 on %2 was already undone.")
            .arg(value("unit"), value("case"));
    if (key == QLatin1String("undo_window_passed"))
        return IncidentCommands::tr("%1 was assigned to %2 more than %3 s ago; it can no longer "
                                    "be undone. Cancel the assignment instead, with a reason.")
            .arg(value("unit"), value("case"), value("seconds"));
    if (key == QLatin1String("undo_moved_on"))
        return IncidentCommands::tr("%1 has already moved on (%2) on %3; cancel the assignment "
                                    "instead, with a reason.")
            .arg(value("unit"), value("state"), value("case"));
    if (key == QLatin1String("undo_reassignment"))
        return IncidentCommands::tr("%1 was taken from another case for %2; undo cannot give it "
                                    "back. Assign it to that case again instead.")
            .arg(value("unit"), value("case"));
    return {};
}

CommandResult IncidentCommands::addNote(const QString &caseNumber, const QString &note)
{
    if (note.trimmed().isEmpty())
        return CommandResult::invalid(tr("Write the note first."));
    if (const QString problem = InputRules::whyNot(TextField::Notes, note); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::AddNote, [&](Work &work) {
        // History only: a note never changes the case, closed or open, so it needs no lock
        // beyond the case's existence.
        const PgResult row =
            work.run("SELECT id, number FROM cases WHERE number = $1", {caseNumber.trimmed()});
        if (row.rowCount() == 0)
            throw Abort{CommandResult::invalid(tr("There is no case %1.").arg(caseNumber))};
        CommandResult result;
        result.caseId = row.toInt(0, "id");
        result.caseNumber = row.text(0, "number");
        work.event(result.caseId, {}, {}, "note_added", {{QStringLiteral("note"), note.trimmed()}});
        result.message = tr("Note added to %1.").arg(result.caseNumber);
        return result;
    });
}

CommandResult IncidentCommands::acknowledgeAlert(const QString &caseNumber)
{
    return inTransaction(CommandAction::AcknowledgeAlert, [&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        // How long the case had waited when someone took notice, by the server's clock.
        const PgResult waited =
            work.run("SELECT round(extract(epoch FROM now() - opened_at))::bigint AS seconds"
                     " FROM cases WHERE id = $1",
                     {row.id});
        work.event(row.id, {}, {}, "alert_acknowledged",
                   {{QStringLiteral("alert"), QStringLiteral("waiting")},
                    {QStringLiteral("priority"), row.priority},
                    {QStringLiteral("state"), toText(row.state)},
                    {QStringLiteral("waited_seconds"), waited.toInt(0, "seconds")}});
        result.message = tr("Alert for %1 acknowledged.").arg(row.number);
        return result;
    });
}

CommandResult IncidentCommands::undoAssignment(qint64 assignmentId)
{
    return inTransaction(CommandAction::UndoAssignment, [&](Work &work) {
        const PgResult row = work.run("SELECT * FROM pela_undo_assignment($1)", {assignmentId});
        CommandResult result;
        result.caseId = row.toInt(0, "case_id");
        result.caseNumber = row.text(0, "case_number");
        result.assignmentId = assignmentId;
        result.message = tr("%1 taken back from %2; it is free again.")
                             .arg(row.text(0, "unit_call_sign"), result.caseNumber);
        return result;
    });
}

} // namespace pela::core
